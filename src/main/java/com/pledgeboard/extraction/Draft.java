package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.time.MonthDay;

/** A target being assembled by the rules; mutable until {@link #toTarget()}. */
final class Draft {

	final TargetKind kind;

	/** Where the rule found the target's number or date; orders targets and ties them to a sentence. */
	final int anchor;

	String metric;

	Op op = Op.EQ;

	BigDecimal value;

	String unit;

	BigDecimal stretch;

	BigDecimal floor;

	String scope;

	Direction direction;

	String basis;

	MonthDay date;

	int spanStart;

	int spanEnd;

	TargetRole role = TargetRole.TARGET;

	Draft(TargetKind kind, int anchor) {
		this.kind = kind;
		this.anchor = anchor;
	}

	boolean hasMetric() {
		return this.metric != null && !this.metric.isEmpty();
	}

	Draft withMetric(String metric) {
		Draft copy = new Draft(this.kind, this.anchor);
		copy.metric = metric;
		copy.op = this.op;
		copy.value = this.value;
		copy.unit = this.unit;
		copy.stretch = this.stretch;
		copy.floor = this.floor;
		copy.scope = this.scope;
		copy.direction = this.direction;
		copy.basis = this.basis;
		copy.date = this.date;
		copy.spanStart = this.spanStart;
		copy.spanEnd = this.spanEnd;
		copy.role = this.role;
		return copy;
	}

	ExtractedTarget toTarget(String text) {
		return new ExtractedTarget(this.kind, hasMetric() ? this.metric : null, this.op, this.value, this.unit,
				this.stretch, this.floor, this.scope, this.direction, this.basis, this.date,
				text.substring(this.spanStart, this.spanEnd), this.spanStart, this.spanEnd, this.role);
	}

}
