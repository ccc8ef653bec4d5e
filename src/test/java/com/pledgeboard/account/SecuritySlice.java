package com.pledgeboard.account;

import com.pledgeboard.privacy.PrivacySlice;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The account module's part of a web slice ({@link com.pledgeboard.support.WebSlice}): the real security
 * filter chain with the real user store, password encoder and policy, sign-in throttle and account
 * service, all on the slice's database. Here, in the module's own package, because these classes are
 * the module's and package-private.
 */
@Configuration(proxyBeanMethods = false)
@Import({ SecurityConfig.class, AccountConfig.class, UserRows.class, UserAccounts.class, SignInThrottle.class,
		PrivacySlice.class })
public class SecuritySlice {

}
