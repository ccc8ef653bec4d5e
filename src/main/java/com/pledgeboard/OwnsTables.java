package com.pledgeboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database tables and views a module owns, named on its {@code package-info}. Only the owner's
 * persistence classes write or join them; other modules read through the owner's API, or through a view
 * the owner publishes as a read model ({@link #published()}). {@code TableOwnershipTests} checks that
 * every table and view of the migrations has exactly one owner, and finds SQL in one module that names
 * another's table, or a view of another module that it does not publish or that the reading module
 * does not depend on; the README's module map lists the owners.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

	/** Table (and private view) names as the migrations create them, in lower case. */
	String[] value();

	/**
	 * Views the module owns and publishes to other modules as read models, in lower case, named
	 * {@code v_...}: a module that depends on this one (Spring Modulith's dependencies) may name them in
	 * its SQL. Only views may be published; the owner keeps their columns as stable as a public method.
	 */
	String[] published() default {};

}
