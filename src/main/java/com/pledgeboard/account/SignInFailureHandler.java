package com.pledgeboard.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in, keeps in the session only which message the sign-in page shows: one for an
 * unknown name, a wrong password and a disabled account alike, so that the page tells no one whether an
 * account exists (the audit trail names the exception), and another when the attempt was throttled.
 * Not the exception itself, which carries the attempt and the client's address into the session store.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String MESSAGE = "pledgeboard.signIn.message";

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute(MESSAGE,
				exception instanceof ThrottledAuthenticationProvider.ThrottledException ? "login.error.throttled"
						: "login.error.credentials");
		redirect.sendRedirect(request, response, "/login?error");
	}

}
