package com.pledgeboard.account;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, for modules that authorise what a request reads or changes.
 */
public final class Accounts {

	private Accounts() {
	}

	public static Optional<SignedInUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The signed-in user, or a refusal (403) where there is none. */
	public static SignedInUser require() {
		return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

}
