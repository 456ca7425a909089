# The setup the load scripts share; sourced by scripts/load-*.sh after `set -euo pipefail` and `cd` to the project
# root, with SCHEMA_PREFIX (the schema's name begins with it) and PORT_FROM (the first of a hundred ports tried) set:
#   - PGHOST/PGPORT/PGUSER/PGDATABASE (127.0.0.1/5432/postgres/test) choose the server; JDBC is its URL;
#   - jar (Stillpoint's boot jar) and bench (the benchmarks jar), packaged when missing;
#   - port, a free one; work, a scratch directory; SCHEMA, created here and dropped on exit with the application
#     (app_pid) stopped and work removed;
#   - start_app: starts the jar on SCHEMA at port and waits until it is ready.
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-test}"
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE"
SCHEMA="${SCHEMA_PREFIX}_$(date +%s)_$$"

jar=$(ls target/stillpoint-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/stillpoint-*.jar | grep -v -- '-plain' | head -1)
fi
bench=benchmarks/target/stillpoint-benchmarks.jar
[ -f "$bench" ] || ./mvnw -q -B -f benchmarks/pom.xml package

port=""
for p in $(seq "$PORT_FROM" $((PORT_FROM + 99))); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "no free port in $PORT_FROM-$((PORT_FROM + 99))" >&2; exit 1; }

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q -X -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); schema $SCHEMA"
psql -q -X -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $SCHEMA"

start_app() {
  echo "== starting Stillpoint on port $port"
  (cd "$work" && SPRING_DATASOURCE_URL="$JDBC?currentSchema=$SCHEMA" SPRING_DATASOURCE_USERNAME="$PGUSER" \
     SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SPRING_FLYWAY_SCHEMAS="$SCHEMA" SPRING_FLYWAY_DEFAULT_SCHEMA="$SCHEMA" \
     exec java ${JAVA_OPTS:-} -jar "$OLDPWD/$jar" --server.port="$port" --server.address=127.0.0.1 >app.log 2>&1) &
  app_pid=$!
  for _ in $(seq 1 180); do
    curl -s --max-time 1 "http://127.0.0.1:$port/actuator/health/readiness" | grep -q '"UP"' && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.5
  done
}
