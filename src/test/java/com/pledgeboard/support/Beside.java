package com.pledgeboard.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs beside the others rather than after them: on a second thread, while the rest go
 * on one after another on the first ({@code junit-platform.properties} enables JUnit's parallel execution
 * with two threads, every class on the first by default). For classes that share nothing with the rest:
 * plain Java with no system property or fixed port of its own (the failure drills' separate JVMs, the
 * corpora made by LibreOffice, Chromium and Tesseract), and Spring tests whose application context no
 * other class uses, so that its database is theirs alone, and which hold JUnit's lock on the system
 * properties for reading, so that none starts while the command line's tests point
 * {@code spring.datasource.url} at their file ({@code BesideTests} fails otherwise). The classes marked
 * so run one at a time among themselves (one lock, which also keeps each class's methods on one thread,
 * in order). Classes run in the order of their {@code @Order} (then as surefire gives them): the command
 * line's tests come first on the first thread and the plain classes first on the second, so that the
 * lock on the system properties rarely makes one thread wait for the other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Beside.LOCK)
public @interface Beside {

	String LOCK = "pledgeboard.beside";

}
