package com.pledgeboard.evaluation;

import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import com.pledgeboard.TestResources;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.CapturingSmsGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A citizen's vote cannot be tied to their number or address: after a code request, a rating with a
 * comment, a failed sign-in and the logging gateway's message, neither the numbers nor the client
 * addresses used are found in any text or binary column of any table (the audit trail and the sessions
 * included) nor in the log; the retention job then removes the codes and unlinks old ratings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CapturingSmsGateway.class)
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTests {

	private static final String MOBILE = "13912345678";

	private static final String CITIZEN_ADDRESS = "10.77.66.55";

	private static final String SIGN_IN_ADDRESS = "10.77.66.56";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CapturingSmsGateway sms;

	@Autowired
	LoggingSmsGateway loggingGateway;

	@Autowired
	RatingRetention retention;

	private MvcResult perform(MockHttpServletRequestBuilder request, String address, Cookie session) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		return mvc.perform(request.with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})).andReturn();
	}

	@Test
	void shouldKeepNoNumberNorAddressOfACitizenAnywhere(CapturedOutput output) throws Exception {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "privacy.txt", "330500",
				2062, PlanYearState.ASSESSING, false).planYearId();
		long entry = catalogue.entries(year).get(0).id();
		MvcResult asked = perform(post("/evaluate/2062/code").param("mobile", "139 1234 5678"), CITIZEN_ADDRESS, null);
		Cookie session = asked.getResponse().getCookie("SESSION");
		String code = sms.lastCode(MOBILE);
		loggingGateway.send(MOBILE, "您的评议验证码是" + code + "，5分钟内有效。");
		MvcResult rated = perform(post("/evaluate/2062/rate").param("code", code)
			.param("choice-" + entry, "UNSATISFIED")
			.param("comment-" + entry, "窗口排队太久"), CITIZEN_ADDRESS, session);
		assertThat(rated.getFlashMap().get("done")).isEqualTo("evaluation.done.rated");
		perform(post("/login").param("username", "nobody-here").param("password", "wrong-password-1"), SIGN_IN_ADDRESS,
				null);

		List<String> needles = List.of(MOBILE, CITIZEN_ADDRESS, SIGN_IN_ADDRESS);
		List<String> found = search(needles);
		assertThat(found).as("columns holding a number or an address").isEmpty();
		assertThat(output.getAll()).as("the log").doesNotContain(MOBILE, CITIZEN_ADDRESS, SIGN_IN_ADDRESS, code)
			.contains("139****5678");
		assertThat(loggingGateway.take(MOBILE)).as("the logging gateway's outbox").isEmpty();
		// This year's rating only: other test classes sharing the context rate other years.
		assertThat(jdbc.sql("select client_address from audit_entry where action = 'PUBLIC_RATINGS' and entity_id = ?")
			.param(String.valueOf(year)).query(String.class).list()).hasSize(1).containsOnlyNulls();
		assertThat(jdbc.sql("select after_json from audit_entry where action = 'PUBLIC_RATINGS' and entity_id = ?")
			.param(String.valueOf(year)).query(String.class).single()).doesNotContain(jdbc.sql("select phone_hash from public_rating where plan_year_id = ?")
				.param(year).query(String.class).single());
		assertThat(jdbc.sql("select client_address from audit_entry where action = 'SIGN_IN_FAILED' and actor = 'nobody-here'")
			.query(String.class).single()).hasSize(64);
	}

	@Test
	void shouldKeepInTheLoggingGatewaysOutboxOnlyWhatWentToADemonstrationNumberAndOnlyUntilRead() {
		String demonstration = SmsOutbox.demonstrationNumber(9001);
		loggingGateway.send("13912340000", "您的评议验证码是123456，5分钟内有效。");
		loggingGateway.send(demonstration, "您的评议验证码是654321，5分钟内有效。");
		assertThat(loggingGateway.take("13912340000")).isEmpty();
		assertThat(loggingGateway.take(demonstration)).contains("您的评议验证码是654321，5分钟内有效。");
		assertThat(loggingGateway.take(demonstration)).isEmpty();
		assertThat(demonstration).matches("1[3-9]\\d{9}");
		assertThat(SmsOutbox.isDemonstrationNumber("13900009001")).isFalse();
	}

	@Test
	void shouldForgetCodesAndUnlinkRatingsOfClosedYearsAfterTheRetentionPeriod() throws Exception {
		long open = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "open.txt", "330500", 2063,
				PlanYearState.ASSESSING, false).planYearId();
		long closing = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "closing.txt", "330500",
				2064, PlanYearState.ASSESSING, false).planYearId();
		rateOnce(2063, open, "13700001111", "10.78.0.1");
		rateOnce(2064, closing, "13700002222", "10.78.0.2");
		jdbc.sql("update plan_year set state = 'CLOSED' where id = ?").param(closing).update();

		assertThat(retention.enforce(Instant.now()).ratingsUnlinked()).isZero();
		RatingRetention.Removed removed = retention.enforce(Instant.now().plus(Duration.ofDays(181)));

		assertThat(removed.codes()).isPositive();
		assertThat(jdbc.sql("select count(*) from verification_code where plan_year_id in (?, ?)").params(open, closing)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from public_rating where plan_year_id = ? and phone_hash is null")
			.param(closing).query(Long.class).single()).isEqualTo(1L);
		assertThat(jdbc.sql("select count(*) from public_rating where plan_year_id = ? and phone_hash is not null")
			.param(open).query(Long.class).single()).as("a year still open keeps one vote per number").isEqualTo(1L);
	}

	private void rateOnce(int year, long planYearId, String mobile, String address) throws Exception {
		MvcResult asked = perform(post("/evaluate/{y}/code", year).param("mobile", mobile), address, null);
		MvcResult rated = perform(post("/evaluate/{y}/rate", year).param("code", sms.lastCode(mobile))
			.param("choice-" + catalogue.entries(planYearId).get(0).id(), "SATISFIED"), address,
				asked.getResponse().getCookie("SESSION"));
		assertThat(rated.getFlashMap().get("done")).isEqualTo("evaluation.done.rated");
	}

	/** Every text and binary column of every table, as "table.column", that holds one of the needles. */
	private List<String> search(List<String> needles) throws Exception {
		Set<Integer> text = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
				Types.NCLOB);
		Set<Integer> binary = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
		record Column(String table, String name, boolean isText) {
		}
		List<Column> columns = new ArrayList<>();
		try (var connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
				while (rs.next()) {
					int type = rs.getInt("DATA_TYPE");
					if (text.contains(type) || binary.contains(type)) {
						columns.add(new Column(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"), text.contains(type)));
					}
				}
			}
		}
		assertThat(columns).as("the search reaches the audit trail and the sessions")
			.anyMatch(c -> c.table().equalsIgnoreCase("audit_entry"))
			.anyMatch(c -> c.table().equalsIgnoreCase("spring_session_attributes") && !c.isText());
		List<String> found = new ArrayList<>();
		for (Column column : columns) {
			// Quoted as the database spells them: some are reserved words (version) or kept in lower case.
			String select = "select \"" + column.name() + "\" from \"" + column.table() + "\"";
			for (Object value : jdbc.sql(select).query((rs, n) -> column.isText() ? rs.getString(1) : rs.getBytes(1)).list()) {
				String content = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
						: (String) value;
				if (content != null && needles.stream().anyMatch(content::contains)) {
					found.add(column.table() + "." + column.name());
				}
			}
		}
		return found;
	}

}
