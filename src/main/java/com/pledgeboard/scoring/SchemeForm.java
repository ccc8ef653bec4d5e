package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refused;
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
import com.pledgeboard.scoring.engine.SmallSamples;
import com.pledgeboard.scoring.engine.Weights;

/**
 * The scheme as the back-office form edits it: every parameter as text. Weight overrides are lines of
 * {@code id=weight}. Parsing names every field that is not a number, by its label on the form.
 */
record SchemeForm(String bonus, String slope, String rankStretch, String rankValue, String rankFloor,
		String rankBelow, String daysToZero, String done, String mostlyDone, String notDone, String commitmentPart,
		String publicPart, String leadershipPart, String commitmentWeights, String targetWeights, String satisfied,
		String fairlySatisfied, String unsatisfied, String excellentShare, String excellentMin, String goodMin,
		String passMin, String smallSamples, String publicPrior, String leadershipPrior) {

	static SchemeForm of(Scheme s) {
		return new SchemeForm(p(s.atLeast().bonus()), p(s.atMost().slope()), p(s.rank().stretch()), p(s.rank().value()),
				p(s.rank().floor()), p(s.rank().below()), String.valueOf(s.deadline().daysToZero()), p(s.judgement().done()),
				p(s.judgement().mostlyDone()), p(s.judgement().notDone()), p(s.weights().commitmentPart()),
				p(s.weights().publicPart()), p(s.weights().leadershipPart()), lines(s.weights().commitments()),
				lines(s.weights().targets()), p(s.publicPoints().satisfied()), p(s.publicPoints().fairlySatisfied()),
				p(s.publicPoints().unsatisfied()), p(s.grades().excellentShare()), p(s.grades().excellentMin()),
				p(s.grades().goodMin()), p(s.grades().passMin()), s.smallSamples().mode().name(),
				String.valueOf(s.smallSamples().publicPrior()), String.valueOf(s.smallSamples().leadershipPrior()));
	}

	Scheme toScheme() {
		List<Message> problems = new ArrayList<>();
		BigDecimal bonus = n(problems, "scoring.form.bonus", this.bonus);
		BigDecimal slope = n(problems, "scoring.form.slope", this.slope);
		Integer days = whole(problems, "scoring.form.daysToZero", daysToZero);
		SmallSamples small = smallSamples(problems);
		Scheme scheme = new Scheme(new AtLeast(bonus), new AtMost(slope), new ChangeByDirection(bonus, slope),
				new RankTiers(n(problems, "scoring.form.rankStretch", rankStretch),
						n(problems, "scoring.form.rankValue", rankValue), n(problems, "scoring.form.rankFloor", rankFloor),
						n(problems, "scoring.form.rankBelow", rankBelow)),
				new DeadlineLateness(days == null ? 0 : days),
				new Judgement(n(problems, "scoring.form.done", done), n(problems, "scoring.form.mostlyDone", mostlyDone),
						n(problems, "scoring.form.notDone", notDone)),
				new Weights(n(problems, "scoring.refused.weight.commitment", commitmentPart),
						n(problems, "scoring.refused.weight.public", publicPart),
						n(problems, "scoring.refused.weight.leadership", leadershipPart),
						overrides(problems, "scoring.refused.commitmentWeightLine", commitmentWeights),
						overrides(problems, "scoring.refused.targetWeightLine", targetWeights)),
				new PublicPoints(n(problems, "evaluation.choice.SATISFIED", satisfied),
						n(problems, "evaluation.choice.FAIRLY_SATISFIED", fairlySatisfied),
						n(problems, "evaluation.choice.UNSATISFIED", unsatisfied)),
				new GradeRule(n(problems, "scoring.form.excellentShare", excellentShare),
						n(problems, "scoring.form.excellentMin", excellentMin), n(problems, "scoring.form.goodMin", goodMin),
						n(problems, "scoring.form.passMin", passMin)),
				small);
		if (problems.isEmpty()) {
			problems.addAll(Scoring.ruleProblems(scheme));
		}
		if (!problems.isEmpty()) {
			throw new Refused(Message.joined(problems));
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

	/** The small-sample rule of the form; a form without its fields (sent before it had them) keeps the default. */
	private SmallSamples smallSamples(List<Message> problems) {
		if (smallSamples == null && publicPrior == null && leadershipPrior == null) {
			return SmallSamples.defaults();
		}
		Integer publicRatings = whole(problems, "scoring.form.publicPrior", publicPrior);
		Integer leadershipRatings = whole(problems, "scoring.form.leadershipPrior", leadershipPrior);
		SmallSamples.Mode mode = SmallSamples.Mode.SHRINK;
		try {
			mode = SmallSamples.Mode.valueOf(smallSamples == null ? "" : smallSamples.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(Message.of("scoring.refused.rule.smallSamples"));
		}
		return new SmallSamples(mode, publicRatings == null ? 0 : publicRatings, leadershipRatings == null ? 0 : leadershipRatings);
	}

	/** A whole number typed into the field that {@code fieldCode} labels, or null with the problem noted. */
	private static Integer whole(List<Message> problems, String fieldCode, String text) {
		try {
			return Integer.valueOf(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Message.of("scoring.refused.days", Message.of(fieldCode)));
			return null;
		}
	}

	/** The number typed into the field that {@code fieldCode} labels, or null with the problem noted. */
	private static BigDecimal n(List<Message> problems, String fieldCode, String text) {
		try {
			return new BigDecimal(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Message.of("scoring.refused.notANumber", Message.of(fieldCode),
					text == null ? "" : text.strip()));
			return null;
		}
	}

	/** Lines of {@code id=weight}; a line that is not one is noted with the refusal {@code lineCode}. */
	private static Map<Long, BigDecimal> overrides(List<Message> problems, String lineCode, String text) {
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
				problems.add(Message.of(lineCode, line));
			}
		}
		return map;
	}

}
