package com.pledgeboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database tables a module owns, named on its {@code package-info}. Only the owner's persistence
 * classes write or join them; other modules read through the owner's API. {@code TableOwnershipTests}
 * checks that every table of the migrations has exactly one owner and finds SQL in one module that
 * names another's table; the README's module map lists the owners.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

	/** Table names as the migrations create them, in lower case. */
	String[] value();

}
