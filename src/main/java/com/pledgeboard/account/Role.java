package com.pledgeboard.account;

/**
 * The roles of DESIGN.md. Reporters and approvers belong to one department; admins and raters to none.
 */
public enum Role {

	/** 考评办: opens and closes plan years, imports, manages users, catalogue and scheme. */
	ADMIN,
	/** 填报员: edits the own department's commitments in draft, confirms targets, files progress. */
	REPORTER,
	/** 部门负责人: approves or returns the own department's submissions. */
	APPROVER,
	/** 评审专家: rates difficulty and grades completion where a target needs judgement. */
	RATER;

	public boolean belongsToDepartment() {
		return this == REPORTER || this == APPROVER;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
