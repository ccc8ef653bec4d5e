package com.pledgeboard.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Properties;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A test class that changes the JVM's system properties: the command line's tests, which point
 * {@code spring.datasource.url} at a file and start a Spring context in this JVM, which in turn sets
 * the logging system's own ({@code CONSOLE_LOG_THRESHOLD=OFF}, for a command's clean standard output).
 * It holds JUnit's lock on the system properties for writing, so that no Spring test {@link Beside} it
 * reads them meanwhile, and each of its tests gets the properties back as they were before it, so that
 * no later test's context opens the command's database or logs nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ExtendWith(SetsSystemProperties.Restore.class)
public @interface SetsSystemProperties {

	/** Puts the system properties back as they were before each test. */
	final class Restore implements BeforeEachCallback, AfterEachCallback {

		private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(Restore.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			Properties before = new Properties();
			before.putAll(System.getProperties());
			context.getStore(HERE).put("before", before);
		}

		@Override
		public void afterEach(ExtensionContext context) {
			System.setProperties(context.getStore(HERE).get("before", Properties.class));
		}

	}

}
