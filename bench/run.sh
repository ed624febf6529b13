#!/usr/bin/env bash
# partvote benchmark harness (not part of the test suite). One command:
#
#     bench/run.sh
#
# Builds the jar, starts a throwaway PostgreSQL 15 (durability on) and the application with its
# prod profile, creates and logs in members through the API, then measures with wrk (32
# connections in every scenario): casting votes, changing ballots, votes with 2,000 live-results
# watchers attached, the candidate list and an election's standings at ~1,000 and ~1,000,000
# ballots, login and refresh; then pgbench (32 clients): the bare ballot INSERT and the exact SQL
# of the vote route. The application is started with the production launch command,
# deploy/partvote, with its own defaults. Writes bench/results/latest.md and exits non-zero when a request got a 5xx,
# a vote was lost or a check failed. Everything it starts is stopped on exit, failure included.
# How to read and tune it: bench/README.md.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
RUN=$BENCH/work/run
PGDATA=$BENCH/work/pgdata
RESULTS=${BENCH_RESULTS:-$BENCH/results/latest.md}
JAR=$ROOT/bootstrap/target/partvote.jar
TOOLS=(python3 "$BENCH/tools.py")

# ---- settings (environment overrides) ---------------------------------------------------------
DURATION=${BENCH_DURATION:-20}          # seconds of each measured wrk/pgbench run
WARMUP=${BENCH_WARMUP:-5}               # seconds of the unmeasured run before each wrk scenario
JIT_WARMUP=${BENCH_JIT_WARMUP:-20}      # seconds of list and of votes first, to compile the hot code
CONNS=${BENCH_CONNECTIONS:-32}          # wrk connections = pgbench clients, in every scenario
THREADS=${BENCH_THREADS:-2}             # wrk threads = pgbench threads
VOTE_CEILING=${BENCH_VOTE_CEILING:-6000}  # votes/s the pool of voters is sized for
PGBENCH_CEILING=${BENCH_PGBENCH_CEILING:-60000}  # transactions/s the pgbench members are sized for
SEED_BALLOTS=${BENCH_SEED_BALLOTS:-1000}
BULK_BALLOTS=${BENCH_BULK_BALLOTS:-1000000}
VOTER_HASH=${BENCH_VOTER_HASH:-cheap}   # cheap: BCrypt cost 4 for voter accounts; api: the cost-10 hash
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
SKIP=${BENCH_SKIP:-}                    # e.g. "list1m pgbench" to leave scenarios out (partial run)
API_ACCOUNTS=64                         # members signed up through the API (login scenario)
PASSWORD=bench-password-1
WATCHERS=${BENCH_WATCHERS:-2000}        # live-results streams open during the "watched" vote run
# The measured application runs as deploy/partvote starts it, with the application's defaults;
# these only exist to experiment (bench/README.md): extra JVM options, server arguments.
# Java: the newest JDK 25 or later under /usr/lib/jvm if there is one (the production command's
# recommended runtime, docs/operations.md), else JAVA_HOME's or the java on PATH.
NEWEST_JDK=$(ls -d /usr/lib/jvm/*-2[5-9]-* /usr/lib/jvm/*-[3-9][0-9]-* 2>/dev/null | sort -V | tail -1 || true)
JAVA=${BENCH_JAVA:-${NEWEST_JDK:+$NEWEST_JDK/bin/java}}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
PROFILE=${BENCH_PROFILE:-}              # a file name: a JDK Flight Recorder profile of the measured application
JVM_OPTS=${BENCH_JVM_OPTS:-}
APP_ARGS=${BENCH_APP_ARGS:-}
PGBIN=/usr/lib/postgresql/15/bin
# the ballot log (PARTVOTE_LOG_ENABLED, passed through to the application): its vote statement differs
ROUTE_SQL=route.sql
[ "${PARTVOTE_LOG_ENABLED:-true}" = false ] && ROUTE_SQL=route-unlogged.sql

skipped() { [[ " $SKIP " == *" $1 "* ]]; }
log() { printf '\n== %s  %s\n' "$(date +%T)" "$*"; }
meta() { printf '%s\t%s\n' "$1" "$2" >> "$RUN/meta.tsv"; }
fail() { echo "bench: $*" >&2; exit 1; }

# ---- prerequisites ----------------------------------------------------------------------------
missing=()
[ -x "$PGBIN/initdb" ] || missing+=(postgresql)
command -v wrk >/dev/null || missing+=(wrk)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
    [ "$(id -u)" = 0 ] || fail "missing ${missing[*]}: install them (apt-get install -y ${missing[*]}) or run as root"
    log "installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# PostgreSQL refuses to run as root: as root, run it as the system user postgres.
if [ "$(id -u)" = 0 ]; then AS_PG=(runuser -u postgres --); else AS_PG=(); fi

# ---- clean-up, on every exit ------------------------------------------------------------------
APP_PID=
RSS_PID=
WATCHERS_PID=
# Up to 60 s: the first start's stop also writes the class-data archive (about 10 s on 2 quiet cores).
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
stop_pg() {
    if [ -f "$PGDATA/postmaster.pid" ]; then
        "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
            || "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}
cleanup() {
    local rc=$?
    trap - EXIT
    [ -n "$RSS_PID" ] && kill "$RSS_PID" 2>/dev/null
    [ -n "$WATCHERS_PID" ] && kill "$WATCHERS_PID" 2>/dev/null
    stop_app
    stop_pg
    [ "${BENCH_KEEP_DATA:-0}" = 1 ] || rm -rf "$PGDATA"
    if [ "$rc" != 0 ]; then echo "bench: FAILED (exit $rc); logs in $RUN" >&2; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A server left over by an interrupted run would hold the data directory: stop it first.
stop_pg
rm -rf "$RUN" "$PGDATA"
mkdir -p "$RUN" "$PGDATA" "$(dirname "$RESULTS")"
meta machine_load_before "$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- build ------------------------------------------------------------------------------------
if [ "$SKIP_BUILD" != 1 ] || [ ! -f "$JAR" ]; then
    log "building the jar"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi

# ---- PostgreSQL: throwaway data directory, loopback, fsync and synchronous_commit at defaults --
log "starting PostgreSQL 15"
PG_PORT=$("${TOOLS[@]}" free-port)
[ "$(id -u)" = 0 ] && chown postgres: "$PGDATA"
chmod 700 "$PGDATA"
# --no-sync only skips flushing initdb's own files; the server below runs with fsync on.
"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$RUN/initdb.log"
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PGDATA" >/dev/null
psql_as() { local db=$1; shift; psql -h "$PGDATA" -p "$PG_PORT" -U postgres -d "$db" -qAtX -v ON_ERROR_STOP=1 "$@"; }
sql() { psql_as partvote "$@"; }
DB_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
psql_as postgres -c "CREATE ROLE app LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE partvote OWNER app"
meta pg_version "$(psql_as postgres -c 'SHOW server_version')"
meta pg_settings "$(psql_as postgres -F ' ' -c "SELECT string_agg(name || '=' || setting || COALESCE(unit, ''), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'full_page_writes', 'shared_buffers', 'max_connections')")"

# ---- the application, prod profile --------------------------------------------------------------
JWT_SECRET=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
LOG_KEY=$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)
PM_PID=$(head -1 "$PGDATA/postmaster.pid")
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
# start_app DATABASE [JVM OPTIONS]: starts the application with deploy/partvote on a free port
# (APP_PID, APP_PORT), waits until it is ready, sets STARTUP_MS and STARTUP_CPU_MS. Its unpacked jar
# and class-data archive live in $RUN/home: the first start of a run is a first start.
start_app() {
    local db=$1 start_ns ready_ns
    APP_PORT=$("${TOOLS[@]}" free-port)
    start_ns=$(date +%s%N)
    # shellcheck disable=SC2086 # APP_ARGS is a word list
    env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
        SPRING_DATASOURCE_USERNAME=app SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
        PARTVOTE_AUTH_JWT_SECRET="$JWT_SECRET" PARTVOTE_LOG_SIGNING_KEY="$LOG_KEY" PARTVOTE_REGISTRATION_MODE=open \
        PARTVOTE_THROTTLE_MAX_SIGN_UPS_PER_CLIENT=1000000 \
        PARTVOTE_HOME="$RUN/home" JAVA="$JAVA" PARTVOTE_JAVA_OPTS="$JVM_OPTS ${2:-}" \
        "$ROOT/deploy/partvote" --jar "$JAR" --spring.profiles.active=prod --server.port="$APP_PORT" \
        $APP_ARGS >>"$RUN/app.log" 2>&1 &
    APP_PID=$!
    ready_ns=$("${TOOLS[@]}" wait-ready "http://127.0.0.1:$APP_PORT/actuator/health/readiness" "$APP_PID" 120) \
        || { tail -30 "$RUN/app.log" >&2; fail "the application did not become ready"; }
    STARTUP_MS=$(( (ready_ns - start_ns) / 1000000 ))
    read -r STARTUP_CPU_MS _ <<<"$("${TOOLS[@]}" cpu "$APP_PID" "$PM_PID")"
}
# The first start writes the class-data archive as it stops (deploy/partvote): a training run on
# its own empty database, which serves a few requests and is stopped. Like unpacking the jar, it
# happens once per release on a server, so the measured start-up is the second one.
log "first start (unpacks the jar, writes the class-data archive at its stop; Java $JAVA_MAJOR)"
psql_as postgres -c "CREATE DATABASE partvote_training OWNER app"
start_app partvote_training
echo "first start-up (no archive yet): $STARTUP_MS ms ($STARTUP_CPU_MS ms of CPU)"
meta startup_plain_ms "$STARTUP_MS"
meta startup_plain_cpu_ms "$STARTUP_CPU_MS"
"${TOOLS[@]}" train "$APP_PORT" "$PASSWORD"
stop_app
# (compgen, not ls: under pipefail, ls of the one name that is absent would fail the test)
compgen -G "$RUN/home/app-*/partvote.jsa" >/dev/null || compgen -G "$RUN/home/app-*/partvote.aot" >/dev/null \
    || fail "the first start wrote no class-data archive (see $RUN/app.log)"
psql_as postgres -c "DROP DATABASE partvote_training"
log "starting the application (deploy/partvote)"
start_app partvote "-Xlog:gc:file=$RUN/gc.log${PROFILE:+ -XX:StartFlightRecording=filename=$PROFILE,settings=profile}"
echo "start-up to ready: $STARTUP_MS ms ($STARTUP_CPU_MS ms of CPU)"
meta startup_ms "$STARTUP_MS"
meta startup_cpu_ms "$STARTUP_CPU_MS"
meta java_version "$("$JAVA" -version 2>&1 | sed -n 2p)"
meta jvm_opts "$(tr '\0' ' ' <"/proc/$APP_PID/cmdline" | sed 's/ -jar .*//; s/^[^ ]* //')"
meta app_args "deploy/partvote --spring.profiles.active=prod $APP_ARGS"
meta rss_ready "$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status")"
BASE=http://127.0.0.1:$APP_PORT

# ---- candidates: the choices of the FE part's election (from the club file) ----------------------
# Every benchmark member is of part FE and votes in that election, through the election model
# (its rules OWN_PART_ONLY and NOT_SELF are checked on every vote).
ELECTION=$(sql -c "SELECT id FROM election WHERE part = 'FE'")
[ -n "$ELECTION" ] || fail "no election for part FE"
out=$(sql -c "SELECT string_agg(id::text, ',' ORDER BY id), min(id), max(id), count(*) FROM choice WHERE election_id = $ELECTION")
IFS='|' read -r CANDIDATE_IDS CMIN CMAX NC <<<"$out"
[ $((CMAX - CMIN + 1)) = "$NC" ] || fail "candidate ids are not contiguous ($CANDIDATE_IDS)"
meta candidates "$NC"
meta election "$ELECTION"

# ---- members --------------------------------------------------------------------------------------
log "signing up $API_ACCOUNTS members through the API (BCrypt cost 10)"
out=$("${TOOLS[@]}" signup "$APP_PORT" acct 1 "$API_ACCOUNTS" "$PASSWORD" 8)
read -r n secs <<<"$out"
echo "$n sign-ups in $secs s"
meta signups "$n $secs"
for i in $(seq 1 "$API_ACCOUNTS"); do echo "acct-$i@bench.example"; done >"$RUN/accounts.txt"
API_HASH=$(sql -c "SELECT password_hash FROM member WHERE email = 'acct-1@bench.example'")
if [ "$VOTER_HASH" = api ]; then
    VOTER_HASH_VALUE=$API_HASH
else
    # Voter accounts exist to hold ballots; a cost-4 BCrypt hash of the same password lets
    # thousands of them log in (really, through the API) in seconds. pgcrypto runs in the
    # maintenance database, the application's schema is untouched.
    VOTER_HASH_VALUE=$(psql_as postgres -c "CREATE EXTENSION IF NOT EXISTS pgcrypto" \
        -c "SELECT crypt(encode(sha256(convert_to('$PASSWORD', 'UTF8')), 'base64'), gen_salt('bf', 4))")
fi
meta voter_hash "$VOTER_HASH"

# copy_members PREFIX COUNT HASH: members PREFIX-1..COUNT@bench.example, by COPY; prints the first id
copy_members() {
    local prefix=$1 count=$2 hash=$3 first
    sql -c "COPY (SELECT '$prefix' || g, '$prefix-' || g || '@bench.example', 'FE',
                         '$hash', now() FROM generate_series(1, $count) g ORDER BY g) TO STDOUT" \
        | sql -c "COPY member (name, email, part, password_hash, created_at) FROM STDIN"
    first=$(sql -c "SELECT min(id) FROM member WHERE email LIKE '$prefix-%'")
    echo "$first"
}
ceil_div() { echo $(( ($1 + $2 - 1) / $2 )); }
N_JIT_VOTERS=$(ceil_div $((VOTE_CEILING * JIT_WARMUP)) "$NC")
N_WARM_VOTERS=$(ceil_div $((VOTE_CEILING * WARMUP)) "$NC")
N_VOTERS=$(ceil_div $((VOTE_CEILING * DURATION)) "$NC")
N_BULK=$(ceil_div "$BULK_BALLOTS" "$NC")
PG_PER_CLIENT=$(ceil_div $((PGBENCH_CEILING * DURATION)) $((CONNS * NC)))
N_PG=$((PG_PER_CLIENT * CONNS))
log "creating members with SQL: $N_JIT_VOTERS + $N_WARM_VOTERS + $N_VOTERS voters, $N_BULK ballot holders, $N_PG for pgbench"
JIT_MIN=$(copy_members jit "$N_JIT_VOTERS" "$VOTER_HASH_VALUE")
copy_members warm "$N_WARM_VOTERS" "$VOTER_HASH_VALUE" >/dev/null
copy_members voter "$N_VOTERS" "$VOTER_HASH_VALUE" >/dev/null
copy_members watch "$N_VOTERS" "$VOTER_HASH_VALUE" >/dev/null
BULK_MIN=$(copy_members bulk "$N_BULK" "$API_HASH")
PG_MIN=$(copy_members pg "$N_PG" "$API_HASH")   # last: an id past its range does not exist
sql -c "VACUUM ANALYZE member"

log "logging in through the API"
for i in $(seq 1 "$N_JIT_VOTERS"); do echo "jit-$i@bench.example"; done >"$RUN/jit-voters.txt"
for i in $(seq 1 "$N_WARM_VOTERS"); do echo "warm-$i@bench.example"; done >"$RUN/warm-voters.txt"
for i in $(seq 1 "$N_VOTERS"); do echo "voter-$i@bench.example"; done >"$RUN/voters.txt"
for i in $(seq 1 "$N_VOTERS"); do echo "watch-$i@bench.example"; done >"$RUN/watch-voters.txt"
out=$("${TOOLS[@]}" login "$APP_PORT" "$RUN/jit-voters.txt" "$PASSWORD" 16 "$RUN/jit-tokens.txt" access)
read -r n0 secs0 <<<"$out"
out=$("${TOOLS[@]}" login "$APP_PORT" "$RUN/warm-voters.txt" "$PASSWORD" 16 "$RUN/warm-tokens.txt" access)
read -r n secs <<<"$out"
n=$((n + n0)); secs=$(python3 -c "print($secs + $secs0)")
out=$("${TOOLS[@]}" login "$APP_PORT" "$RUN/voters.txt" "$PASSWORD" 16 "$RUN/tokens.txt" access)
read -r n2 secs2 <<<"$out"
out=$("${TOOLS[@]}" login "$APP_PORT" "$RUN/watch-voters.txt" "$PASSWORD" 16 "$RUN/watch-tokens.txt" access)
read -r n3 secs3 <<<"$out"
n2=$((n2 + n3)); secs2=$(python3 -c "print($secs2 + $secs3)")
echo "$((n + n2)) voter logins in $(python3 -c "print(round($secs + $secs2, 1))") s"
meta voter_logins "$((n + n2)) $(python3 -c "print(round($secs + $secs2, 3))")"
# Refresh scenario: every session from its own login; 2 per connection for the warm-up,
# 4 per connection for the measured run (refresh.lua explains why more than one).
awk -v n=$((CONNS * 2)) '{ a[NR] = $0 } END { for (i = 0; i < n; i++) print a[i % NR + 1] }' \
    "$RUN/accounts.txt" >"$RUN/refresh-warm-accounts.txt"
awk -v n=$((CONNS * 4)) '{ a[NR] = $0 } END { for (i = 0; i < n; i++) print a[i % NR + 1] }' \
    "$RUN/accounts.txt" >"$RUN/refresh-accounts.txt"
out=$("${TOOLS[@]}" login "$APP_PORT" "$RUN/refresh-warm-accounts.txt" "$PASSWORD" 8 "$RUN/refresh-warm-cookies.txt" cookie)
read -r n secs <<<"$out"
out=$("${TOOLS[@]}" login "$APP_PORT" "$RUN/refresh-accounts.txt" "$PASSWORD" 8 "$RUN/refresh-cookies.txt" cookie)
read -r n2 secs2 <<<"$out"
echo "$((n + n2)) session logins (cost 10) in $(python3 -c "print(round($secs + $secs2, 1))") s"
meta session_logins "$((n + n2)) $(python3 -c "print(round($secs + $secs2, 3))")"

# ---- ballots: ~1,000 to start with ---------------------------------------------------------------
# copy_ballots FROM TO: pairs FROM..TO of the ballot holders (pair p: member BULK_MIN + p / NC,
# candidate CMIN + p % NC): their sheets (sizes added up), then the ballots with COPY.
copy_ballots() {
    sql -c "INSERT INTO ballot_sheet (election_id, voter_id, size, choices, updated_at)
            SELECT $ELECTION, $BULK_MIN + p / $NC, count(*), array_agg($CMIN + p % $NC), now()
            FROM generate_series($1, $2) p GROUP BY 2
            ON CONFLICT (election_id, voter_id) DO UPDATE SET size = ballot_sheet.size + EXCLUDED.size,
                choices = ballot_sheet.choices || EXCLUDED.choices" >/dev/null
    sql -c "COPY (SELECT $ELECTION, $BULK_MIN + p / $NC, $CMIN + p % $NC, now() FROM generate_series($1, $2) p) TO STDOUT" \
        | sql -c "COPY ballot (election_id, voter_id, choice_id, cast_at) FROM STDIN"
}
copy_ballots 0 $((SEED_BALLOTS - 1))   # the trigger counts these
sql -c "VACUUM ANALYZE"

# ---- the SQL the vote route executes, as PostgreSQL receives it --------------------------------
log "capturing the vote route's SQL (log_statement=all, one vote)"
echo "acct-$API_ACCOUNTS@bench.example" >"$RUN/capture-account.txt"
"${TOOLS[@]}" login "$APP_PORT" "$RUN/capture-account.txt" "$PASSWORD" 1 "$RUN/capture-token.txt" access >/dev/null
CAPTURE_TOKEN=$(cut -d' ' -f2 "$RUN/capture-token.txt")
"${TOOLS[@]}" vote-once "$APP_PORT" "$CAPTURE_TOKEN" "$CMIN" >/dev/null    # prepares the pool's statements
LOG_LINES=$(wc -l <"$PGDATA/server.log")
sql -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
sleep 0.5
status=$("${TOOLS[@]}" vote-once "$APP_PORT" "$CAPTURE_TOKEN" $((CMIN + 1)))
sleep 0.5
sql -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
[ "$status" = 201 ] || fail "capture vote answered $status"
"${TOOLS[@]}" capture-route "$PGDATA/server.log" "$LOG_LINES" >"$RUN/route-sql.txt"
cat "$RUN/route-sql.txt"
meta route_matches_pgbench "$("${TOOLS[@]}" same-route "$RUN/route-sql.txt" "$BENCH/pgbench/$ROUTE_SQL")"
meta log_enabled "${PARTVOTE_LOG_ENABLED:-true}"

# ---- wrk scenarios ------------------------------------------------------------------------------
rss_start() {
    (while kill -0 "$APP_PID" 2>/dev/null; do
        awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null; sleep 0.25
    done) >"$RUN/rss-$1.txt" &
    RSS_PID=$!
}
rss_stop() { kill "$RSS_PID" 2>/dev/null || true; wait "$RSS_PID" 2>/dev/null || true; RSS_PID=; }
# run_wrk NAME SECONDS SCRIPT [SCRIPT ARGS...]: one wrk run; its output in $RUN/wrk-NAME.out
run_wrk() {
    local name=$1 seconds=$2 script=$3
    shift 3
    sql -c "CHECKPOINT"
    rss_start "$name"
    local cpu_before
    cpu_before=$("${TOOLS[@]}" cpu "$APP_PID" "$PM_PID")
    wrk -t"$THREADS" -c"$CONNS" -d"${seconds}s" --timeout 10s --latency -s "$BENCH/lua/$script" "$BASE" -- "$@" \
        >"$RUN/wrk-$name.out" 2>&1 || { rss_stop; cat "$RUN/wrk-$name.out" >&2; fail "wrk $name failed"; }
    rss_stop
    meta "cpu_$name" "$cpu_before $("${TOOLS[@]}" cpu "$APP_PID" "$PM_PID")"
    sed -n '/^Running/,/^Transfer/p' "$RUN/wrk-$name.out" | grep -E 'Latency|requests in|Requests/sec|Non-2xx|Socket' || true
}
tally() { sql -c "SELECT (SELECT count(*) FROM ballot), (SELECT COALESCE(sum(votes), 0) FROM choice_tally)"; }
# Recomputes the tallies from the ballots (exact), after ballots were added or removed behind
# the trigger's back.
rebuild_tallies() {
    sql <<'SQL'
BEGIN;
LOCK TABLE ballot IN SHARE MODE;
LOCK TABLE ballot_sheet IN SHARE MODE;
DELETE FROM choice_tally;
INSERT INTO choice_tally (choice_id, shard, votes)
    SELECT choice_id, 0, count(*) FROM ballot GROUP BY choice_id;
DELETE FROM election_turnout;
INSERT INTO election_turnout (election_id, shard, voters)
    SELECT election_id, 0, count(*) FROM ballot_sheet GROUP BY election_id;
COMMIT;
VACUUM ANALYZE;
SQL
}

# The JIT compiles the hot paths during the first tens of seconds of load; so that the
# candidate list at ~1k ballots is measured on code as warm as later runs, list and votes run
# first, unmeasured, and the ballots cast then are deleted again.
log "JIT warm-up: candidate list ${JIT_WARMUP} s, votes ${JIT_WARMUP} s (those ballots are deleted after)"
run_wrk jit-list "$JIT_WARMUP" list.lua FE >/dev/null
BENCH_OK_PAIRS=$RUN/jit-ok-pairs.txt run_wrk jit-vote "$JIT_WARMUP" vote.lua "$RUN/jit-tokens.txt" "$CANDIDATE_IDS" "$THREADS" >/dev/null
sleep 1
sql -c "DELETE FROM ballot_sheet WHERE voter_id BETWEEN $JIT_MIN AND $((JIT_MIN + N_JIT_VOTERS - 1))"
rebuild_tallies

if ! skipped list1k; then
    log "candidate list, part FE, $(sql -c 'SELECT count(*) FROM ballot') ballots"
    run_wrk list1k-warmup "$WARMUP" list.lua FE >/dev/null
    meta list1k_ballots "$(sql -c 'SELECT count(*) FROM ballot')"
    run_wrk list1k "$DURATION" list.lua FE
    log "standings of the FE election, GET /api/elections/$ELECTION/results/"
    run_wrk results1k-warmup "$WARMUP" list.lua "/api/elections/$ELECTION/results/" >/dev/null
    run_wrk results1k "$DURATION" list.lua "/api/elections/$ELECTION/results/"
fi

if ! skipped vote; then
    log "votes (warm-up ${WARMUP} s, then ${DURATION} s)"
    BENCH_OK_PAIRS=$RUN/warm-ok-pairs.txt run_wrk vote-warmup "$WARMUP" vote.lua "$RUN/warm-tokens.txt" "$CANDIDATE_IDS" "$THREADS" >/dev/null
    sleep 1
    out=$(tally); IFS='|' read -r B0 T0 <<<"$out"
    BENCH_OK_PAIRS=$RUN/ok-pairs.txt run_wrk vote "$DURATION" vote.lua "$RUN/tokens.txt" "$CANDIDATE_IDS" "$THREADS"
    sleep 2   # requests in flight when wrk stopped finish server-side
    out=$(tally); IFS='|' read -r B1 T1 <<<"$out"
    # Every 201 must be a ballot row: load the (voter, candidate) of each 201 and look for it.
    MISSING=$( { echo "CREATE TEMP TABLE ok (voter_id bigint, choice_id bigint);"
                 echo "COPY ok FROM STDIN WITH (FORMAT csv);"; cat "$RUN/ok-pairs.txt"; echo '\.'
                 echo "SELECT count(*) || ' ' || count(DISTINCT (voter_id, choice_id)) || ' '
                              || count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM ballot b
                                   WHERE b.voter_id = ok.voter_id AND b.choice_id = ok.choice_id)) FROM ok;"; } \
               | sql)
    read -r OK_ROWS OK_DISTINCT OK_MISSING <<<"$MISSING"
    meta vote_ballots_before "$B0"; meta vote_ballots_after "$B1"
    meta vote_tally_before "$T0"; meta vote_tally_after "$T1"
    meta vote_ok_rows "$OK_ROWS"; meta vote_ok_distinct "$OK_DISTINCT"; meta vote_ok_missing "$OK_MISSING"
    echo "ballots added $((B1 - B0)), tally increase $((T1 - T0)), 201 responses $OK_ROWS ($OK_DISTINCT distinct, $OK_MISSING not in the ballot table)"
fi

if ! skipped change; then
    log "ballot changes: each voter of the vote run replaces its sheet with 3 choices (warm-up ${WARMUP} s, then ${DURATION} s)"
    run_wrk change-warmup "$WARMUP" change.lua "$RUN/tokens.txt" "$CANDIDATE_IDS" "$THREADS" "$ELECTION" >/dev/null
    run_wrk change "$DURATION" change.lua "$RUN/tokens.txt" "$CANDIDATE_IDS" "$THREADS" "$ELECTION"
    sleep 1
    # every sheet of 3 after the changes: its ballots are its choices, and the counts follow
    meta change_sheets_wrong "$(sql -c "SELECT count(*) FROM ballot_sheet s WHERE election_id = $ELECTION
        AND size <> (SELECT count(*) FROM ballot b WHERE b.election_id = s.election_id AND b.voter_id = s.voter_id)")"
fi


if ! skipped login; then
    log "login (BCrypt cost 10)"
    run_wrk login-warmup "$WARMUP" login.lua "$RUN/accounts.txt" "$PASSWORD" >/dev/null
    run_wrk login "$DURATION" login.lua "$RUN/accounts.txt" "$PASSWORD"
fi

if ! skipped refresh; then
    log "refresh (each session one connection at a time, token rotated on every call)"
    run_wrk refresh-warmup "$WARMUP" refresh.lua "$RUN/refresh-warm-cookies.txt" "$THREADS" >/dev/null
    run_wrk refresh "$DURATION" refresh.lua "$RUN/refresh-cookies.txt" "$THREADS"
fi

if ! skipped list1m; then
    CURRENT=$(sql -c "SELECT count(*) FROM ballot")
    ADD=$((BULK_BALLOTS - CURRENT))
    if [ "$ADD" -gt 0 ]; then
        log "bulk-loading $ADD ballots with COPY (trigger off, tallies rebuilt from the ballots)"
        T_START=$(date +%s)
        sql -c "ALTER TABLE ballot DISABLE TRIGGER ballot_counted" -c "ALTER TABLE ballot_sheet DISABLE TRIGGER ballot_sheet_counted"
        copy_ballots "$SEED_BALLOTS" $((SEED_BALLOTS + ADD - 1))
        sql -c "ALTER TABLE ballot ENABLE TRIGGER ballot_counted" -c "ALTER TABLE ballot_sheet ENABLE TRIGGER ballot_sheet_counted"
        rebuild_tallies
        echo "loaded in $(( $(date +%s) - T_START )) s"
    fi
    meta list1m_ballots "$(sql -c 'SELECT count(*) FROM ballot')"
    log "candidate list, part FE, $(sql -c 'SELECT count(*) FROM ballot') ballots"
    run_wrk list1m-warmup "$WARMUP" list.lua FE >/dev/null
    run_wrk list1m "$DURATION" list.lua FE
    log "standings of the FE election, $(sql -c 'SELECT count(*) FROM ballot') ballots"
    run_wrk results1m-warmup "$WARMUP" list.lua "/api/elections/$ELECTION/results/" >/dev/null
    run_wrk results1m "$DURATION" list.lua "/api/elections/$ELECTION/results/"
fi

if ! skipped watched; then
    log "votes with $WATCHERS live-results watchers attached (${DURATION} s)"
    mkfifo "$RUN/watch-control"
    java -Xmx256m -XX:+UseSerialGC "$BENCH/Watchers.java" 127.0.0.1 "$APP_PORT" \
        "/api/elections/$ELECTION/results/stream/" "$WATCHERS" <"$RUN/watch-control" >"$RUN/watchers.out" 2>&1 &
    WATCHERS_PID=$!
    exec 7>"$RUN/watch-control"
    for _ in $(seq 1 240); do grep -q '^ready' "$RUN/watchers.out" 2>/dev/null && break; sleep 0.5; done
    grep '^ready' "$RUN/watchers.out" || { cat "$RUN/watchers.out" >&2; fail "the watchers did not connect"; }
    meta watchers_ready "$(awk '/^ready/ {print $2}' "$RUN/watchers.out")"
    meta rss_watchers_idle "$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status")"
    # what the open streams hold: the heap's classes, largest first (bench/work/run)
    jcmd "$APP_PID" GC.class_histogram >"$RUN/histogram-watchers.txt" 2>&1 || true
    run_wrk watched "$DURATION" vote.lua "$RUN/watch-tokens.txt" "$CANDIDATE_IDS" "$THREADS"
    sleep 3   # requests in flight finish, the last standings go out
    out=$(sql -c "SELECT count(*), COALESCE((extract(epoch FROM max(cast_at)) * 1000)::bigint, 0)
                  FROM ballot WHERE election_id = $ELECTION")
    IFS='|' read -r FINAL LAST_MS <<<"$out"
    echo "report $FINAL $LAST_MS" >&7
    for _ in $(seq 1 60); do grep -q '^WATCH_RESULT' "$RUN/watchers.out" && break; sleep 0.5; done
    exec 7>&-
    wait "$WATCHERS_PID" 2>/dev/null || true
    WATCHERS_PID=
    grep '^WATCH_RESULT' "$RUN/watchers.out" || { cat "$RUN/watchers.out" >&2; fail "the watchers gave no result"; }
fi

meta app_log_errors "$(grep -c -E ' ERROR ' "$RUN/app.log" || true)"
log "stopping the application"
stop_app

# ---- pgbench: same concurrency, same database -----------------------------------------------
if ! skipped pgbench; then
    export PGPASSWORD=$DB_PASSWORD
    sql -c "CREATE TABLE bench_ballot (LIKE ballot INCLUDING ALL)" \
        -c "ALTER TABLE bench_ballot ADD FOREIGN KEY (voter_id) REFERENCES member (id),
                                     ADD FOREIGN KEY (choice_id, election_id) REFERENCES choice (id, election_id)" \
        -c "ALTER TABLE bench_ballot OWNER TO app"
    # run_pgbench NAME SCRIPT TABLE
    run_pgbench() {
        local name=$1 script=$2 table=$3 before after latencies cpu_before
        before=$(sql -c "SELECT count(*) FROM $table")
        sql -c "CHECKPOINT"
        cpu_before=$("${TOOLS[@]}" cpu 0 "$PM_PID")
        pgbench -h 127.0.0.1 -p "$PG_PORT" -U app -n -M prepared -c "$CONNS" -j "$THREADS" -T "$DURATION" \
            -D n=0 -D e="$ELECTION" -D vbase="$PG_MIN" -D per="$PG_PER_CLIENT" -D cmin="$CMIN" -D nc="$NC" \
            -f "$BENCH/pgbench/$script" -l --log-prefix="$RUN/pgbench-$name" partvote \
            >"$RUN/pgbench-$name.out" 2>&1 || { cat "$RUN/pgbench-$name.out" >&2; fail "pgbench $name failed"; }
        meta "cpu_pgbench-$name" "$cpu_before $("${TOOLS[@]}" cpu 0 "$PM_PID")"
        after=$(sql -c "SELECT count(*) FROM $table")
        grep -E '^(tps|latency average|number of (transactions actually processed|failed))' "$RUN/pgbench-$name.out" || true
        meta "pgbench_${name}_rows_added" $((after - before))
        latencies=$("${TOOLS[@]}" pgbench-latencies "$RUN/pgbench-$name.[0-9]*")
        meta "pgbench_${name}_latency" "$latencies"
    }
    log "pgbench, minimal: the ballot INSERT alone, on a copy of the table without the trigger"
    run_pgbench minimal minimal.sql bench_ballot
    log "pgbench, the vote route's SQL: the ballot INSERT with its triggers, one transaction"
    run_pgbench route "$ROUTE_SQL" ballot
    rm -f "$RUN"/pgbench-*.[0-9]*   # per-transaction logs, large
fi

# ---- invariant: the sharded tally equals the ballots --------------------------------------------
meta final_ballots "$(sql -c 'SELECT count(*) FROM ballot')"
meta final_tally "$(sql -c 'SELECT COALESCE(sum(votes), 0) FROM choice_tally')"

# ---- report -------------------------------------------------------------------------------------
meta machine_nproc "$(nproc)"
meta machine_cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
meta machine_mem "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
meta machine_load "$(cut -d' ' -f1-3 /proc/loadavg)"
meta commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench/results' 2>/dev/null || echo '-dirty')"
meta date "$(date -u '+%Y-%m-%d %H:%M UTC')"
meta duration "$DURATION"; meta warmup "$WARMUP"; meta jit_warmup "$JIT_WARMUP"; meta connections "$CONNS"; meta threads "$THREADS"
log "report"
python3 "$BENCH/report.py" "$RUN" "$RESULTS"
