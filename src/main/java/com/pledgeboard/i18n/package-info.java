/**
 * The language of what people read: {@code Message}, a message code of the bundles with its arguments,
 * resolved in the reader's language by Spring's {@code MessageSource}; {@code Refusal}, the exceptions
 * that carry one; and {@code Dates}, the one way pages write dates (2022年9月30日, 30 Sep 2022).
 * Used by every module; publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language")
package com.pledgeboard.i18n;
