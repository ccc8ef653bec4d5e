package com.pledgeboard.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. The portal and the read API of published data are open; the back office under
 * {@code /admin/**} always needs a signed-in user, and what a user may do there is checked again by
 * role and department where the data is read or changed.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	/** What anyone may read without signing in. */
	private static final String[] PUBLIC_PAGES = { "/", "/years/**", "/api/v1/**", "/css/**", "/js/**", "/images/**",
			"/favicon.ico", "/login", "/webjars/**", "/api/docs", "/api/docs/**", "/swagger-ui/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserRows users, PasswordEncoder encoder,
			SignInThrottle throttle, AuthenticationEventPublisher events) throws Exception {
		var passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		// An unknown name, a wrong password and a disabled account read the same on the page; the audit
		// trail names which (UsernameNotFoundException, BadCredentialsException, DisabledException). The
		// account's state is checked only once its password is right, so a guess learns nothing from it.
		passwords.setHideUserNotFoundExceptions(false);
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		// A manager of its own, with no parent: the global one built from the user store would otherwise
		// try again the password the throttle has just refused.
		var manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(events);
		http.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
				.permitAll()
				// HEAD answers as GET does, without the body: a link checker or a cache asking about a public
				// page is not sent to sign in.
				.requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES)
				.permitAll()
				// The public evaluation's forms (群众评议): open to everyone, still under CSRF.
				.requestMatchers(HttpMethod.POST, "/evaluate/**")
				.permitAll()
				.requestMatchers("/error", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(new WebExpressionAuthorizationManager(
						"hasIpAddress('127.0.0.1') or hasIpAddress('::1') or hasRole('ADMIN')"))
				.requestMatchers("/admin/**", "/account/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/admin", false)
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterAfter(new ForcedPasswordChangeFilter(), AuthorizationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
