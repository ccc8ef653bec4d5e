/**
 * Users, roles, sign-in and per-department authorisation of the back office. Publishes
 * {@code AuditEvent}s for every change to a user; offers {@code Accounts} to other modules to learn who
 * is signed in and what they may touch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package com.pledgeboard.account;
