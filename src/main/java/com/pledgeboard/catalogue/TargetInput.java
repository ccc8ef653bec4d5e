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
import com.pledgeboard.i18n.Message;

/**
 * A target as a person enters it in review, as text from a form, with the checks that make its values
 * fit its kind (TARGETS.md). {@link #problems()} says what is wrong, field by field, as messages of the bundles.
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

	public List<Message> problems() {
		List<Message> problems = new ArrayList<>();
		TargetKind k = kindOrNull();
		if (k == null) {
			problems.add(Message.of("catalogue.refused.target.kind"));
			return problems;
		}
		if (blank(metric)) {
			problems.add(Message.of("catalogue.refused.target.metricEmpty"));
		}
		else if (metric.strip().length() > MAX_METRIC) {
			problems.add(Message.of("catalogue.refused.target.metricLong", MAX_METRIC));
		}
		Op o = opOrNull();
		if (o == null) {
			problems.add(Message.of("catalogue.refused.target.op"));
		}
		BigDecimal v = number(value, "target.field.value", problems);
		BigDecimal s = number(stretch, "target.field.stretch", problems);
		BigDecimal f = number(floor, "target.field.floor", problems);
		if (length(unit) > 20) {
			problems.add(Message.of("catalogue.refused.target.unitLong"));
		}
		switch (k) {
			case QUANTITY, PERCENT, CHANGE -> {
				if (v == null && blank(value)) {
					problems.add(Message.of("catalogue.refused.target.valueMissing"));
				}
				if (v != null && v.signum() < 0) {
					problems.add(Message.of("catalogue.refused.target.valueNegative"));
				}
				if (k == TargetKind.PERCENT && !blank(unit) && !"%".equals(unit.strip())) {
					problems.add(Message.of("catalogue.refused.target.percentUnit"));
				}
				if (k == TargetKind.CHANGE && directionOrNull() == null) {
					problems.add(Message.of("catalogue.refused.target.direction"));
				}
				if (s != null && v != null && s.compareTo(v) < 0 && o != Op.LE && o != Op.LT) {
					problems.add(Message.of("catalogue.refused.target.stretchBelow"));
				}
			}
			case RANK -> {
				if (v == null || !whole(v)) {
					problems.add(Message.of("catalogue.refused.target.rankValue"));
				}
				if (o != null && !RANK_OPS.contains(o.symbol())) {
					problems.add(Message.of("catalogue.refused.target.rankOp"));
				}
				if (f != null && (!whole(f) || (v != null && f.compareTo(v) < 0))) {
					problems.add(Message.of("catalogue.refused.target.rankFloor"));
				}
				if (s != null && (!whole(s) || (v != null && s.compareTo(v) > 0))) {
					problems.add(Message.of("catalogue.refused.target.rankStretch"));
				}
			}
			case DEADLINE -> {
				if (!blank(value)) {
					problems.add(Message.of("catalogue.refused.target.deadlineValue"));
				}
				if (o != null && o != Op.EQ) {
					problems.add(Message.of("catalogue.refused.target.deadlineOp"));
				}
				if (dateOrNull() == null) {
					problems.add(Message.of("catalogue.refused.target.date"));
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

	/** The number typed into the field that {@code fieldCode} names, or null with the problem noted. */
	private static BigDecimal number(String text, String fieldCode, List<Message> problems) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Message.of("catalogue.refused.target.notANumber", Message.of(fieldCode), text.strip()));
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
