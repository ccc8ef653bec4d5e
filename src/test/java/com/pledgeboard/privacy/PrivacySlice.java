package com.pledgeboard.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The privacy module's part of a slice: {@link Hmac} and its persistence home, on the slice's database.
 */
@Configuration(proxyBeanMethods = false)
@Import({ Hmac.class, PrivacyStore.class })
public class PrivacySlice {

}
