package com.pledgeboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.support.SetsSystemProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code user add|reset|disable|enable} on a file database, as the office would run them beside the
 * server.
 */
@SetsSystemProperties
@Order(1)
class UserCommandTests {

	@TempDir
	Path dir;

	private StringWriter out;

	private StringWriter err;

	private String url;

	@BeforeEach
	void database() {
		url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
		System.setProperty("spring.datasource.url", url);
	}

	@AfterEach
	void clear() {
		System.clearProperty("spring.datasource.url");
	}

	private int run(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		return CommandLineInterface.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
				Locale.SIMPLIFIED_CHINESE);
	}

	private static String oneTimePassword(String printed) {
		Matcher m = Pattern.compile("one-time password: (\\S+)").matcher(printed);
		assertThat(m.find()).as(printed).isTrue();
		return m.group(1);
	}

	@Test
	void shouldAddAReporterOfADepartmentWithAOneTimePassword() {
		assertThat(run("user", "add", "zhang.san", "--role", "REPORTER", "--name", "张三", "--department", "市公安局"))
			.as(err.toString()).isZero();
		assertThat(oneTimePassword(out.toString())).hasSize(16);
		assertThat(run("user", "reset", "zhang.san")).as(err.toString()).isZero();
		assertThat(oneTimePassword(out.toString())).hasSize(16);
		assertThat(run("user", "disable", "zhang.san")).as(err.toString()).isZero();
		assertThat(out.toString()).contains("disabled zhang.san");
		assertThat(run("user", "enable", "zhang.san")).as(err.toString()).isZero();
	}

	@Test
	void shouldAddAnApproverWithTheEmailAddressRemindersGoTo() throws SQLException {
		assertThat(run("user", "add", "zhao.liu", "--role", "APPROVER", "--name", "赵六", "--department", "市公安局",
				"--email", "zhaoliu@gaj.example.cn"))
			.as(err.toString()).isZero();
		assertThat(query("select email from app_user where username = 'zhao.liu'")).isEqualTo("zhaoliu@gaj.example.cn");
		assertThat(query("select after_json from audit_entry where action = 'USER_CREATED' and after_json like '%zhao.liu%'"))
			.contains("\"email\":\"zhaoliu@gaj.example.cn\"");
	}

	@Test
	void shouldRefuseAMalformedEmailAddressAndAddNobody() throws SQLException {
		assertThat(run("user", "add", "sun.qi", "--role", "RATER", "--name", "孙七", "--email", "sunqi-at-example.cn"))
			.isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("电子邮箱地址格式不正确");
		assertThat(query("select count(*) from app_user where username = 'sun.qi'")).isEqualTo("0");
	}

	private String query(String sql) throws SQLException {
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var statement = connection.createStatement();
				var rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).as(sql).isTrue();
			return rows.getString(1);
		}
	}

	@Test
	void shouldRefuseWhatTheOfficeCouldNotDoInTheBackOfficeEither() {
		assertThat(run("user", "add", "li.si", "--role", "REPORTER", "--name", "李四"))
			.isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("必须属于一个部门");
		assertThat(run("user", "add", "wang.wu", "--role", "REPORTER", "--name", "王五", "--department", "市不存在局"))
			.isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("no department named");
		assertThat(run("user", "disable", "nobody")).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("no user nobody");
		assertThat(run("user", "add", "x", "--role", "RATER", "--name", "短")).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("用户名");
	}

}
