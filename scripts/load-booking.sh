#!/usr/bin/env bash
# Booking under load on the local PostgreSQL (docs/performance.md, "Booking under load"):
#   1. creates a schema of its own in database "test" and seeds a large clinic into it (benchmarks/ SeedClinic:
#      40 therapists, 20 rooms, 3 years of history, the next 4 weeks 70 % booked);
#   2. starts Stillpoint's boot jar on that schema and books distinct free consultations through
#      POST /api/v1/appointments at CLIENTS concurrent clients for SECONDS_RUN seconds (after WARMUP seconds not counted),
#      as the front desk with a personal API token (AUTH=basic: HTTP Basic on every request); reports throughput
#      and p50/p95/p99 latency, then the same for
#      GET /api/v1/me (authentication alone);
#   3. checks with SQL that no two appointments that are not cancelled overlap, per therapist and per room;
#   4. books the same way inside the application (InProcessBooking: Scheduling.book from CLIENTS threads, no HTTP,
#      signed in once), to separate the booking work from the web layer and the password check;
#   5. runs pgbench at CLIENTS clients for SECONDS_RUN seconds with the same SQL transaction a booking does
#      (scripts/load/booking-transaction.sql), reports its throughput and latency, checks again, and prints the
#      ratio of the API's throughput to pgbench's;
#   6. stops the application and drops the schema.
#
#   scripts/load-booking.sh                 defaults: CLIENTS=16 SECONDS_RUN=30 WARMUP=10
#   SECONDS_RUN=60 CLIENTS=16 scripts/load-booking.sh
#   PGHOST/PGPORT/PGUSER/PGDATABASE (127.0.0.1/5432/postgres/test) choose the server.
set -euo pipefail

cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-16}"
RUN_SECONDS="${SECONDS_RUN:-30}"
WARMUP="${WARMUP:-10}"
PASSWORD="load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
SCHEMA_PREFIX=sp_load PORT_FROM=18800
. scripts/load/common.sh

echo "== seeding the clinic"
java -cp "$bench" org.stillpoint.benchmarks.SeedClinic "$JDBC" "$SCHEMA" "$PASSWORD" 3 4 | tee "$work/seed.txt"
consultation=$(sed -n 's/^consultation=//p' "$work/seed.txt")
desk=$(sed -n 's/^frontDesk=//p' "$work/seed.txt")

start_app

overlaps() {
  psql -X -At -c "
    SELECT (SELECT count(*) FROM $SCHEMA.appointment a JOIN $SCHEMA.appointment b
              ON a.therapist_id = b.therapist_id AND a.id < b.id
             AND b.start_at > a.start_at - INTERVAL '6 hours' AND b.start_at < a.blocked_until
             AND a.start_at < b.blocked_until
           WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED') || ' ' ||
           (SELECT count(*) FROM $SCHEMA.appointment a JOIN $SCHEMA.appointment b
              ON a.room_id = b.room_id AND a.id < b.id
             AND b.start_at > a.start_at - INTERVAL '6 hours' AND b.start_at < a.blocked_until
             AND a.start_at < b.blocked_until
           WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED')"
}

echo "== booking through the API: $CLIENTS clients, ${WARMUP}s warm-up, ${RUN_SECONDS}s measured"
before=$(psql -X -At -c "SELECT count(*) FROM $SCHEMA.appointment")
java -cp "$bench" org.stillpoint.benchmarks.LoadClient "http://127.0.0.1:$port" "$desk" "$PASSWORD" "$consultation" \
  "$CLIENTS" "$RUN_SECONDS" "$WARMUP" | tee "$work/load.txt"
after=$(psql -X -At -c "SELECT count(*) FROM $SCHEMA.appointment")
read -r t_overlaps r_overlaps <<<"$(overlaps)"
echo "appointments stored by the API run: $((after - before)); overlapping pairs: therapist $t_overlaps, room $r_overlaps"
app_cpu=$(awk '{ printf "%.1f", ($14 + $15) / '"$(getconf CLK_TCK)"' }' "/proc/$app_pid/stat" 2>/dev/null || echo "?")
kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
app_pid=""

echo "== the same bookings in-process (Scheduling.book, no HTTP, signed in once): $CLIENTS threads"
java -cp "$bench" org.stillpoint.benchmarks.InProcessBooking "$JDBC" "$SCHEMA" "$CLIENTS" "$RUN_SECONDS" "$WARMUP" \
  2>&1 | grep -v ' WARN ' | tee "$work/inprocess.txt"

echo "== pgbench: the same transaction, $CLIENTS clients, ${RUN_SECONDS}s"
base=$(( $(date +%s) + 120 * 86400 ))
(cd "$work" && PGOPTIONS="-c search_path=$SCHEMA" pgbench -n -c "$CLIENTS" -j 2 -T "$RUN_SECONDS" -D n=0 -D base="$base" \
   -l --log-prefix=pgbench -f "$OLDPWD/scripts/load/booking-transaction.sql" | tee pgbench.txt)
pg_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.txt")
cat "$work"/pgbench.* 2>/dev/null | awk '{ print $3 / 1000.0 }' | sort -n > "$work/pg-latency.txt"
pct() { awk -v p="$1" '{ v[NR] = $1 } END { i = int(p / 100 * NR + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] }' "$work/pg-latency.txt"; }
echo "pgbench latency ms p50 $(pct 50)  p95 $(pct 95)  p99 $(pct 99)  ($(wc -l <"$work/pg-latency.txt") transactions)"
read -r t_overlaps2 r_overlaps2 <<<"$(overlaps)"
echo "overlapping pairs after pgbench: therapist $t_overlaps2, room $r_overlaps2"

app_tps=$(sed -n 's/^RESULT .* tps=\([0-9.]*\) .*/\1/p' "$work/load.txt")
echo "== summary"
sed -n 's/^RESULT /api: /p' "$work/load.txt"
sed -n 's/^RESULT /in-process: /p' "$work/inprocess.txt"
echo "pgbench: tps=$pg_tps p50=$(pct 50) p95=$(pct 95) p99=$(pct 99)"
in_tps=$(sed -n 's/^RESULT .* tps=\([0-9.]*\) .*/\1/p' "$work/inprocess.txt")
awk -v a="$app_tps" -v i="$in_tps" -v p="$pg_tps" 'BEGIN {
  printf "ratio api/pgbench = %.3f (budget >= 0.5); in-process/pgbench = %.3f\n", a / p, (i == "" ? 0 : i) / p }'
echo "application CPU seconds during start and the API run: $app_cpu; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$t_overlaps" != 0 ] || [ "$r_overlaps" != 0 ] || [ "$t_overlaps2" != 0 ] || [ "$r_overlaps2" != 0 ]; then
  echo "DOUBLE BOOKING FOUND" >&2
  exit 1
fi
