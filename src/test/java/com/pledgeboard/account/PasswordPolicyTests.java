package com.pledgeboard.account;

import java.util.Set;

import com.pledgeboard.i18n.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(Set.of("password1234", "Qwertyuiop12"));

	@ParameterizedTest(name = "{1} for {0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			zhangsan | short1                       | 至少需要12个字符
			zhangsan | ZhangSan-2024-abc            | 不能包含用户名
			zhangsan | PASSWORD1234                 | 过于常见
			zhangsan | qwertyuiop12                 | 过于常见
			zhangsan | abcabcabcabcabc              | 过于常见
			zhangsan | xxxxxxxxxxxxxxxx             | 过于常见
			""")
	void shouldRejectWeakPasswords(String username, String password, String problem) {
		assertThat(policy.check(username, password)).extracting(Message::chinese)
			.anySatisfy(p -> assertThat(p).contains(problem));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			zhangsan | 湖州承诺晒台-二〇二四年度
			zhangsan | correct horse battery staple
			lisi     | Tr0ub4dor&3-extended
			""")
	void shouldAcceptLongUncommonPasswords(String username, String password) {
		assertThat(policy.check(username, password)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource("zhangsan")
	void shouldRejectOverlongPasswords(String username) {
		assertThat(policy.check(username, "长".repeat(PasswordPolicy.MAX_LENGTH + 1))).extracting(Message::chinese)
			.anySatisfy(
				p -> assertThat(p).contains("不能超过"));
	}

}
