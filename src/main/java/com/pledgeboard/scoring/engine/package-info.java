/**
 * The scoring arithmetic, plain Java without Spring or I/O: attainment functions, the scheme that
 * lists them with their weights, ranking within a category and grades. Its records are also the
 * explanation of every score, so the portal reads them through this named interface.
 */
@org.springframework.modulith.NamedInterface("engine")
package com.pledgeboard.scoring.engine;
