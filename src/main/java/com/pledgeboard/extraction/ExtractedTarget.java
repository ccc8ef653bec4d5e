package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One target proposed by {@link TargetExtractor}, with the fields of the TARGETS.md contract.
 * <p>
 * {@code span} is the text of the description that states the target, {@code spanStart} and
 * {@code spanEnd} its position ({@code description.substring(spanStart, spanEnd)}); the text is kept
 * beside the offsets so that a target can be shown without its description. Values are normalised on
 * construction: no trailing zeros and never in exponent form, so {@code 3E+10} is held as
 * {@code 30000000000}.
 *
 * @param kind what is measured
 * @param metric the measured thing as written, e.g. {@code 城市书房}
 * @param op how {@code value} is to be read
 * @param value the number; {@code null} for deadlines
 * @param unit the unit or measure word ({@code 家}, {@code 元}, {@code %}), or {@code null}
 * @param stretch a higher aim (力争), or for ranks the best place hoped for (拼第一 → 1)
 * @param floor ranks only: the place that must be held (保三 → 3)
 * @param scope ranks only: the league, e.g. {@code 全省}
 * @param direction changes only: up or down
 * @param basis changes only: what the change is measured against (同比, 前三年平均值), or {@code null}
 * @param date deadlines only: the month and day within the plan year
 * @param span the text stating the target
 * @param spanStart where {@code span} starts in the description
 * @param spanEnd where {@code span} ends in the description (exclusive)
 * @param role a promise or a baseline
 */
public record ExtractedTarget(TargetKind kind, String metric, Op op, BigDecimal value, String unit,
		BigDecimal stretch, BigDecimal floor, String scope, Direction direction, String basis, MonthDay date,
		String span, int spanStart, int spanEnd, TargetRole role) {

	public ExtractedTarget {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(op, "op");
		Objects.requireNonNull(role, "role");
		value = normalise(value);
		stretch = normalise(stretch);
		floor = normalise(floor);
	}

	/** {@code true} when this target only states where things stood. */
	public boolean isBaseline() {
		return this.role == TargetRole.BASELINE;
	}

	/**
	 * The target as the JSON object of TARGETS.md: field names of the contract, {@code null} fields
	 * left out, enums as their codes, the date as {@code --MM-DD}, numbers as {@link BigDecimal}, and
	 * {@code role} present only for baselines.
	 */
	public Map<String, Object> toContractMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kind", this.kind.code());
		putIfPresent(map, "metric", this.metric);
		map.put("op", this.op.symbol());
		putIfPresent(map, "value", this.value);
		putIfPresent(map, "unit", this.unit);
		putIfPresent(map, "stretch", this.stretch);
		putIfPresent(map, "floor", this.floor);
		putIfPresent(map, "scope", this.scope);
		putIfPresent(map, "direction", (this.direction != null) ? this.direction.code() : null);
		putIfPresent(map, "basis", this.basis);
		putIfPresent(map, "date", (this.date != null) ? this.date.toString() : null);
		putIfPresent(map, "span", this.span);
		if (isBaseline()) {
			map.put("role", "baseline");
		}
		return map;
	}

	/** The target in plain Chinese for display, see {@link TargetDescriptions#describe}. */
	public String describe() {
		return TargetDescriptions.describe(this);
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	static BigDecimal normalise(BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (value.scale() <= 0) {
			return (value.scale() < 0) ? value.setScale(0) : value;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
