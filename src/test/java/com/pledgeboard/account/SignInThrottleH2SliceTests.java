package com.pledgeboard.account;

/** The sign-in throttle's data slice on H2, the embedded default. */
class SignInThrottleH2SliceTests extends SignInThrottleSlice {

}
