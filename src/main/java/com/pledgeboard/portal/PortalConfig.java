package com.pledgeboard.portal;

import java.time.Duration;

import com.pledgeboard.audit.AuditTrail;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class PortalConfig {

	/**
	 * First of all filters: a cached page needs neither the security chain, nor a session, nor the
	 * request observation (the cache times its hits itself).
	 */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(AuditTrail audit,
			@Value("${pledgeboard.cache.version-ttl:1s}") Duration versionTtl,
			@Value("${pledgeboard.cache.max-bytes:67108864}") long maxBytes, MeterRegistry meters) {
		var registration = new FilterRegistrationBean<>(new PublicPageCache(audit, versionTtl, maxBytes, meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/", "/years/*", "/api/v1/*");
		return registration;
	}

	@Bean
	OpenDataLicence openDataLicence(@Value("${pledgeboard.open-data.licence-name}") String name,
			@Value("${pledgeboard.open-data.licence-url}") String url) {
		return new OpenDataLicence(name, url);
	}

}
