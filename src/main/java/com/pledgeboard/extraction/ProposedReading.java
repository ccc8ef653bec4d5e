package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reading proposed by {@link ReadingExtractor}: a number of the narrative (进展情况) that measures
 * one of the description's targets, with the fields of the READINGS.md contract. {@code span} is the
 * text of the narrative that states it, at {@code narrative.substring(spanStart, spanEnd)}, so that a
 * form can highlight the words a reading came from.
 *
 * @param target the target measured
 * @param value the number reported, normalised as targets are; for a change target the size of the
 * change so far (negative when it went the other way); {@code null} for a deadline and for a share
 * @param unit the unit as normalised for targets, or {@code null}
 * @param done deadlines only: whether the narrative says the thing is done; otherwise {@code null}
 * @param share progress as a percentage of the target (完成年度目标的65% → 65), or {@code null}
 * @param cumulative {@code true} for a total so far, {@code false} for the period's own figure,
 * {@code null} where the text does not say
 * @param span the words stating the reading
 * @param spanStart where {@code span} starts in the narrative
 * @param spanEnd where {@code span} ends in the narrative (exclusive)
 */
public record ProposedReading(ExtractedTarget target, BigDecimal value, String unit, Boolean done, BigDecimal share,
		Boolean cumulative, String span, int spanStart, int spanEnd) {

	public ProposedReading {
		Objects.requireNonNull(target, "target");
		value = ExtractedTarget.normalise(value);
		share = ExtractedTarget.normalise(share);
	}

	/**
	 * The reading as the JSON object of READINGS.md: {@code target} in the shape of TARGETS.md,
	 * {@code value} and {@code unit} always present (possibly {@code null}), {@code done}, {@code share}
	 * and {@code cumulative} only where they are known.
	 */
	public Map<String, Object> toContractMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		Map<String, Object> measured = this.target.toContractMap();
		measured.remove("span");
		map.put("target", measured);
		map.put("value", this.value);
		map.put("unit", this.unit);
		if (this.done != null) {
			map.put("done", this.done);
		}
		if (this.share != null) {
			map.put("share", this.share);
		}
		if (this.cumulative != null) {
			map.put("cumulative", this.cumulative);
		}
		map.put("span", this.span);
		return map;
	}

}
