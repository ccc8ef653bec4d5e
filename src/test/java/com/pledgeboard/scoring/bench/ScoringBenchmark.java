package com.pledgeboard.scoring.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.pledgeboard.evaluation.PublicTally;
import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.scoring.Reading;
import com.pledgeboard.scoring.engine.DepartmentInput;
import com.pledgeboard.scoring.engine.DepartmentInput.CommitmentInput;
import com.pledgeboard.scoring.engine.DepartmentInput.TargetInput;
import com.pledgeboard.scoring.engine.Scheme;
import com.pledgeboard.scoring.engine.ScoringEngine;
import com.pledgeboard.scoring.engine.TargetSpec;
import com.pledgeboard.scoring.engine.YearResult;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring and ranking a generated plan year of 300 regions × 60 departments × 6 commitments × 3
 * targets (18,000 departments, 108,000 commitments, 324,000 targets with readings, 3 categories of 20
 * per region) in memory with the engine — every attainment, formula and explanation built, ranks and
 * grades given — against the baseline of one SQL aggregate over the same target rows in an H2
 * in-memory database (average capped attainment per department, {@code group by}), in the same run.
 *
 * <p>{@code mvn -q -Pbench test-compile exec:exec -Dbench=ScoringBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g" })
public class ScoringBenchmark {

	static final int REGIONS = 300;

	static final int DEPARTMENTS = 60;

	static final int COMMITMENTS = 6;

	static final int TARGETS = 3;

	private List<DepartmentInput> year;

	private Connection h2;

	@Setup(Level.Trial)
	public void generate() throws SQLException {
		Random random = new Random(42);
		year = new ArrayList<>(REGIONS * DEPARTMENTS);
		h2 = DriverManager.getConnection("jdbc:h2:mem:scoring-bench;DB_CLOSE_DELAY=-1", "sa", "");
		try (Statement s = h2.createStatement()) {
			s.execute("""
					create table bench_target (department_id bigint not null, commitment_id bigint not null,
					  target_value numeric(24, 6) not null, actual numeric(24, 6))""");
		}
		h2.setAutoCommit(false);
		long targetId = 0;
		long commitmentId = 0;
		try (PreparedStatement insert = h2.prepareStatement("insert into bench_target values (?, ?, ?, ?)")) {
			for (int r = 0; r < REGIONS; r++) {
				for (int d = 0; d < DEPARTMENTS; d++) {
					long department = (long) r * DEPARTMENTS + d;
					List<CommitmentInput> commitments = new ArrayList<>(COMMITMENTS);
					for (int c = 0; c < COMMITMENTS; c++) {
						commitmentId++;
						List<TargetInput> targets = new ArrayList<>(TARGETS);
						for (int t = 0; t < TARGETS; t++) {
							TargetInput target = target(++targetId, random);
							targets.add(target);
							BigDecimal goal = target.spec().value() == null ? BigDecimal.ONE : target.spec().value();
							BigDecimal actual = target.reading().value() == null ? BigDecimal.ONE : target.reading().value().abs();
							insert.setLong(1, department);
							insert.setLong(2, commitmentId);
							insert.setBigDecimal(3, goal);
							insert.setBigDecimal(4, actual);
							insert.addBatch();
						}
						commitments.add(new CommitmentInput(commitmentId, c + 1, "承诺" + commitmentId, targets, null));
					}
					year.add(new DepartmentInput(department, "部门" + department, "地区" + r + "类别" + d % 3, d + 1,
							new BigDecimal("1.1").add(BigDecimal.valueOf(random.nextInt(40), 2)), commitments,
							new PublicTally(random.nextInt(200), random.nextInt(80), random.nextInt(40)),
							List.of(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5),
									1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5))));
				}
				insert.executeBatch();
			}
		}
		h2.commit();
	}

	private static TargetInput target(long id, Random random) {
		double form = 0.5 + random.nextDouble() * 0.8;
		int kind = random.nextInt(10);
		BigDecimal value = BigDecimal.valueOf(10 + random.nextInt(990));
		if (kind < 6) {
			BigDecimal stretch = random.nextBoolean() ? value.multiply(new BigDecimal("1.2")) : null;
			return new TargetInput(new TargetSpec(id, "新建" + value + "个", TargetKind.QUANTITY, Op.GE, value, stretch, null,
					null, null), Reading.of(scaled(value, form)));
		}
		if (kind == 6) {
			return new TargetInput(new TargetSpec(id, "控制在" + value + "以内", TargetKind.QUANTITY, Op.LE, value, null, null,
					null, null), Reading.of(scaled(value, 2 - form)));
		}
		if (kind == 7) {
			BigDecimal size = BigDecimal.valueOf(5 + random.nextInt(30));
			return new TargetInput(new TargetSpec(id, "同比下降" + size + "%", TargetKind.CHANGE, Op.EQ, size, null, null,
					Direction.DOWN, null), Reading.of(scaled(size, form).negate()));
		}
		if (kind == 8) {
			return new TargetInput(new TargetSpec(id, "保三争二拼第一", TargetKind.RANK, Op.LE, BigDecimal.valueOf(2),
					BigDecimal.ONE, BigDecimal.valueOf(3), null, null), Reading.of(BigDecimal.valueOf(1 + random.nextInt(5))));
		}
		return new TargetInput(new TargetSpec(id, "9月底前完成", TargetKind.DEADLINE, Op.EQ, null, null, null, null,
				MonthDay.of(9, 30)), Reading.doneOn(LocalDate.of(2022, 9, 30).plusDays(random.nextInt(120) - 30)));
	}

	private static BigDecimal scaled(BigDecimal value, double factor) {
		return value.multiply(BigDecimal.valueOf(factor)).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	@TearDown(Level.Trial)
	public void close() throws SQLException {
		h2.close();
	}

	@Benchmark
	public YearResult engineScoreAndRank() {
		return new ScoringEngine(Scheme.defaults(), 2022).score(year);
	}

	private long call;

	/**
	 * The baseline. The bound parameter changes every call (and selects every row all the same), since
	 * H2 would otherwise hand back the cached result of the same query over an unchanged table.
	 */
	@Benchmark
	public long sqlAggregate() throws SQLException {
		long rows = 0;
		try (PreparedStatement s = h2.prepareStatement("""
				select department_id, avg(least(actual / target_value, 1)) * 100 as score
				from bench_target where department_id > ? group by department_id""")) {
			s.setLong(1, -1 - (call++));
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					rows += rs.getBigDecimal(2).signum() >= 0 ? 1 : 0;
				}
			}
		}
		return rows;
	}

}
