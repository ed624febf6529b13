# Shared by the resilience scripts (crash, outage, multi-instance): a throwaway PostgreSQL 15
# with durability on, the production jar, check bookkeeping, and cleanup of every process started.
# Source it; then call harness_init NAME.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
JAR="${PARTVOTE_JAR:-$ROOT/bootstrap/target/partvote.jar}"
LOAD="$ROOT/scripts/lib/partvote_load.py"
APP_PIDS=()
PG_DIR=""
PG_PORT=""
WORK=""
CHECK_NAME=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

harness_init() {
  CHECK_NAME="$1"
  WORK="$(mktemp -d "/tmp/partvote-$CHECK_NAME.XXXXXX")"
  chmod 755 "$WORK"
  : > "$WORK/checks"
  trap harness_cleanup EXIT
  trap 'exit 130' INT TERM
  if [ ! -x "$PGBIN/postgres" ]; then
    echo "$CHECK_NAME: PostgreSQL 15 binaries not found in $PGBIN (Debian package postgresql-15)" >&2
    exit 2
  fi
  if [ ! -f "$JAR" ]; then
    log "building the production jar"
    (cd "$ROOT" && ./mvnw -B -q -ntp package -DskipTests)
  fi
  # one key for every instance of this run, as PARTVOTE_AUTH_JWT_SECRET would be in production
  JWT_SECRET="$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')"
  # and one ballot-log key (Ed25519, PKCS#8), as PARTVOTE_LOG_SIGNING_KEY would be
  LOG_KEY="$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)"
  log "$CHECK_NAME: working in $WORK"
}

harness_cleanup() {
  local status=$?
  set +e
  for pid in "${APP_PIDS[@]}"; do
    kill -9 "$pid" 2>/dev/null
  done
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/postmaster.pid" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR" -m immediate -w stop >/dev/null 2>&1
  fi
  if [ "$status" -eq 0 ] && [ -z "${KEEP_WORK:-}" ]; then
    rm -rf "$WORK"
  else
    echo "$CHECK_NAME: logs kept in $WORK" >&2
  fi
}

# ---- PostgreSQL ------------------------------------------------------------------------

pg_init() {
  PG_DIR="$WORK/pgdata"
  PG_PORT="$(free_port)"
  mkdir -p "$PG_DIR"
  chown postgres: "$PG_DIR"
  chmod 700 "$PG_DIR"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DIR" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1
  pg_start
  psql_admin -c "CREATE ROLE app LOGIN PASSWORD 'app'" -c "CREATE DATABASE app OWNER app" >/dev/null
  log "PostgreSQL on port $PG_PORT: fsync=$(psql_app -c 'SHOW fsync'), synchronous_commit=$(psql_app -c 'SHOW synchronous_commit'), full_page_writes=$(psql_app -c 'SHOW full_page_writes')"
}

pg_start() {
  # durability on, whatever a local configuration says
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=200" >/dev/null
}

# stops like a crash: no shutdown checkpoint, crash recovery at the next start
pg_crash() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR" -m immediate -w stop >/dev/null
}

psql_admin() { runuser -u postgres -- "$PGBIN/psql" -X -q -h "$PG_DIR" -p "$PG_PORT" -U postgres "$@"; }
psql_app() { "$PGBIN/psql" -X -q -At -h "$PG_DIR" -p "$PG_PORT" -U postgres -d app "$@"; }
psql_command() { echo "$PGBIN/psql -X -q -At -h $PG_DIR -p $PG_PORT -U postgres -d app"; }

# ---- the application -------------------------------------------------------------------

# app_start NAME PORT: starts the production jar (prod profile) and waits until it is healthy
app_start() {
  local name="$1" port="$2"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/app" \
  SPRING_DATASOURCE_USERNAME=app SPRING_DATASOURCE_PASSWORD=app \
  PARTVOTE_AUTH_JWT_SECRET="$JWT_SECRET" PARTVOTE_LOG_SIGNING_KEY="$LOG_KEY" PARTVOTE_REGISTRATION_MODE=open \
  PARTVOTE_HOME="$WORK/home" PARTVOTE_HEAP=256m \
    "$ROOT/deploy/partvote" --jar "$JAR" --spring.profiles.active=prod --server.port="$port" \
      --partvote.auth.bcrypt-cost=4 --partvote.throttle.max-sign-ups-per-client=1000000 >>"$WORK/$name.log" 2>&1 &
  local pid=$!
  disown "$pid" # no job-control notice when it is killed on purpose
  APP_PIDS+=("$pid")
  eval "${name}_PID=$pid"
  local started=$SECONDS
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited during start-up; its log:" >&2
      tail -40 "$WORK/$name.log" >&2
      exit 1
    fi
    if [ $((SECONDS - started)) -gt 120 ]; then
      echo "$name not healthy after 120 s" >&2
      exit 1
    fi
    sleep 0.3
  done
  log "$name (pid $pid) healthy on port $port after $((SECONDS - started)) s"
}

app_kill9() {
  kill -9 "$1"
  wait_gone "$1"
}

wait_gone() {
  while kill -0 "$1" 2>/dev/null; do sleep 0.05; done
}

# ---- checks ----------------------------------------------------------------------------

pass() { printf 'PASS\t%s\n' "$*" >>"$WORK/checks"; echo "  PASS $*"; }
fail() { printf 'FAIL\t%s\n' "$*" >>"$WORK/checks"; echo "  FAIL $*"; }

# prints "<name>: N passed, M failed" and fails the script if anything failed
summarize() {
  local passed failed
  passed=$(grep -c '^PASS' "$WORK/checks" || true)
  failed=$(grep -c '^FAIL' "$WORK/checks" || true)
  echo "$CHECK_NAME: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}
