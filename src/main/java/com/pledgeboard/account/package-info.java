/**
 * Users, roles, sign-in and per-department authorisation of the back office. Publishes
 * {@code AuditEvent}s for every change to a user; offers {@code Accounts} to other modules to learn who
 * is signed in and what they may touch.
 */
@com.pledgeboard.OwnsTables({ "app_user", "sign_in_throttle", "spring_session", "spring_session_attributes" })
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package com.pledgeboard.account;
