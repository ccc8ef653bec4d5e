package com.pledgeboard.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit trail's files outside the database, each property read once. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfig {

	@Bean
	AuditFiles auditFiles(@Value("${pledgeboard.audit.home:./data/audit}") String home,
			@Value("${pledgeboard.audit.key-file:}") String keyFile,
			@Value("${pledgeboard.audit.checkpoint-dir:}") String checkpointDirectory) {
		return AuditFiles.of(home, keyFile, checkpointDirectory);
	}

	@Bean
	AuditKeys auditKeys(AuditFiles files) {
		return AuditKeys.loadOrCreate(files.keyFile());
	}

}
