package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.evaluation.PublicTally;
import com.pledgeboard.scoring.Reading;
import com.pledgeboard.scoring.engine.DepartmentInput.CommitmentInput;
import com.pledgeboard.scoring.engine.DepartmentInput.TargetInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking within a category (ties share a rank), grades by the default rule, and parts that are
 * missing.
 */
class RankingTests {

	private static final GradeRule RULE = Scheme.defaults().grades();

	private static DepartmentResult scored(long id, String category, String total) {
		return new DepartmentResult(id, "部门" + id, category, (int) id, null, List.of(), null, null, null,
				new BigDecimal(total), "", 0, 0, 0, null, null);
	}

	private static DepartmentResult find(YearResult r, long id) {
		return r.department(id).orElseThrow();
	}

	@Test
	void shouldLetTiesShareARankAndSkipTheNext() {
		YearResult r = Ranking.rank(List.of(scored(1, "A", "80.00"), scored(2, "A", "95.00"), scored(3, "A", "80.00"),
				scored(4, "A", "70.00")), RULE);
		assertThat(r.departments()).extracting(DepartmentResult::entryId).containsExactly(2L, 1L, 3L, 4L);
		assertThat(r.departments()).extracting(DepartmentResult::rank).containsExactly(1, 2, 2, 4);
		assertThat(find(r, 1).tied()).isEqualTo(2);
	}

	@Test
	void shouldRankEachCategoryOnItsOwn() {
		YearResult r = Ranking.rank(List.of(scored(1, "社会发展类", "60.00"), scored(2, "政法执法类", "99.00"),
				scored(3, "社会发展类", "70.00")), RULE);
		assertThat(r.byCategory().keySet()).containsExactly("社会发展类", "政法执法类");
		assertThat(find(r, 3).rank()).isEqualTo(1);
		assertThat(find(r, 1).rank()).isEqualTo(2);
		assertThat(find(r, 2).rank()).isEqualTo(1);
		assertThat(find(r, 2).categorySize()).isEqualTo(1);
	}

	@Test
	void shouldGiveACategoryOfOneNoExcellentPlace() {
		YearResult r = Ranking.rank(List.of(scored(1, "A", "99.00")), RULE);
		assertThat(find(r, 1).rank()).isEqualTo(1);
		assertThat(find(r, 1).grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void shouldGiveExcellentToTheTopThirtyPercentFromNinetyOnly() {
		List<DepartmentResult> ten = new ArrayList<>();
		String[] totals = { "99.00", "96.00", "93.00", "91.00", "85.00", "80.00", "79.99", "60.00", "59.99", "10.00" };
		for (int i = 0; i < totals.length; i++) {
			ten.add(scored(i + 1, "A", totals[i]));
		}
		YearResult r = Ranking.rank(ten, RULE);
		assertThat(r.departments()).extracting(DepartmentResult::grade).containsExactly(Grade.EXCELLENT,
				Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.PASS, Grade.PASS, Grade.FAIL,
				Grade.FAIL);
		assertThat(RULE.excellentPlaces(10)).isEqualTo(3);
		assertThat(RULE.excellentPlaces(8)).isEqualTo(2);
		assertThat(RULE.excellentPlaces(3)).isZero();
	}

	@Test
	void shouldKeepATiedGroupTogetherAtTheEdgeOfTheExcellentPlaces() {
		YearResult r = Ranking.rank(List.of(scored(1, "A", "99.00"), scored(2, "A", "95.00"), scored(3, "A", "95.00"),
				scored(4, "A", "94.00"), scored(5, "A", "50.00"), scored(6, "A", "50.00"), scored(7, "A", "50.00")), RULE);
		assertThat(RULE.excellentPlaces(7)).isEqualTo(2);
		assertThat(find(r, 1).grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(find(r, 2).grade()).isEqualTo(Grade.GOOD);
		assertThat(find(r, 3).grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void shouldNotGiveExcellentBelowNinetyEvenAtTheTop() {
		YearResult r = Ranking.rank(List.of(scored(1, "A", "89.99"), scored(2, "A", "50"), scored(3, "A", "40"),
				scored(4, "A", "30")), RULE);
		assertThat(find(r, 1).grade()).isEqualTo(Grade.GOOD);
	}

	private static DepartmentInput department(long id, List<CommitmentInput> commitments, PublicTally tally,
			List<Integer> leadership) {
		return new DepartmentInput(id, "部门" + id, "A", (int) id, new BigDecimal("1.2"), commitments, tally, leadership);
	}

	private static CommitmentInput commitment(long id, String actual) {
		TargetSpec spec = new TargetSpec(id * 10, "新建12家", TargetKind.QUANTITY, Op.GE, new BigDecimal("12"), null, null,
				null, null);
		return new CommitmentInput(id, 1, "承诺" + id, List.of(new TargetInput(spec,
				actual == null ? null : Reading.of(new BigDecimal(actual)))), null);
	}

	@Test
	void shouldSpreadTheWeightOfAMissingPartOverTheOthers() {
		ScoringEngine engine = new ScoringEngine(Scheme.defaults(), 2022);
		DepartmentResult noPublic = engine.score(department(1, List.of(commitment(1, "12")), PublicTally.NONE, List.of(4)));
		assertThat(noPublic.publicPart().missing()).isTrue();
		assertThat(noPublic.commitmentPart().score()).isEqualByComparingTo("120.0000");
		assertThat(noPublic.commitmentPart().effectiveWeight()).isEqualByComparingTo("0.8750");
		assertThat(noPublic.leadershipPart().effectiveWeight()).isEqualByComparingTo("0.1250");
		assertThat(noPublic.total()).isEqualByComparingTo("115.00");
		DepartmentResult nothing = engine.score(department(2, List.of(), PublicTally.NONE, List.of()));
		assertThat(nothing.total()).isEqualByComparingTo("0.00");
		assertThat(nothing.parts()).allMatch(DepartmentResult.PartResult::missing);
	}

	@Test
	void shouldScoreAMissingReadingAsNothingAndSayWhy() {
		ScoringEngine engine = new ScoringEngine(Scheme.defaults(), 2022);
		DepartmentResult d = engine.score(department(1, List.of(commitment(1, null), commitment(2, "6")),
				new PublicTally(1, 1, 1), List.of(5, 5, 4, 3, 1)));
		assertThat(Worded.zh(d.commitments().get(0).targets().get(0).explanation())).contains("没有可用的最终读数");
		assertThat(d.commitments().get(0).attainment()).isEqualByComparingTo("0");
		assertThat(d.commitments().get(1).attainment()).isEqualByComparingTo("0.5");
		assertThat(d.commitmentPart().score()).isEqualByComparingTo("30.0000");
		assertThat(d.publicPart().score()).isEqualByComparingTo("53.3333");
		assertThat(d.leadershipPart().score()).isEqualByComparingTo("80.0000");
		assertThat(Worded.zh(d.leadershipPart().explanation())).contains("去掉一个最高分和一个最低分").contains("(3 + 4 + 5) ÷ 3");
		// 30 × 0.7 + 53.3333 × 0.2 + 80 × 0.1 = 21 + 10.6667 + 8
		assertThat(d.total()).isEqualByComparingTo("39.67");
	}

	@Test
	void shouldJudgeACommitmentWithoutTargetsByItsGrade() {
		ScoringEngine engine = new ScoringEngine(Scheme.defaults(), 2022);
		CommitmentInput milestone = new CommitmentInput(5, 1, "率先建成", List.of(), Reading.graded(Reading.MOSTLY_DONE));
		DepartmentResult d = engine.score(department(1, List.of(milestone), PublicTally.NONE, List.of()));
		assertThat(d.commitments().get(0).attainment()).isEqualByComparingTo("0.6");
		assertThat(d.total()).isEqualByComparingTo("72.00");
	}

	@Test
	void shouldGiveTheSameDigitsEveryTime() {
		ScoringEngine engine = new ScoringEngine(Scheme.defaults(), 2022);
		List<DepartmentInput> inputs = List.of(department(1, List.of(commitment(1, "7")), new PublicTally(3, 2, 1), List.of(2, 3)),
				department(2, List.of(commitment(2, "11")), new PublicTally(1, 0, 0), List.of(5)));
		assertThat(engine.score(inputs)).isEqualTo(new ScoringEngine(Scheme.defaults(), 2022).score(inputs));
	}

}
