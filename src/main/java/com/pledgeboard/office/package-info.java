/**
 * The back-office home: what waits for the signed-in user, gathered from what every module offers as
 * {@code BackOfficeTasks} and worded in the reader's language ({@code HomeSections}). Depends on no
 * module that offers tasks, only on who the user is; publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back-office home")
package com.pledgeboard.office;
