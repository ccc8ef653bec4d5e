#!/usr/bin/env bash
# Public ratings under load: POST /evaluate/{year}/rate from wrk on loopback against the running jar
# (fresh H2 file database under target/bench-ratings), each request a different verified number, then
# the stored rows checked against the acknowledged ones; baseline: the same number of rows inserted
# into the same table of the same database (a copy taken before the load) by a plain JDBC batch.
#   bench/ratings.sh [sessions, default 3000] [seconds at most, default 30] [connections, default 8]
# Connections stay below 10, Hikari's default pool: from about 10 concurrent submissions up, the
# server can stall (each submission holds a connection in its transaction and RequestLimits asks for
# a second one, REQUIRES_NEW, so a full pool waits for itself until Hikari's 30 s timeout; see
# BENCHMARKS.md). bench/ratings.sh 3000 30 16 shows it.
# Each session rates every department of the seed year (16), so one acknowledged submission is 16 rows.
# Needs: apt-get install wrk; Java 17; builds the jar if it is missing.
#
# Nothing in the application is weakened for this. The bench starts the jar with command-line
# properties that exist for every deployment: higher request limits (pledgeboard.evaluation.*; the
# defaults allow 600 code requests and 600 submissions a minute in all and 10/20 an hour per client
# address, and every request here comes from 127.0.0.1) and a code validity of 30 minutes, so that
# codes prepared before the run are still alive. The SMS gateway is the default LoggingSmsGateway
# (the embedded default, never for production): the preparing step requests a code for each number
# through the real pages and reads the code from the server log, as a developer would.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-3000}
seconds=${2:-30}
connections=${3:-8}
warmup=1000
threads=2
year=2022
port=18080
base="http://127.0.0.1:$port"
jar=target/pledgeboard-0.1.0-SNAPSHOT.jar
work=target/bench-ratings
rm -rf "$work" && mkdir -p "$work/data" "$work/baseline"
[ -f "$jar" ] || mvn -q -B -DskipTests package
h2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep "$(unzip -l "$jar" | grep -o 'h2-[0-9.]*\.jar' | head -1)")
helper() { java -cp "$h2" bench/RatingsBench.java "$@"; }
db="jdbc:h2:file:$(pwd)/$work/data/pledgeboard"

app_pid=
start() {
  (cd "$work" && exec java -Xmx1g -jar ../pledgeboard-0.1.0-SNAPSHOT.jar --server.port=$port \
    --spring.datasource.url="jdbc:h2:file:./data/pledgeboard" "$@" >> app.log 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "server did not start; see $work/app.log" >&2; exit 1
}
stop() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=; }
trap 'stop' EXIT

# 1. A fresh database: migrations and the seed year (PUBLISHED), then the year moved to ASSESSING with
#    the server stopped, as an administrator would with SQL; a copy of that state for the baseline.
start
stop
helper open "$db" "$year"
cp "$work"/data/pledgeboard.mv.db "$work/baseline/"

# 2. The server with load-test limits, and the verified sessions (warm-up ones first).
start --pledgeboard.evaluation.requests-per-minute=100000000 \
  --pledgeboard.evaluation.codes-per-address-per-hour=100000000 \
  --pledgeboard.evaluation.submissions-per-address-per-hour=100000000 \
  --pledgeboard.evaluation.code-validity=30m
helper prepare "$base" "$year" $((warmup + sessions)) 8 "$work/app.log" "$work/all.tsv"
head -n "$warmup" "$work/all.tsv" > "$work/warmup.tsv"
tail -n +"$((warmup + 1))" "$work/all.tsv" > "$work/sessions.tsv"

# 3. Warm-up (JIT), then the measured run: stops when every session is answered or after $seconds.
echo "== warm-up: $warmup ratings"
wrk -t$threads -c"$connections" -d15s --timeout 10s -s bench/ratings.lua "$base" -- "$work/warmup.tsv" $threads $year \
  | grep -E "^ratings|^answered"
echo "== wrk -t$threads -c$connections -d${seconds}s, $sessions sessions, $(nproc) cores, $(date -u +%FT%TZ)"
wrk -t$threads -c"$connections" -d"${seconds}s" --timeout 10s -s bench/ratings.lua "$base" -- "$work/sessions.tsv" $threads $year \
  | tee "$work/wrk.txt" | grep -E "^ratings|^wrk|^answered|^latency"

# 4. What the server said to each session (the flash message of the redirect), then what it stored.
echo "== acknowledgements: warm-up"
helper verify "$base" "$year" "$work/warmup.tsv" | tee "$work/verify-warmup.txt"
echo "== acknowledgements: measured run"
helper verify "$base" "$year" "$work/sessions.tsv" | tee "$work/verify.txt"
stop
echo "== stored (warm-up + measured run)"
helper count "$db" | tee "$work/count.txt"
acked() { sed -n 's/.*acknowledged [0-9]* (\([0-9]*\) ratings).*/\1/p' "$1"; }
stored=$(sed -n 's/^public_rating: \([0-9]*\) rows.*/\1/p' "$work/count.txt")
expected=$(( $(acked "$work/verify-warmup.txt") + $(acked "$work/verify.txt") ))
if [ "$stored" -eq "$expected" ]; then echo "stored rows $stored = acknowledged rows $expected"
else echo "MISMATCH: stored rows $stored, acknowledged rows $expected"; mismatch=1; fi

# 5. Baseline: as many rows as the measured run stored, plain JDBC batch, same table, same database state.
sub() { sed -n "s/.*acknowledged \([0-9]*\) (.*/\1/p" "$1"; }
rows=$(acked "$work/verify.txt")
per=$(( rows / $(sub "$work/verify.txt") ))
answered=$(sed -n 's/.* answered 302 \([0-9]*\),.*/\1/p' "$work/wrk.txt")
window=$(sed -n 's/.* answered in \([0-9.]*\) s, first sent.*/\1/p' "$work/wrk.txt")
# The rate counts the ratings wrk saw answered within its window; ones still in flight when wrk
# stopped were stored and acknowledged in their session (counted above) but fall outside the window.
echo "== server: $answered submissions × $per rows answered in $window s: $(awk "BEGIN { printf \"%.0f\", $answered * $per / $window }") rows/s"
echo "== baseline"
helper baseline "jdbc:h2:file:$(pwd)/$work/baseline/pledgeboard" "$year" "$(acked "$work/verify-warmup.txt")" "$rows"
exit "${mismatch:-0}"
