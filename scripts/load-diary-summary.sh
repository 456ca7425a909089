#!/usr/bin/env bash
# The diary summary under load on the local PostgreSQL (docs/performance.md, "Diary summary"):
#   1. creates a schema of its own in database "test", fills it with the demo clinic and gives the demo client three
#      years of daily entries (benchmarks/ SeedDiary: about 1,100 check-ins and 350 attacks);
#   2. starts Stillpoint's boot jar on that schema and asks GET /api/v1/clients/{id}/diary/summary as the demo client
#      (with a personal API token) at CLIENTS concurrent clients for SECONDS_RUN seconds after WARMUP seconds not
#      counted: the default window (the latest 28 days), then all three years, then GET /api/v1/me (authentication
#      alone); reports throughput and p50/p95/p99 latency of each;
#   3. stops the application and drops the schema.
#
#   scripts/load-diary-summary.sh                  defaults: CLIENTS=4 SECONDS_RUN=30 WARMUP=10
#   CLIENTS=1 SECONDS_RUN=20 scripts/load-diary-summary.sh
#   PGHOST/PGPORT/PGUSER/PGDATABASE (127.0.0.1/5432/postgres/test) choose the server.
set -euo pipefail

cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-4}"
RUN_SECONDS="${SECONDS_RUN:-30}"
WARMUP="${WARMUP:-10}"
SCHEMA_PREFIX=sp_diary PORT_FROM=18900
. scripts/load/common.sh

echo "== the demo clinic, and three years of diary for the demo client"
java -cp "$bench" org.stillpoint.benchmarks.SeedDiary "$JDBC" "$SCHEMA" 2>&1 | grep -v ' WARN ' | tee "$work/seed.txt"
client=$(sed -n 's/^client=//p' "$work/seed.txt")

start_app

echo "== the summary through the API: $CLIENTS clients, ${WARMUP}s warm-up, ${RUN_SECONDS}s measured per phase"
java -cp "$bench" org.stillpoint.benchmarks.SummaryLoadClient "http://127.0.0.1:$port" client@demo.stillpoint.test \
  stillpoint-demo "$client" "$CLIENTS" "$RUN_SECONDS" "$WARMUP" | tee "$work/load.txt"
app_cpu=$(awk '{ printf "%.1f", ($14 + $15) / '"$(getconf CLK_TCK)"' }' "/proc/$app_pid/stat" 2>/dev/null || echo "?")

echo "== summary"
sed -n 's/^RESULT /api: /p' "$work/load.txt"
echo "application CPU seconds during start and the run: $app_cpu; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
if grep '^RESULT' "$work/load.txt" | grep -v -E 'statuses=\{200=[0-9]+\}$' >/dev/null; then
  echo "SOME REQUESTS DID NOT ANSWER 200" >&2
  exit 1
fi
