package com.pledgeboard.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The audit module's part of a web slice ({@link com.pledgeboard.support.WebSlice}): the real audit trail
 * on the slice's database, which records what the slice's controllers and its sign-in do (the sign-in
 * events as the application publishes them, {@link SignInEventsConfig}). Here, in the
 * module's own package, because these classes are the module's and package-private.
 */
@Configuration(proxyBeanMethods = false)
@Import({ AuditConfig.class, AuditStore.class, AuditEntries.class, AuditTrail.class, SignInEventsConfig.class })
public class AuditSlice {

}
