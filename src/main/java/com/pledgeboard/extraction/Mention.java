package com.pledgeboard.extraction;

import java.math.BigDecimal;

/**
 * A number of a narrative as {@link NarrativeScanner} read it, before it is matched to a target: what
 * kind of figure it is, the words naming what it measures, and what the words around it say about it.
 * Mutable while the narrative is read; lives for one call of {@link ReadingExtractor#propose}.
 */
final class Mention {

	enum Kind {

		/** A count, an amount or a rate (城市书房12家, 满意率96.2%). */
		AMOUNT,
		/** A change against a basis (同比下降34.6%, 增幅12%). */
		CHANGE,
		/** Progress as a share of the target (完成年度目标的62.1%, 完成率65%). */
		SHARE,
		/** A place in a league (位列全省第二). */
		RANK

	}

	final Kind kind;

	/** Where the number starts: orders mentions and ties them to a clause and a sentence. */
	final int anchor;

	BigDecimal value;

	String unit;

	Direction direction;

	String scope;

	/** The words naming what is measured, as scored against a target's metric. */
	String context = "";

	/** The words of the sentence before the figure's own: its topic (调查站点实现全覆盖，覆盖率100%). */
	String topic = "";

	/** Counted per person, household or period (每10万人口72台, 每周36小时). */
	boolean perUnit;

	/** Whether the words before the figure name a thing of their own, beyond verbs and time (其中本季度新增 does not). */
	boolean named;

	int spanStart;

	int spanEnd;

	/** Mentions read together after 分别 (分别下降36.4%和31.2%) share a group, numbered from 0. */
	int group = -1;

	boolean plan;

	boolean baseline;

	boolean remainder;

	boolean underWay;

	boolean restated;

	boolean part;

	boolean intraYearBasis;

	/** The period's own figure (本季度新增26个). */
	boolean period;

	Boolean cumulative;

	Mention(Kind kind, int anchor) {
		this.kind = kind;
		this.anchor = anchor;
	}

	/** Whether the words around the number make it something other than progress on a target. */
	boolean isProgress() {
		return !this.plan && !this.baseline && !this.remainder && !this.underWay && !this.restated;
	}

	Mention copy(String context) {
		Mention copy = new Mention(this.kind, this.anchor);
		copy.value = this.value;
		copy.unit = this.unit;
		copy.direction = this.direction;
		copy.scope = this.scope;
		copy.context = context;
		copy.named = this.named;
		copy.topic = this.topic;
		copy.perUnit = this.perUnit;
		copy.spanStart = this.spanStart;
		copy.spanEnd = this.spanEnd;
		copy.group = this.group;
		copy.plan = this.plan;
		copy.baseline = this.baseline;
		copy.remainder = this.remainder;
		copy.underWay = this.underWay;
		copy.restated = this.restated;
		copy.part = this.part;
		copy.intraYearBasis = this.intraYearBasis;
		copy.period = this.period;
		copy.cumulative = this.cumulative;
		return copy;
	}

	@Override
	public String toString() {
		return this.kind + " " + this.value + (this.unit != null ? this.unit : "") + " [" + this.context + "]"
				+ (isProgress() ? "" : " (not progress)");
	}

}
