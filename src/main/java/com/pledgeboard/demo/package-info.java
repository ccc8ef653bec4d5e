/**
 * The opt-in demonstration ({@code --demo}, property {@code pledgeboard.demo=true}, never by default):
 * a copy of the seed table as another plan year, driven through the other modules' own services to a
 * close, and a banner marking every page of that year as demonstration data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package com.pledgeboard.demo;
