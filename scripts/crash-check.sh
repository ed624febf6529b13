#!/usr/bin/env bash
# Crash check: members vote concurrently through the production jar on PostgreSQL 15 (durability
# on); the application is killed with SIGKILL in the middle of the load and started again. Every
# vote that was acknowledged (201) must be stored and counted, none counted twice; the votes left
# without an answer are sent again and count exactly once. Prints the figures and
# "crash-check: N passed, M failed". Needs root (PostgreSQL runs as user postgres), python3, curl.
source "$(dirname "$0")/lib/harness.sh"
harness_init crash-check

VOTERS="${VOTERS:-150}"
KILL_AFTER="${KILL_AFTER:-600}"

pg_init
PORT="$(free_port)"
app_start app "$PORT"
BASE="http://127.0.0.1:$PORT"
python3 "$LOAD" setup --base "$BASE" --voters "$VOTERS" --prefix crash --out "$WORK/state.json"

log "voting with 16 concurrent clients; SIGKILL to the application after $KILL_AFTER acknowledged votes"
python3 "$LOAD" votes --bases "$BASE" --state "$WORK/state.json" --out "$WORK/votes.json" --threads 16 \
  --race 0.05 --kill-pid "$app_PID" --kill-after "$KILL_AFTER"
sleep 1
if kill -0 "$app_PID" 2>/dev/null; then fail "the application was killed"; else pass "the application was killed mid-load (SIGKILL)"; fi

log "restarting the application on the same database"
app_start app2 "$PORT"
python3 "$LOAD" verify --records "$WORK/votes.json" --psql "$(psql_command)" --checks "$WORK/checks" \
  --label "after the crash"
python3 "$LOAD" resend --base "$BASE" --state "$WORK/state.json" --records "$WORK/votes.json" \
  --psql "$(psql_command)" --checks "$WORK/checks" --label "after the crash" --out "$WORK/resent.json"
python3 "$LOAD" verify --records "$WORK/votes.json" "$WORK/resent.json" --psql "$(psql_command)" \
  --checks "$WORK/checks" --label "after sending again"

# the results the API shows agree with the database
API_TOTAL="$(curl -fsS "$BASE/api/results/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["detail"]["total_ballots"])')"
DB_TOTAL="$(psql_app -c 'SELECT count(*) FROM ballot')"
if [ "$API_TOTAL" = "$DB_TOTAL" ]; then pass "GET /api/results/ total_ballots $API_TOTAL = ballots in the database $DB_TOTAL"
else fail "GET /api/results/ total_ballots $API_TOTAL != ballots in the database $DB_TOTAL"; fi

# the ballot log, checked from outside as a stranger would (the verifier in the same jar): every
# entry of each part-leader election, the kill -9 included, is under a signed head and recounts
for slug in fe-leader be-leader; do
  ENTRIES="$(psql_app -c "SELECT count(*) FROM ballot_log l JOIN election e ON e.id = l.election_id WHERE e.slug = '$slug'")"
  for _ in $(seq 1 40); do   # the signer covers new entries within a few seconds
    HEAD="$(curl -fsS "$BASE/api/elections/$slug/log/head" | python3 -c 'import json,sys; print(json.load(sys.stdin)["detail"]["size"])' 2>/dev/null || echo 0)"
    [ "$HEAD" = "$ENTRIES" ] && break
    sleep 0.5
  done
  OUT="$(java -jar "$JAR" verify --election "$slug" --url "$BASE" 2>&1)" && RC=0 || RC=$?
  if [ "$RC" = 0 ] && [[ "$OUT" == "verified: $ENTRIES entries, "* ]]; then pass "verifier, $slug: $OUT"
  else fail "verifier, $slug: expected exit 0 and \"verified: $ENTRIES entries, ...\", got exit $RC: $OUT"; fi
done
# and it notices a ballot changed behind the application's back (the log's append-only trigger off)
psql_app -c "ALTER TABLE ballot_log DISABLE TRIGGER ballot_log_append_only" \
  -c "UPDATE ballot_log l SET choices = '{}' FROM election e WHERE e.id = l.election_id AND e.slug = 'fe-leader' AND l.leaf_index = 2" \
  -c "ALTER TABLE ballot_log ENABLE TRIGGER ballot_log_append_only" >/dev/null
OUT="$(java -jar "$JAR" verify --election fe-leader --url "$BASE" 2>&1)" && RC=0 || RC=$?
if [ "$RC" = 1 ] && [[ "$OUT" == "FAILED: entry 2:"* ]]; then pass "verifier, fe-leader with entry 2 emptied in the database: $OUT"
else fail "verifier, fe-leader with entry 2 emptied: expected exit 1 and \"FAILED: entry 2: ...\", got exit $RC: $OUT"; fi

summarize
