package com.pledgeboard.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a one-time password goes nowhere in the back office but to the page that
 * changes it.
 */
class ForcedPasswordChangeFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean mustChange = Accounts.current().map(SignedInUser::mustChangePassword).orElse(false);
		if (mustChange && (path.startsWith("/admin") || path.startsWith("/account")) && !path.equals(PASSWORD_PAGE)) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
