#!/usr/bin/env bash
# Database outage check: under a mixed load (votes, reads with and without a token, failed
# logins), PostgreSQL is stopped as by a crash (pg_ctl -m immediate) and started again 8 s later.
# While it is down, requests that need it must fail fast with 503 DATABASE_UNAVAILABLE (never a
# 500), /actuator/health must say DOWN (HTTP 503), and the application must recover by itself.
# Afterwards every acknowledged vote must still be stored and counted (crash recovery, fsync on).
# Prints the figures and "outage-check: N passed, M failed". Needs root, python3, curl.
source "$(dirname "$0")/lib/harness.sh"
harness_init outage-check

DURATION="${DURATION:-28}"
DOWN_AFTER="${DOWN_AFTER:-4}"
OUTAGE="${OUTAGE:-8}"

pg_init
PORT="$(free_port)"
app_start app "$PORT"
BASE="http://127.0.0.1:$PORT"
python3 "$LOAD" setup --base "$BASE" --voters 100 --prefix outage --out "$WORK/state.json"

log "mixed load for $DURATION s; the database goes down after $DOWN_AFTER s, for $OUTAGE s"
python3 "$LOAD" mixed --base "$BASE" --state "$WORK/state.json" --out "$WORK/mixed.json" --duration "$DURATION" &
LOAD_PID=$!
sleep "$DOWN_AFTER"
DOWN_AT="$(date +%s.%N)"
pg_crash
log "PostgreSQL stopped (immediate: no checkpoint, crash recovery at the next start)"
sleep 2
# a logout while the database is down: it cannot be recorded, so it must say so (503), not pretend
TOKEN="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["voters"][0]["token"])' "$WORK/state.json")"
LOGOUT="$(curl -s -o "$WORK/logout.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{}' "$BASE/api/users/logouts/")"
LOGOUT_CODE="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("code"))' "$WORK/logout.json")"
log "logout during the outage: HTTP ${LOGOUT% *} $LOGOUT_CODE in ${LOGOUT#* } s"
if [ "${LOGOUT% *}" = 503 ] && [ "$LOGOUT_CODE" = DATABASE_UNAVAILABLE ]; then
  pass "outage: a logout while the database is down answers 503 DATABASE_UNAVAILABLE"
else
  fail "outage: a logout while the database is down answered ${LOGOUT% *} $LOGOUT_CODE"
fi
sleep $((OUTAGE - 2))
pg_start
UP_AT="$(date +%s.%N)"
log "PostgreSQL started again"
wait "$LOAD_PID"

python3 "$LOAD" outage-verify --data "$WORK/mixed.json" --down "$DOWN_AT" --up "$UP_AT" --settle 8 --checks "$WORK/checks"
if grep -q 'ERROR.*unhandled failure' "$WORK/app.log"; then
  fail "outage: the application logged an unhandled failure (see app.log)"
else
  pass "outage: no unhandled failure in the application log"
fi
python3 "$LOAD" verify --records "$WORK/mixed.json" --psql "$(psql_command)" --checks "$WORK/checks" \
  --label "after the outage" --allow-503
python3 "$LOAD" resend --base "$BASE" --state "$WORK/state.json" --records "$WORK/mixed.json" \
  --psql "$(psql_command)" --checks "$WORK/checks" --label "after the outage" --out "$WORK/resent.json"
if kill -0 "$app_PID" 2>/dev/null; then pass "outage: the same application process ran throughout (no restart)"
else fail "outage: the application process died"; fi

summarize
