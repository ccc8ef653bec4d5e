package com.pledgeboard.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SplittableRandom;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.extraction.TargetRole;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.LightRules;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Observation;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;
import com.pledgeboard.progress.rules.TargetFacts;
import com.pledgeboard.scoring.Reading;
import com.pledgeboard.scoring.engine.Scheme;
import com.pledgeboard.scoring.engine.TargetSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One reading, one meaning, as a property over random targets and readings: a value typed for a target
 * is read once ({@link Measurement#parse}), and the year-end light and the year-end score judge that same
 * reading. Whatever the target and the reading, the light is green exactly when scoring counts the target
 * fully attained. Each run draws new cases from a new seed, which a failure names so it can be replayed
 * with {@code -Dproperty.seed=…}.
 */
class LightsAndScoringAgreementTests {

	private static final int TRIES = 20_000;

	private static final int YEAR = 2041;

	private static final ReportingCalendar CALENDAR = new ReportingCalendar(YEAR, Cadence.QUARTERLY, 15);

	private static final Period LAST = CALENDAR.periods().get(CALENDAR.periods().size() - 1);

	private static final LocalDate AFTER_THE_YEAR = LAST.due().plusDays(1);

	private static final List<Op> OPS = List.of(Op.GE, Op.GT, Op.EQ, Op.LE, Op.LT, Op.APPROX);

	private final LightRules lights = new LightRules(new BigDecimal("0.2"));

	private final Scheme scheme = Scheme.defaults();

	private final long seed = Long.getLong("property.seed", System.nanoTime());

	private final SplittableRandom random = new SplittableRandom(seed);

	@Test
	void shouldAgreeOnAttainedForEveryTargetAndReading() {
		int judged = 0;
		for (int i = 0; i < TRIES; i++) {
			ExtractedTarget target = target();
			String typed = typed(target);
			Measurement m;
			try {
				m = Measurement.parse(target, typed, YEAR, AFTER_THE_YEAR.plusYears(1));
			}
			catch (ReadingRefused refused) {
				continue;
			}
			judged++;
			Measure measure = Measure.of(target.kind(), target.metric(), target.unit());
			TargetFacts facts = new TargetFacts(target.kind(), target.op(), target.value(), target.floor(), target.unit(),
					target.date(), measure, target.direction());
			Light light = lights.target(facts, new Observation(m.value(), m.doneOn(), LAST), 0, YEAR, AFTER_THE_YEAR)
				.light();
			TargetSpec spec = TargetSpec.of(1, target);
			Reading reading = new Reading(m.value(), m.doneOn(), null);
			BigDecimal attainment = scheme.functionFor(spec, reading).apply(spec, reading, YEAR).value();
			if ((light == Light.GREEN) != (attainment.compareTo(BigDecimal.ONE) >= 0)) {
				fail("seed %d, case %d: %s (%s) read \"%s\": light %s but attainment %s".formatted(seed, i, target.describe(),
						target.op(), typed, light, attainment));
			}
		}
		assertThat(judged).as("readings taken, seed %d", seed).isGreaterThan(TRIES / 2);
	}

	@Test
	void shouldReadAChangeTypedInThePromisedDirectionAndGiveItBackSo() {
		for (int i = 0; i < TRIES; i++) {
			Direction direction = random.nextBoolean() ? Direction.UP : Direction.DOWN;
			ExtractedTarget target = target(TargetKind.CHANGE, pick(List.of(Op.GE, Op.EQ, Op.LE)), amount(1, 50), "%", null,
					null, direction, "同比");
			BigDecimal typed = BigDecimal.valueOf(random.nextInt(-50_000, 50_000), 2);
			Measurement m = Measurement.parse(target, typed.toPlainString(), YEAR, AFTER_THE_YEAR);
			assertThat(m.entered()).as("seed %d", seed).isEqualByComparingTo(typed);
			assertThat(Goal.of(target).achieved(m.value())).as("seed %d", seed).isEqualByComparingTo(typed);
			assertThat(m.value().signum()).as("seed %d: a fall is stored negative", seed)
				.isEqualTo(direction == Direction.DOWN ? -typed.signum() : typed.signum());
		}
	}

	private ExtractedTarget target() {
		return switch (random.nextInt(5)) {
			case 0 -> target(TargetKind.QUANTITY, pick(OPS), value(), pick(List.of("家", "个", "元", "公里", "个工作日", "万人次")),
					null, null, null, pick(List.of("城市书房", "办结时限", "投资", "千人托位数")));
			case 1 -> target(TargetKind.PERCENT, pick(OPS), value().min(BigDecimal.valueOf(100)), "%", null, null, null, "达标率");
			case 2 -> target(TargetKind.CHANGE, pick(List.of(Op.GE, Op.EQ, Op.LE)), amount(1, 100), "%", null, null,
					random.nextBoolean() ? Direction.UP : Direction.DOWN, "同比");
			case 3 -> {
				int aim = random.nextInt(1, 20);
				int extra = random.nextInt(0, 5);
				yield target(TargetKind.RANK, pick(List.of(Op.LE, Op.EQ, Op.LT)), BigDecimal.valueOf(aim), null,
						extra == 0 ? null : BigDecimal.valueOf(aim + extra), null, null, "全省排名");
			}
			default -> target(TargetKind.DEADLINE, Op.EQ, null, null, null,
					MonthDay.of(random.nextInt(1, 13), random.nextInt(1, 29)), null, "开工");
		};
	}

	/** A target value: mostly any amount, sometimes the edges 0, 1 and 100. */
	private BigDecimal value() {
		return switch (random.nextInt(6)) {
			case 0 -> BigDecimal.ZERO;
			case 1 -> BigDecimal.ONE;
			case 2 -> BigDecimal.valueOf(100);
			default -> amount(1, 1_000_000);
		};
	}

	private BigDecimal amount(int from, int to) {
		return BigDecimal.valueOf(random.nextLong(from * 100L, to * 100L), 2).stripTrailingZeros();
	}

	/** What a person might type for the target: near it, far from it, signed, with its unit or in 万. */
	private String typed(ExtractedTarget t) {
		if (t.kind() == TargetKind.DEADLINE) {
			return random.nextInt(10) == 0 ? "" : t.date().atYear(YEAR).plusDays(random.nextInt(-60, 61)).toString();
		}
		BigDecimal v = t.value();
		BigDecimal n = switch (random.nextInt(3)) {
			case 0 -> v;
			case 1 -> v.add(BigDecimal.valueOf(random.nextInt(-3, 4)).movePointLeft(random.nextInt(0, 7)));
			default -> v.multiply(BigDecimal.valueOf(random.nextDouble(-1.5, 2.5))).setScale(2, RoundingMode.HALF_UP);
		};
		return switch (random.nextInt(3)) {
			case 0 -> n.toPlainString();
			case 1 -> n.toPlainString() + (t.unit() == null ? "" : t.unit());
			default -> n.movePointLeft(4).stripTrailingZeros().toPlainString() + "万";
		};
	}

	private <T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static ExtractedTarget target(TargetKind kind, Op op, BigDecimal value, String unit, BigDecimal floor,
			MonthDay date, Direction direction, String metric) {
		return new ExtractedTarget(kind, metric, op, value, unit, null, floor, null, direction, null, date, "", 0, 0,
				TargetRole.TARGET);
	}

}
