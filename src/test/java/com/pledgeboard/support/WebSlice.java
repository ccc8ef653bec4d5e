package com.pledgeboard.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.pledgeboard.WebConfig;
import com.pledgeboard.account.SecuritySlice;
import com.pledgeboard.catalogue.DirectorySlice;
import com.pledgeboard.i18n.RefusalAdvice;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A web slice: Spring MVC with MockMvc, the one {@code RefusalAdvice}, the language switch
 * ({@code WebConfig}), the message bundles and the real security filter chain (sign-in, CSRF, roles;
 * {@link SecuritySlice}, with the catalogue's department directory it checks users against,
 * {@link DirectorySlice}), on the database of a {@link DataSlice} (in-memory H2, every migration
 * applied). The controllers under test and what they need come from the test's own {@code @Import} of
 * the real classes: no stand-ins. Of the application's web components only those two are scanned (a
 * module's own advice or filter, such as the portal's page cache, comes with that module's classes
 * through the test's {@code @Import}); the oversized-request filter is left to {@code OversizedBodyTests}.
 * No other module's beans, no seed import, no server, so it starts in a fraction of the whole
 * application's time; journeys and whole-application tests stay for what crosses modules. Tagged
 * {@code slice}: {@code mvn test -Dgroups=slice} runs the slices alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("slice")
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { WebConfig.class, RefusalAdvice.class }))
@Import({ DataSlice.Database.class, SecuritySlice.class, DirectorySlice.class })
public @interface WebSlice {

}
