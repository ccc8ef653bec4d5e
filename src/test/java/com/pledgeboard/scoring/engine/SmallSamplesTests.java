package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import com.pledgeboard.evaluation.PublicTally;
import com.pledgeboard.scoring.engine.DepartmentInput.CommitmentInput;
import com.pledgeboard.scoring.Reading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small-sample rule of the public and leadership parts, with 0, 1, 2 and many ratings: one
 * citizen's 不满意 must not put a department below the ones nobody rated, and the count behind each part
 * is kept beside it.
 */
class SmallSamplesTests {

	/** Every department of these tests has the same commitments, fully attained: only the ratings differ. */
	private static final List<CommitmentInput> DONE = List.of(
			new CommitmentInput(1, 1, "完成", List.of(), Reading.graded(Reading.DONE)));

	private static DepartmentInput department(long id, PublicTally tally, List<Integer> leadership) {
		return new DepartmentInput(id, "部门" + id, "社会发展类", (int) id, BigDecimal.ONE, DONE, tally, leadership);
	}

	private static Scheme scheme(SmallSamples.Mode mode, int publicPrior, int leadershipPrior) {
		Scheme d = Scheme.defaults();
		return new Scheme(d.atLeast(), d.atMost(), d.change(), d.rank(), d.deadline(), d.judgement(), d.weights(),
				d.publicPoints(), d.grades(), new SmallSamples(mode, publicPrior, leadershipPrior));
	}

	/** Ten departments rated 满意 by many, one rated 不满意 by one person, one nobody rated. */
	private static List<DepartmentInput> city() {
		List<DepartmentInput> all = new java.util.ArrayList<>();
		for (long id = 1; id <= 10; id++) {
			all.add(department(id, new PublicTally(40, 8, 2), List.of(4, 5, 4)));
		}
		all.add(department(11, new PublicTally(0, 0, 1), List.of(4, 5, 4)));
		all.add(department(12, PublicTally.NONE, List.of(4, 5, 4)));
		return all;
	}

	@Test
	void shouldNotLetOneUnsatisfiedCitizenPutADepartmentBelowTheUnratedOnes() {
		YearResult shrunk = new ScoringEngine(Scheme.defaults(), 2022).score(city());
		DepartmentResult one = shrunk.department(11).orElseThrow();
		DepartmentResult none = shrunk.department(12).orElseThrow();
		DepartmentResult many = shrunk.department(1).orElseThrow();
		// The category mean of the public part: (400 × 100 + 80 × 60 + 0) ÷ 501 = 89.4212.
		assertThat(none.publicPart().score()).isEqualByComparingTo("89.4212");
		assertThat(none.publicPart().ratings()).isZero();
		assertThat(none.publicPart().rule()).isEqualTo("SHRINK");
		// One 不满意 (0 points) against 20 ratings' worth of the category mean: (1 × 0 + 20 × 89.4212) ÷ 21.
		assertThat(one.publicPart().score()).isEqualByComparingTo("85.1630");
		assertThat(one.publicPart().ratings()).isEqualTo(1);
		assertThat(Worded.zh(one.publicPart().explanation())).contains("1 人评议").contains("(1 × 0.0000 + 20 × 89.4212) ÷ (1 + 20)");
		assertThat(one.total()).isLessThan(none.total());
		assertThat(one.total().subtract(none.total()).abs()).isLessThan(new BigDecimal("1"));
		// Fifty ratings move a department most of the way to its own mean (89.6000).
		assertThat(many.publicPart().score()).isBetween(new BigDecimal("89.42"), new BigDecimal("89.60"));

		YearResult raw = new ScoringEngine(scheme(SmallSamples.Mode.NONE, 0, 0), 2022).score(city());
		assertThat(raw.department(11).orElseThrow().publicPart().score()).isEqualByComparingTo("0");
		assertThat(raw.department(12).orElseThrow().publicPart().missing()).isTrue();
		assertThat(raw.department(11).orElseThrow().rank()).isEqualTo(12);
		assertThat(raw.department(12).orElseThrow().total()).isGreaterThan(raw.department(1).orElseThrow().total());
	}

	@Test
	void shouldGiveTheCategoryMeanBelowTheMinimumAndTheOwnMeanFromIt() {
		List<DepartmentInput> two = List.of(department(1, new PublicTally(0, 2, 0), List.of()),
				department(2, new PublicTally(3, 0, 0), List.of()), department(3, new PublicTally(1, 0, 0), List.of()));
		YearResult r = new ScoringEngine(scheme(SmallSamples.Mode.MINIMUM, 2, 3), 2022).score(two);
		// Category mean: (2 × 60 + 3 × 100 + 100) ÷ 6 = 86.6667.
		assertThat(r.department(1).orElseThrow().publicPart().score()).isEqualByComparingTo("60");
		assertThat(r.department(1).orElseThrow().publicPart().rule()).isNull();
		assertThat(r.department(2).orElseThrow().publicPart().score()).isEqualByComparingTo("100");
		assertThat(r.department(3).orElseThrow().publicPart().score()).isEqualByComparingTo("86.6667");
		assertThat(r.department(3).orElseThrow().publicPart().rule()).isEqualTo("MINIMUM");
		assertThat(Worded.zh(r.department(3).orElseThrow().publicPart().explanation())).contains("评分数 1 少于 2");
		// Nobody in the category had a leadership rating: the part counts for none of them.
		assertThat(r.departments()).allMatch(d -> d.leadershipPart().missing());
	}

	@Test
	void shouldShrinkLeadershipRatingsTooAndMoveLessWithMoreRatings() {
		List<DepartmentInput> dept = List.of(department(1, PublicTally.NONE, List.of(1)),
				department(2, PublicTally.NONE, List.of(1, 1)), department(3, PublicTally.NONE, List.of(5, 5, 5, 5, 5, 5, 5)));
		YearResult r = new ScoringEngine(scheme(SmallSamples.Mode.SHRINK, 20, 3), 2022).score(dept);
		BigDecimal one = r.department(1).orElseThrow().leadershipPart().score();
		BigDecimal two = r.department(2).orElseThrow().leadershipPart().score();
		// Category mean, each department's score by its ratings: (1 × 20 + 2 × 20 + 7 × 100) ÷ 10 = 76;
		// one rating of 1 (20 points): (1 × 20 + 3 × 76) ÷ (1 + 3) = 62; two: (2 × 20 + 3 × 76) ÷ 5 = 53.6.
		assertThat(one).isEqualByComparingTo("62");
		assertThat(two).isEqualByComparingTo("53.6");
		assertThat(two).isLessThan(one);
		assertThat(r.department(3).orElseThrow().leadershipPart().ratings()).isEqualTo(7);
		assertThat(r.department(1).orElseThrow().publicPart().missing()).isTrue();
	}

	@Test
	void shouldReadASchemeSavedBeforeTheRuleAsEachDepartmentsOwnRatings() {
		Scheme d = Scheme.defaults();
		Scheme old = new Scheme(d.atLeast(), d.atMost(), d.change(), d.rank(), d.deadline(), d.judgement(), d.weights(),
				d.publicPoints(), d.grades());
		assertThat(old.smallSamples().mode()).isEqualTo(SmallSamples.Mode.NONE);
		assertThat(d.smallSamples().mode()).isEqualTo(SmallSamples.Mode.SHRINK);
		assertThat(d.describe().stream().map(Worded::zh).toList()).anySatisfy(line -> assertThat(line).contains("贝叶斯平均").contains("k = 20"));
		assertThat(scheme(SmallSamples.Mode.SHRINK, -1, 3).problems()).extracting(Scheme.Problem::code)
			.contains("scoring.refused.rule.smallSamples");
	}

}
