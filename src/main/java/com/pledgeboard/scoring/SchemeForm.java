package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.pledgeboard.catalogue.EditRefusedException;
import com.pledgeboard.scoring.engine.AtLeast;
import com.pledgeboard.scoring.engine.AtMost;
import com.pledgeboard.scoring.engine.ChangeByDirection;
import com.pledgeboard.scoring.engine.DeadlineLateness;
import com.pledgeboard.scoring.engine.Decimals;
import com.pledgeboard.scoring.engine.GradeRule;
import com.pledgeboard.scoring.engine.Judgement;
import com.pledgeboard.scoring.engine.PublicPoints;
import com.pledgeboard.scoring.engine.RankTiers;
import com.pledgeboard.scoring.engine.Scheme;
import com.pledgeboard.scoring.engine.Weights;

/**
 * The scheme as the back-office form edits it: every parameter as text. Weight overrides are lines of
 * {@code id=weight}. Parsing names every field that is not a number.
 */
record SchemeForm(String bonus, String slope, String rankStretch, String rankValue, String rankFloor,
		String rankBelow, String daysToZero, String done, String mostlyDone, String notDone, String commitmentPart,
		String publicPart, String leadershipPart, String commitmentWeights, String targetWeights, String satisfied,
		String fairlySatisfied, String unsatisfied, String excellentShare, String excellentMin, String goodMin,
		String passMin) {

	static SchemeForm of(Scheme s) {
		return new SchemeForm(p(s.atLeast().bonus()), p(s.atMost().slope()), p(s.rank().stretch()), p(s.rank().value()),
				p(s.rank().floor()), p(s.rank().below()), String.valueOf(s.deadline().daysToZero()), p(s.judgement().done()),
				p(s.judgement().mostlyDone()), p(s.judgement().notDone()), p(s.weights().commitmentPart()),
				p(s.weights().publicPart()), p(s.weights().leadershipPart()), lines(s.weights().commitments()),
				lines(s.weights().targets()), p(s.publicPoints().satisfied()), p(s.publicPoints().fairlySatisfied()),
				p(s.publicPoints().unsatisfied()), p(s.grades().excellentShare()), p(s.grades().excellentMin()),
				p(s.grades().goodMin()), p(s.grades().passMin()));
	}

	Scheme toScheme() {
		List<String> problems = new ArrayList<>();
		BigDecimal bonus = n(problems, "加分上限", this.bonus);
		BigDecimal slope = n(problems, "扣分斜率", this.slope);
		Integer days = null;
		try {
			days = Integer.valueOf(daysToZero == null ? "" : daysToZero.strip());
		}
		catch (NumberFormatException ex) {
			problems.add("逾期天数：须为整数");
		}
		Scheme scheme = new Scheme(new AtLeast(bonus), new AtMost(slope), new ChangeByDirection(bonus, slope),
				new RankTiers(n(problems, "拼的名次得分", rankStretch), n(problems, "争的名次得分", rankValue),
						n(problems, "保的名次得分", rankFloor), n(problems, "保底以下得分", rankBelow)),
				new DeadlineLateness(days == null ? 0 : days),
				new Judgement(n(problems, "完成", done), n(problems, "基本完成", mostlyDone), n(problems, "未完成", notDone)),
				new Weights(n(problems, "承诺事项权重", commitmentPart), n(problems, "群众评议权重", publicPart),
						n(problems, "领导评价权重", leadershipPart), overrides(problems, "承诺权重", commitmentWeights),
						overrides(problems, "目标权重", targetWeights)),
				new PublicPoints(n(problems, "满意", satisfied), n(problems, "基本满意", fairlySatisfied),
						n(problems, "不满意", unsatisfied)),
				new GradeRule(n(problems, "优秀比例", excellentShare), n(problems, "优秀分数线", excellentMin),
						n(problems, "良好分数线", goodMin), n(problems, "合格分数线", passMin)));
		if (problems.isEmpty()) {
			problems.addAll(scheme.problems());
		}
		if (!problems.isEmpty()) {
			throw new EditRefusedException(String.join("；", problems));
		}
		return scheme;
	}

	private static String p(BigDecimal value) {
		return Decimals.plain(value);
	}

	private static String lines(Map<Long, BigDecimal> weights) {
		return new TreeMap<>(weights).entrySet().stream().map(e -> e.getKey() + "=" + p(e.getValue()))
			.collect(Collectors.joining("\n"));
	}

	private static BigDecimal n(List<String> problems, String field, String text) {
		try {
			return new BigDecimal(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(field + "：“" + (text == null ? "" : text.strip()) + "”不是数字");
			return null;
		}
	}

	private static Map<Long, BigDecimal> overrides(List<String> problems, String field, String text) {
		Map<Long, BigDecimal> map = new TreeMap<>();
		if (text == null) {
			return map;
		}
		int line = 0;
		for (String raw : text.split("\\R")) {
			line++;
			String l = raw.strip();
			if (l.isEmpty()) {
				continue;
			}
			String[] parts = l.split("=", 2);
			try {
				map.put(Long.valueOf(parts[0].strip()), new BigDecimal(parts[1].strip()));
			}
			catch (RuntimeException ex) {
				problems.add(field + "第" + line + "行：应为“编号=权重”");
			}
		}
		return map;
	}

}
