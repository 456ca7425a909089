#!/usr/bin/env bash
# Measures Stillpoint's boot jar: size, start-to-ready time and memory after start, on an empty H2 database and in
# demo mode. Every run starts the jar in a fresh temporary directory (so ./data is empty), on localhost only, and is
# stopped after the measurement. Prints each run and the medians (docs/performance.md explains the figures).
#
#   scripts/measure-startup.sh [runs]          runs per mode, default 5
#   JAVA_OPTS="-Xmx256m" scripts/measure-startup.sh 3     extra JVM flags
#   JAR=/tmp/stillpoint/stillpoint-0.1.0-SNAPSHOT.jar scripts/measure-startup.sh     another jar (e.g. extracted)
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${1:-5}"
TIMEOUT_S=90
JAVA_OPTS="${JAVA_OPTS:-}"

jar="${JAR:-$(ls target/stillpoint-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}"
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/stillpoint-*.jar | grep -v -- '-plain' | head -1)
fi
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

free_port() {
  local port
  for port in $(seq 18700 18799); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port in 18700-18799" >&2
  exit 1
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a" } else if (NR % 2) { print v[(NR + 1) / 2] } else { printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

clk_tck=$(getconf CLK_TCK)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

run_once() {
  local mode=$1 run=$2 dir port pid started ready_ms started_s rss_kb heap_kb cpu_s load status
  dir=$(mktemp -d)
  port=$(free_port)
  local args=(--server.port="$port" --server.address=127.0.0.1)
  [ "$mode" = demo ] && args+=(--stillpoint.demo=true)
  load=$(cut -d' ' -f1 /proc/loadavg)
  started=$(now_ms)
  # shellcheck disable=SC2086
  (cd "$dir" && exec java $JAVA_OPTS -jar "$jar" "${args[@]}" >app.log 2>&1) &
  pid=$!
  status=""
  # Ready = the readiness probe is UP: after the context, the web server and the start-up runners (demo data).
  while [ $(( $(now_ms) - started )) -lt $(( TIMEOUT_S * 1000 )) ]; do
    status=$(curl -s --max-time 1 "http://127.0.0.1:$port/actuator/health/readiness" || true)
    [[ "$status" == *'"UP"'* ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  ready_ms=$(( $(now_ms) - started ))
  if [[ "$status" != *'"UP"'* ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "run $mode #$run did not become ready within ${TIMEOUT_S}s; log:" >&2
    tail -30 "$dir/app.log" >&2
    rm -rf "$dir"
    exit 1
  fi
  if [ "$mode" = demo ]; then
    # The demo clinic must be there: the public rooms list answers 200 (503 until a clinic exists).
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/rooms")" = 200 ] \
      || { echo "demo mode: /api/v1/rooms did not answer 200" >&2; exit 1; }
  fi
  local java_pid
  java_pid=$(pgrep -P "$pid" java || echo "$pid")
  rss_kb=$(ps -o rss= -p "$java_pid" | tr -d ' ')
  cpu_s=$(awk -v t="$clk_tck" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$java_pid/stat")
  heap_kb=$(jcmd "$java_pid" GC.heap_info 2>/dev/null | awk '/heap/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { gsub(/[^0-9]/, "", $(i+1)); print $(i+1); exit } }')
  started_s=$(grep -o 'Started StillpointApplication in [0-9.]* seconds' "$dir/app.log" | grep -o '[0-9.]*' | head -1)
  kill "$java_pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  printf '%-5s #%d  started-in %6ss  ready %6.2fs  RSS %4d MB  heap used %4d MB  CPU %5ss  load %s\n' \
    "$mode" "$run" "${started_s:-?}" "$(awk -v m="$ready_ms" 'BEGIN { printf "%.2f", m / 1000 }')" \
    $(( rss_kb / 1024 )) $(( ${heap_kb:-0} / 1024 )) "$cpu_s" "$load"
  echo "$mode $started_s $ready_ms $rss_kb ${heap_kb:-0} $cpu_s" >>"$results"
}

echo "Stillpoint start-up measurement"
echo "jar:   $jar ($(( $(stat -c %s "$jar") / 1024 / 1024 )) MB, $(stat -c %s "$jar") bytes)"
echo "java:  $(java -version 2>&1 | head -1)${JAVA_OPTS:+ with $JAVA_OPTS}"
echo "host:  $(nproc) CPUs, $(awk '/MemTotal/ { printf "%d MB", $2 / 1024 }' /proc/meminfo) RAM"
echo "runs:  $RUNS per mode"
echo

for mode in empty demo; do
  for run in $(seq 1 "$RUNS"); do
    run_once "$mode" "$run"
  done
done

echo
echo "Medians ($RUNS runs each; budgets: ready <= 5 s, memory after start <= 400 MB, jar <= 100 MB)"
for mode in empty demo; do
  started=$(awk -v m="$mode" '$1 == m { print $2 }' "$results" | median)
  ready=$(awk -v m="$mode" '$1 == m { printf "%.2f\n", $3 / 1000 }' "$results" | median)
  rss=$(awk -v m="$mode" '$1 == m { print int($4 / 1024) }' "$results" | median)
  heap=$(awk -v m="$mode" '$1 == m { print int($5 / 1024) }' "$results" | median)
  cpu=$(awk -v m="$mode" '$1 == m { print $6 }' "$results" | median)
  printf '%-5s  started-in %ss  ready %ss  RSS %s MB  heap used %s MB  CPU %ss\n' \
    "$mode" "$started" "$ready" "$rss" "$heap" "$cpu"
done
