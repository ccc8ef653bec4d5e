package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

import com.pledgeboard.scoring.Reading;

import static com.pledgeboard.scoring.engine.Decimals.plain;

/**
 * Where a reviewer judges instead of measuring (a milestone with no number, or a target graded by
 * hand): 完成, 基本完成 and 未完成 earn the configured points; any other grade earns nothing.
 */
public record Judgement(BigDecimal done, BigDecimal mostlyDone, BigDecimal notDone) implements AttainmentFunction {

	@Override
	public String title() {
		return "scoring.x.function.judgement";
	}

	@Override
	public Explanation describe() {
		return Explanation.of("scoring.x.rule.judgement", plain(done), plain(mostlyDone), plain(notDone));
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		return grade(reading.grade());
	}

	Attainment grade(String grade) {
		BigDecimal points = switch (grade == null ? "" : grade) {
			case Reading.DONE -> done;
			case Reading.MOSTLY_DONE -> mostlyDone;
			case Reading.NOT_DONE -> notDone;
			default -> BigDecimal.ZERO;
		};
		return Attainment.of(points, Explanation.of("scoring.x.judgement", named(grade), plain(points)));
	}

	/** A reviewer's grade as an explanation's argument: the word of a grade the engine knows, else as it is. */
	static String named(String grade) {
		return switch (grade == null ? "" : grade) {
			case Reading.DONE -> Explanation.word("scoring.x.judged.done");
			case Reading.MOSTLY_DONE -> Explanation.word("scoring.x.judged.mostlyDone");
			case Reading.NOT_DONE -> Explanation.word("scoring.x.judged.notDone");
			default -> String.valueOf(grade);
		};
	}

}
