/**
 * The language of what people read: {@code Message}, a message code of the bundles with its arguments,
 * resolved in the reader's language by Spring's {@code MessageSource}; {@code Refusal}, the exceptions
 * that carry one ({@code Refused}, {@code Conflict}, {@code NotFound}, {@code Forbidden}), which
 * {@code RefusalAdvice} alone turns into a flash message or an RFC 9457 problem; {@code Dates}, the one way pages write dates (2022年9月30日, 30 Sep 2022); and
 * {@code Numbers}, the one way they write amounts (12万, 120,000).
 * Used by every module; publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language")
package com.pledgeboard.i18n;
