package com.pledgeboard.i18n;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one place that turns a {@link Refused} into an answer, in the reader's language.
 * <ul>
 * <li>The API ({@code /api/**} and every {@code @ResponseBody} handler) answers an RFC 9457 problem detail
 * ({@code application/problem+json}) with the refusal's status (400, 403, 404, 409); its language is the
 * one the request's {@code Accept-Language} asks for, else the page language.</li>
 * <li>A page that is not found or not the user's answers the 404 or 403 page; a page that cannot be shown
 * as asked answers the 400 or 409 page with the reason, as the reader reads it, in the model attribute
 * {@value #REFUSAL}.</li>
 * <li>A form the page could not carry out goes back to the page it came from (the {@code Referer}, or
 * where the controller said with {@link #backTo}) with the reason as the flash attribute
 * {@value #PROBLEM}; a controller that shows the reason beside one row of its page names the row with
 * {@link #at}, which comes back as the flash attribute {@value #PROBLEM_AT} and the link's fragment.</li>
 * </ul>
 * Controllers that show the refused form again with what the user typed catch {@link Refused} themselves.
 */
@ControllerAdvice
public class RefusalAdvice {

	/** The flash attribute with the reason a form was refused, as the reader reads it. */
	public static final String PROBLEM = "problem";

	/** The flash attribute with the row of the page the refusal belongs beside. */
	public static final String PROBLEM_AT = "problemAt";

	/** The model attribute of the 400 and 409 pages with the reason a page was refused, as the reader reads it. */
	public static final String REFUSAL = "refusal";

	private static final String BACK = RefusalAdvice.class.getName() + ".back";

	private static final String AT = RefusalAdvice.class.getName() + ".at";

	private final MessageSource messages;

	RefusalAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/** Where a refused form goes back to when the page it came from is not to be taken from the Referer. */
	public static void backTo(HttpServletRequest request, String path) {
		request.setAttribute(BACK, path);
	}

	/** The row of the page (an element id) a refusal of this request belongs beside. */
	public static void at(HttpServletRequest request, String anchor) {
		request.setAttribute(AT, anchor);
	}

	@ExceptionHandler({ Refused.class, NotFound.class, Forbidden.class })
	Object refused(RuntimeException thrown, HttpServletRequest request, HttpServletResponse response,
			HandlerMethod handler) throws IOException {
		Refusal ex = (Refusal) thrown;
		if (isApi(request, handler)) {
			return problem(ex.status(), ex, request);
		}
		if (!(ex instanceof Refused)) {
			response.sendError(ex.status().value(), thrown.getMessage());
			return new ModelAndView();
		}
		Locale locale = RequestContextUtils.getLocale(request);
		if (HttpMethod.GET.matches(request.getMethod())) {
			return new ModelAndView("error/" + ex.status().value(), Map.of(REFUSAL, messages.getMessage(ex, locale)),
					ex.status());
		}
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put(PROBLEM, messages.getMessage(ex, locale));
		String anchor = (String) request.getAttribute(AT);
		if (anchor != null) {
			flash.put(PROBLEM_AT, anchor);
		}
		String back = back(request);
		return new ModelAndView(new RedirectView(anchor == null ? back : back + "#" + anchor));
	}

	/** A path or query parameter of the wrong type: a 400 problem for the API, the default for pages. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HandlerMethod handler) throws MethodArgumentTypeMismatchException {
		if (!isApi(request, handler)) {
			throw ex;
		}
		String type = ex.getRequiredType() == null ? "" : ex.getRequiredType().getSimpleName();
		return problem(HttpStatus.BAD_REQUEST, new DefaultMessageSourceResolvable(
				new String[] { "refusal.parameter" }, new Object[] { ex.getName(), type, String.valueOf(ex.getValue()) }),
				request);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, MessageSourceResolvable reason,
			HttpServletRequest request) {
		Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null ? request.getLocale()
				: RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(reason, locale));
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static boolean isApi(HttpServletRequest request, HandlerMethod handler) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
	}

	/** The page the form came from: as the controller said, else the Referer's path (never another site). */
	private static String back(HttpServletRequest request) {
		if (request.getAttribute(BACK) instanceof String path) {
			return request.getContextPath() + path;
		}
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String path = uri.getRawPath();
				if (path != null && path.startsWith("/") && !path.startsWith("//")) {
					return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
				}
			}
			catch (IllegalArgumentException ex) {
				// an unreadable Referer: go home, as without one
			}
		}
		return request.getContextPath() + "/admin";
	}

}
