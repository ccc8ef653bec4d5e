package com.pledgeboard.account;

import java.util.List;
import java.util.stream.Stream;

import com.pledgeboard.audit.AuditSlice;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.support.WebFixture;
import com.pledgeboard.support.WebSlice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the assessment office manages users: every state-changing endpoint refuses the anonymous,
 * department users, raters and requests without a CSRF token, and leaves the users as they were; the
 * office's changes, e-mail addresses among them, are checked and audited. A web slice (see
 * {@link WebSlice}): the real controller, account service and security chain, and the real audit trail,
 * on the slice's database.
 */
@WebSlice
@Import({ UserAdminController.class, AuditSlice.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdminWebSliceTests extends WebFixture {

	long victim;

	List<UserDetails> notAdmins;

	UserDetails office;

	@BeforeAll
	void users() {
		users.user("victim", Role.REPORTER, "市公安局");
		victim = accounts.find("victim").orElseThrow().id();
		notAdmins = List.of(users.user("ua-reporter", Role.REPORTER, "市公安局"),
				users.user("ua-other", Role.REPORTER, "市司法局"), users.user("ua-approver", Role.APPROVER, "市公安局"),
				users.user("ua-rater", Role.RATER, null));
		office = users.user("ua-office", Role.ADMIN, null);
	}

	interface Change {

		MockHttpServletRequestBuilder request(UserAdminWebSliceTests t);

	}

	Stream<Arguments> changes() {
		return Stream.of(
				Arguments.of("create", (Change) t -> post("/admin/users").param("username", "newcomer")
					.param("displayName", "新人").param("role", "RATER").param("email", "newcomer@example.cn")),
				Arguments.of("disable", (Change) t -> post("/admin/users/{id}/disable", t.victim)),
				Arguments.of("enable", (Change) t -> post("/admin/users/{id}/enable", t.victim)),
				Arguments.of("role", (Change) t -> post("/admin/users/{id}/role", t.victim).param("role", "ADMIN")),
				Arguments.of("reset", (Change) t -> post("/admin/users/{id}/reset-password", t.victim)),
				Arguments.of("email", (Change) t -> post("/admin/users/{id}/email", t.victim)
					.param("email", "stolen@example.cn")));
	}

	private String snapshot() {
		return String.join("\n", jdbc.sql("select concat(id, '|', username, '|', role, '|', coalesce(department_id, 0), '|', "
				+ "enabled, '|', must_change_password, '|', password_hash, '|', coalesce(email, '')) from app_user order by id").query(String.class).list());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseEveryoneButTheOfficeAndChangeNothing(String name, Change change) throws Exception {
		String before = snapshot();
		mvc.perform(change.request(this).with(csrf())).andExpect(redirectedUrl("/login"));
		for (UserDetails notAdmin : notAdmins) {
			mvc.perform(change.request(this).with(user(notAdmin)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(change.request(this).with(user(office))).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldNotShowTheUserListToDepartmentUsers() throws Exception {
		mvc.perform(get("/admin/users").with(user(notAdmins.get(0)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("victim")));
	}

	@Test
	void shouldCreateAUserWithAOneTimePasswordShownOnce() throws Exception {
		mvc.perform(post("/admin/users").param("username", "fresh-rater").param("displayName", "新专家")
			.param("role", "RATER").with(user(office)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一次性密码")));
		var created = accounts.find("fresh-rater").orElseThrow();
		assertThat(created.mustChangePassword()).isTrue();
		assertThat(created.role()).isEqualTo(Role.RATER);
	}

	@Test
	void shouldCreateAUserWithAnEmailAddressAndAuditIt() throws Exception {
		mvc.perform(post("/admin/users").param("username", "mail-approver").param("displayName", "有邮箱的负责人")
			.param("role", "APPROVER").param("departmentId", String.valueOf(users.departmentId("市公安局")))
			.param("email", "  fuzeren@gaj.example.cn ").with(user(office)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一次性密码")));
		var created = accounts.find("mail-approver").orElseThrow();
		assertThat(created.email()).isEqualTo("fuzeren@gaj.example.cn");
		assertThat(auditAfter("USER_CREATED", created.id())).contains("\"email\":\"fuzeren@gaj.example.cn\"");
		mvc.perform(get("/admin/users").with(user(office)))
			.andExpect(content().string(containsString("value=\"fuzeren@gaj.example.cn\"")));
	}

	@Test
	void shouldCreateAUserWithoutAnEmailAddressOrDepartment() throws Exception {
		mvc.perform(post("/admin/users").param("username", "no-mail-rater").param("displayName", "无邮箱专家")
			.param("role", "RATER").param("email", " ").with(user(office)).with(csrf()))
			.andExpect(status().isOk());
		var created = accounts.find("no-mail-rater").orElseThrow();
		assertThat(created.email()).isNull();
		assertThat(created.departmentId()).isNull();
	}

	@Test
	void shouldChangeAndRemoveAnEmailAddressWithBeforeAndAfterInTheAuditTrail() throws Exception {
		users.user("mail-change", Role.REPORTER, "市司法局");
		long id = accounts.find("mail-change").orElseThrow().id();
		mvc.perform(post("/admin/users/{id}/email", id).param("email", "tianbao@sfj.example.cn").with(user(office))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("done", "users.done.email"));
		assertThat(accounts.find("mail-change").orElseThrow().email()).isEqualTo("tianbao@sfj.example.cn");
		assertThat(auditBefore("USER_EMAIL_CHANGED", id)).doesNotContain("tianbao@sfj.example.cn");
		assertThat(auditAfter("USER_EMAIL_CHANGED", id)).contains("\"email\":\"tianbao@sfj.example.cn\"");

		mvc.perform(post("/admin/users/{id}/email", id).param("email", "").with(user(office)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(accounts.find("mail-change").orElseThrow().email()).isNull();
		assertThat(auditBefore("USER_EMAIL_CHANGED", id)).contains("\"email\":\"tianbao@sfj.example.cn\"");
		assertThat(auditAfter("USER_EMAIL_CHANGED", id)).doesNotContain("tianbao@sfj.example.cn");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedEmails")
	void shouldRefuseAMalformedEmailAddressWithAMessageAndChangeNothing(String email) throws Exception {
		users.user("mail-keep", Role.RATER, null);
		long id = accounts.find("mail-keep").orElseThrow().id();
		String before = snapshot();
		long audited = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		mvc.perform(post("/admin/users").param("username", "bad-mail").param("displayName", "坏邮箱")
			.param("role", "RATER").param("email", email).with(user(office)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电子邮箱地址格式不正确")));
		mvc.perform(post("/admin/users/{id}/email", id).param("email", email).with(user(office)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("problem", containsString("电子邮箱地址格式不正确")));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(audited);
	}

	static Stream<String> malformedEmails() {
		return Stream.of("not-an-address", "two@@example.cn", "no-domain@", "@example.cn", "dotless@localhost",
				"space in@example.cn", "trailing-dot@example.", "a".repeat(250) + "@x.cn");
	}

	private String auditBefore(String action, long userId) {
		return audit("before_json", action, userId);
	}

	private String auditAfter(String action, long userId) {
		return audit("after_json", action, userId);
	}

	private String audit(String column, String action, long userId) {
		return jdbc.sql("select " + column + " from audit_entry where action = ? and entity = 'user' and entity_id = ? "
				+ "order by seq desc limit 1")
			.params(action, String.valueOf(userId))
			.query(String.class)
			.single();
	}

	@Test
	void shouldRefuseAReporterWithoutDepartmentWithAMessage() throws Exception {
		String before = snapshot();
		mvc.perform(post("/admin/users").param("username", "no-dept").param("displayName", "无部门")
			.param("role", "REPORTER").with(user(office)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必须属于一个部门")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldDisableAndEnableButNeverDelete() throws Exception {
		users.user("to-disable", Role.RATER, null);
		long id = accounts.find("to-disable").orElseThrow().id();
		mvc.perform(post("/admin/users/{id}/disable", id).with(user(office)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(accounts.find("to-disable").orElseThrow().enabled()).isFalse();
		mvc.perform(post("/admin/users/{id}/enable", id).with(user(office)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(accounts.find("to-disable").orElseThrow().enabled()).isTrue();
	}

	@Test
	void shouldNeverDisableTheLastAdministrator() {
		long admins = jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled = true").query(Long.class).single();
		assertThat(admins).isGreaterThanOrEqualTo(1);
		var enabledAdmins = accounts.list().stream().filter(u -> u.role() == Role.ADMIN && u.enabled()).toList();
		for (int i = 0; i < enabledAdmins.size() - 1; i++) {
			accounts.disable(enabledAdmins.get(i).id());
		}
		var last = enabledAdmins.get(enabledAdmins.size() - 1);
		assertThatThrownBy(() -> accounts.disable(last.id()))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("最后一个");
		enabledAdmins.forEach(u -> accounts.enable(u.id()));
	}

}
