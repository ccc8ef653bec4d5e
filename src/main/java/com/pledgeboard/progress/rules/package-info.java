/**
 * The rules of progress as plain Java, with no Spring and no I/O: the reporting calendar of a plan
 * year, whether a target is cumulative or a level, and the status light (红黄绿灯) of a target and a
 * commitment with the reason for it. Exposed to other modules (the portal shows lights) as a named
 * interface.
 */
@org.springframework.modulith.NamedInterface("rules")
package com.pledgeboard.progress.rules;
