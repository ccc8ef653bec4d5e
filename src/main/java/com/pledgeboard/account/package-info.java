/**
 * Users, roles, sign-in and per-department authorisation of the back office. Publishes
 * {@code AuditEvent}s for every change to a user; offers {@code Accounts} to other modules to learn who
 * is signed in and what they may touch.
 */
@com.pledgeboard.OwnsTables(value = { "app_user", "sign_in_throttle", "spring_session", "spring_session_attributes" },
		published = { "v_user_display_name" })
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package com.pledgeboard.account;
