package com.pledgeboard.account;

import java.util.Optional;
import java.util.function.Predicate;

import com.pledgeboard.i18n.Forbidden;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, for modules that authorise what a request reads or changes. Each module says who may do
 * what in one policy of named rules over {@link SignedInUser} (its roles are this module's); a rule that does
 * not hold refuses with {@link #refuseUnless}, a {@link Forbidden} (403) the reader reads in their language.
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

	/** The signed-in user if a rule about them holds, else a {@link Forbidden} with the reason's code. */
	public static SignedInUser refuseUnless(Predicate<SignedInUser> rule, String code,
			Object... arguments) {
		SignedInUser user = require();
		if (!rule.test(user)) {
			throw new Forbidden(code, arguments);
		}
		return user;
	}

	/** The signed-in user if they are the assessment office (考评办), else a {@link Forbidden}. */
	public static SignedInUser requireOffice() {
		return refuseUnless(SignedInUser::isAdmin, "account.forbidden.office");
	}

}
