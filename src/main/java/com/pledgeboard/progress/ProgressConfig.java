package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;

import com.pledgeboard.extraction.ReadingExtractor;
import com.pledgeboard.progress.rules.LightRules;
import com.pledgeboard.progress.rules.NarrativeReadings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The progress module's settings: the margin of a yellow light, the calendar's time zone (due dates
 * are days in China, whatever zone a server runs in), the reader of narratives and the scheduler for
 * reminders.
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

	@Bean
	Clock progressClock(@Value("${pledgeboard.progress.zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
