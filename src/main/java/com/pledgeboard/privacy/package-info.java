/**
 * What identifies a person is kept only as a keyed hash: {@code Hmac} (HMAC-SHA256 with a server secret)
 * for mobile numbers, one-time codes and client addresses, used by evaluation, account and audit alike.
 * Publishes and listens to nothing.
 */
@com.pledgeboard.OwnsTables({ "privacy_setting" })
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package com.pledgeboard.privacy;
