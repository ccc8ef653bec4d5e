package com.pledgeboard.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that refuses an account or a client address which has failed too often, before the
 * password is even looked at, and counts each failure against both.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	/** Refused because of too many failures; the page says when to try again. */
	static class ThrottledException extends AuthenticationException {

		ThrottledException(Instant until) {
			super("too many failed sign-ins; blocked until " + until);
		}

	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String account = SignInThrottle.accountKey(authentication.getName());
		String address = SignInThrottle.addressKey(address(authentication));
		Optional<Instant> blocked = throttle.blockedUntil(account).or(() -> throttle.blockedUntil(address));
		if (blocked.isPresent()) {
			throw new ThrottledException(blocked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.reset(account);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(account, true);
			throttle.recordFailure(address, false);
			throw ex;
		}
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
