package com.pledgeboard.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The office's user administration, {@code /admin/users}, for a web slice of another module
 * ({@link com.pledgeboard.support.WebSlice} brings the security chain): here, because the controller is
 * the module's and package-private.
 */
@Configuration(proxyBeanMethods = false)
@Import(UserAdminController.class)
public class UserAdminSlice {

}
