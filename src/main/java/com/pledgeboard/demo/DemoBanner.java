package com.pledgeboard.demo;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks every page of the demonstration year: a request whose address names the year (the portal's
 * {@code /years/{year}/…}), its plan year id (the back office's {@code …/{planYearId}/…}), one of its
 * department entries ({@code {entryId}}) or commitments ({@code {commitmentId}}) carries the
 * request attribute {@value #ATTRIBUTE}, on which the layout shows the banner 演示数据.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pledgeboard.demo", havingValue = "true")
class DemoBanner implements WebMvcConfigurer {

	static final String ATTRIBUTE = "demoData";

	private final DemoYears years;

	DemoBanner(DemoYears years) {
		this.years = years;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (isDemo(request)) {
					request.setAttribute(ATTRIBUTE, Boolean.TRUE);
				}
				return true;
			}

		});
	}

	private boolean isDemo(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
			return false;
		}
		try {
			if (variables.get("year") instanceof String year) {
				return years.isDemoYear(Integer.parseInt(year));
			}
			if (variables.get("planYearId") instanceof String id) {
				return years.isDemoPlanYear(Long.parseLong(id));
			}
			if (variables.get("entryId") instanceof String id) {
				return years.isDemoEntry(Long.parseLong(id));
			}
			if (variables.get("commitmentId") instanceof String id) {
				return years.isDemoCommitment(Long.parseLong(id));
			}
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return false;
	}

}
