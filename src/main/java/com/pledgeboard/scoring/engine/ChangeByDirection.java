package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.scoring.Reading;

import static com.pledgeboard.scoring.engine.Decimals.plain;

/**
 * Change targets (同比上升 / 下降): the reading is the signed change (a fall negative); the change
 * made in the promised direction is scored like an at-least target against the promised size, or
 * like an at-most target where the size is capped (增幅控制在5%以内). A change the wrong way is no
 * progress at all.
 */
public record ChangeByDirection(BigDecimal bonus, BigDecimal slope) implements AttainmentFunction {

	@Override
	public String title() {
		return "scoring.x.function.change";
	}

	@Override
	public Explanation describe() {
		return Explanation.of("scoring.x.rule.change", plain(bonus), plain(slope));
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		BigDecimal achieved = target.goal().achieved(reading.value());
		String label = target.direction() == Direction.DOWN ? "DOWN" : "UP";
		Attainment scored = target.atMost() ? new AtMost(slope).of(achieved, target.value(), label, "limit")
				: new AtLeast(bonus).of(achieved, target.value(), target.stretch(), label, "committed");
		return new Attainment(scored.value(),
				Explanation.of("scoring.x.change", plain(reading.value())).then(scored.explanation()));
	}

}
