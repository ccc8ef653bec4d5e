package com.pledgeboard.audit;

import com.pledgeboard.i18n.Dates;
import com.pledgeboard.i18n.Numbers;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The audit trail ({@link AuditSlice}) and the back office's page of it, {@code /admin/audit}, with the
 * {@code @dates} and {@code @numbers} its template writes with.
 */
@Configuration(proxyBeanMethods = false)
@Import({ AuditSlice.class, AuditController.class, Dates.class, Numbers.class })
public class AuditPageSlice {

}
