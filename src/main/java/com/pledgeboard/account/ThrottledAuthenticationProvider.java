package com.pledgeboard.account;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that takes a place for the attempt from the client address and then from the
 * account before the password is even looked at, and refuses the attempt when either has none left.
 * The address goes first so that attempts its own limit refuses never count against an account; an
 * attempt refused by the account gives the address its place back. A failure keeps both places, a
 * success gives both back: at most the limit of wrong passwords is ever checked per window, however
 * many arrive at once.
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
		String address = throttle.addressKey(address(authentication));
		if (!throttle.reserve(address, false)) {
			throw new ThrottledException(throttle.blockedUntil(address));
		}
		if (!throttle.reserve(account, true)) {
			throttle.release(address);
			throw new ThrottledException(throttle.blockedUntil(account));
		}
		// A failure of any kind (unknown name, wrong password, disabled account) throws and keeps its places.
		Authentication result = passwords.authenticate(authentication);
		throttle.release(account);
		throttle.release(address);
		return result;
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
