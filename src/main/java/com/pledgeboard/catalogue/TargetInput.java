package com.pledgeboard.catalogue;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.extraction.TargetRole;

/**
 * A target as a person enters it in review, as text from a form, with the checks that make its values
 * fit its kind (TARGETS.md). {@link #problems()} says in Chinese what is wrong, field by field.
 */
public record TargetInput(String kind, String metric, String op, String value, String unit, String stretch,
		String floor, String scope, String direction, String basis, String date) {

	public static final int MAX_METRIC = 200;

	private static final Set<String> RANK_OPS = Set.of("=", "<=");

	public static TargetInput of(ExtractedTarget t) {
		return new TargetInput(t.kind().code(), t.metric(), t.op().symbol(), plain(t.value()), t.unit(),
				plain(t.stretch()), plain(t.floor()), t.scope(), t.direction() == null ? null : t.direction().code(),
				t.basis(), t.date() == null ? null : t.date().toString().substring(2));
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		TargetKind k = kindOrNull();
		if (k == null) {
			problems.add("类型：请选择数量、比率、增减、排名或时限之一");
			return problems;
		}
		if (blank(metric)) {
			problems.add("指标：不能为空");
		}
		else if (metric.strip().length() > MAX_METRIC) {
			problems.add("指标：不能超过" + MAX_METRIC + "个字符");
		}
		Op o = opOrNull();
		if (o == null) {
			problems.add("比较：请选择 =、≥、>、≤、< 或 ~");
		}
		BigDecimal v = number(value, "目标值", problems);
		BigDecimal s = number(stretch, "力争值", problems);
		BigDecimal f = number(floor, "保底名次", problems);
		if (length(unit) > 20) {
			problems.add("单位：不能超过20个字符");
		}
		switch (k) {
			case QUANTITY, PERCENT, CHANGE -> {
				if (v == null && blank(value)) {
					problems.add("目标值：必须填写");
				}
				if (v != null && v.signum() < 0) {
					problems.add("目标值：不能为负数，减少请用“增减”类型并选择下降");
				}
				if (k == TargetKind.PERCENT && !blank(unit) && !"%".equals(unit.strip())) {
					problems.add("单位：比率的单位只能是 %");
				}
				if (k == TargetKind.CHANGE && directionOrNull() == null) {
					problems.add("方向：增减目标须选择上升或下降");
				}
				if (s != null && v != null && s.compareTo(v) < 0 && o != Op.LE && o != Op.LT) {
					problems.add("力争值：应高于目标值");
				}
			}
			case RANK -> {
				if (v == null || !whole(v)) {
					problems.add("目标值：排名须为正整数名次");
				}
				if (o != null && !RANK_OPS.contains(o.symbol())) {
					problems.add("比较：排名只能是“第N”（=）或“前N”（≤）");
				}
				if (f != null && (!whole(f) || (v != null && f.compareTo(v) < 0))) {
					problems.add("保底名次：须为不优于目标名次的正整数");
				}
				if (s != null && (!whole(s) || (v != null && s.compareTo(v) > 0))) {
					problems.add("力争名次：须为不低于目标名次的正整数");
				}
			}
			case DEADLINE -> {
				if (!blank(value)) {
					problems.add("目标值：时限目标不填数值");
				}
				if (o != null && o != Op.EQ) {
					problems.add("比较：时限目标只能是 =");
				}
				if (dateOrNull() == null) {
					problems.add("日期：请按 MM-DD 填写年内的月和日，例如 09-30");
				}
			}
		}
		return problems;
	}

	/** The target this input describes; call only when {@link #problems()} is empty. */
	public ExtractedTarget toTarget() {
		TargetKind k = kindOrNull();
		return new ExtractedTarget(k, metric.strip(), opOrNull(), decimal(value), blankToNull(unit), decimal(stretch),
				decimal(floor), blankToNull(scope), k == TargetKind.CHANGE ? directionOrNull() : null,
				blankToNull(basis), k == TargetKind.DEADLINE ? dateOrNull() : null, null, 0, 0, TargetRole.TARGET);
	}

	private TargetKind kindOrNull() {
		for (TargetKind k : TargetKind.values()) {
			if (k.code().equals(kind)) {
				return k;
			}
		}
		return null;
	}

	private Op opOrNull() {
		for (Op o : Op.values()) {
			if (o.symbol().equals(op)) {
				return o;
			}
		}
		return null;
	}

	private Direction directionOrNull() {
		for (Direction d : Direction.values()) {
			if (d.code().equals(direction)) {
				return d;
			}
		}
		return null;
	}

	private MonthDay dateOrNull() {
		if (blank(date)) {
			return null;
		}
		try {
			return MonthDay.parse("--" + date.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static BigDecimal number(String text, String field, List<String> problems) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(field + "：“" + text.strip() + "”不是数字");
			return null;
		}
	}

	private static BigDecimal decimal(String text) {
		return blank(text) ? null : new BigDecimal(text.strip());
	}

	private static boolean whole(BigDecimal v) {
		return v.signum() > 0 && v.stripTrailingZeros().scale() <= 0;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String blankToNull(String s) {
		return blank(s) ? null : s.strip();
	}

	private static int length(String s) {
		return s == null ? 0 : s.strip().length();
	}

}
