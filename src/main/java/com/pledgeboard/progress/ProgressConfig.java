package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

import com.pledgeboard.extraction.ReadingExtractor;
import com.pledgeboard.progress.rules.LightRules;
import com.pledgeboard.progress.rules.NarrativeReadings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * The progress module's settings: the margin of a yellow light, the calendar's time zone (due dates
 * are days in China, whatever zone a server runs in), the reader of narratives, the scheduler for
 * reminders and the text templates of their mails.
 */
@Configuration
@EnableScheduling
class ProgressConfig {

	@Bean
	LightRules lightRules(@Value("${pledgeboard.progress.margin:0.2}") BigDecimal margin) {
		return new LightRules(margin);
	}

	/** The readings a narrative proposes, for the report form and the disagreements shown beside a report. */
	@Bean
	NarrativeReadings narrativeReadings() {
		return new NarrativeReadings(new ReadingExtractor());
	}

	/**
	 * The mail templates, {@code templates/mail/*.txt} in Thymeleaf's TEXT mode, for the application's
	 * one template engine, which takes every {@code ITemplateResolver} bean beside its resolver of pages
	 * and asks this one first for the names it matches ({@code mail/...}).
	 */
	@Bean
	ITemplateResolver mailTemplateResolver(@Value("${spring.thymeleaf.cache:true}") boolean cache) {
		var resolver = new SpringResourceTemplateResolver();
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix(".txt");
		resolver.setResolvablePatterns(Set.of("mail/*"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(cache);
		resolver.setOrder(1);
		return resolver;
	}

	@Bean
	Clock progressClock(@Value("${pledgeboard.progress.zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
