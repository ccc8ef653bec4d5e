/**
 * Backup and restore: a consistent, checksummed snapshot of every table (evidence files included, as
 * they live in the database) and of the audit checkpoints, in a portable format that restores into
 * H2 or PostgreSQL, and the restore of such a snapshot into a fresh database. Offers {@code Backups};
 * publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package com.pledgeboard.backup;
