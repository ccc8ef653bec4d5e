package com.pledgeboard.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/**
 * Spring Security publishes a failure event only for the exceptions it knows; a sign-in refused for a
 * reason of the application's own (too many failures) would then leave no trace in the audit trail.
 * With a default, every refusal is published, and the entry names the exception that refused it.
 */
@Configuration(proxyBeanMethods = false)
class SignInEventsConfig {

	@Bean
	DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		var events = new DefaultAuthenticationEventPublisher(publisher);
		events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		return events;
	}

}
