#!/usr/bin/env bash
# Several instances: two application processes on one PostgreSQL, with one signing key. A logout
# on one must be honoured by the other within 1 s (the deny list is shared through the database
# and mirrored in memory); a vote on one must reach a live-results stream (server-sent events)
# open on the other within 1 s (LISTEN/NOTIFY); votes cast concurrently through both, some of them
# sent to both at once, must be exact: ballots = 201s = tally. Prints the figures and
# "multi-instance-check: N passed, M failed". Needs root, python3, curl.
source "$(dirname "$0")/lib/harness.sh"
harness_init multi-instance-check

pg_init
PORT_A="$(free_port)"
PORT_B="$(free_port)"
app_start a "$PORT_A"
app_start b "$PORT_B"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
python3 "$LOAD" setup --base "$A" --voters 120 --prefix multi --out "$WORK/state.json"

log "logout on one instance, then polling the other every 5 ms until it refuses the token"
python3 "$LOAD" propagation --a "$A" --b "$B" --state "$WORK/state.json" --rounds 20 --checks "$WORK/checks" \
  --out "$WORK/propagation.json"

log "votes on one instance, a live-results stream open on the other: the delay until each vote shows"
python3 "$LOAD" stream-propagation --a "$A" --b "$B" --rounds 20 --checks "$WORK/checks" --out "$WORK/sse.json"

log "votes through both instances at once; 20% of them sent to both simultaneously"
python3 "$LOAD" votes --bases "$A,$B" --state "$WORK/state.json" --out "$WORK/votes.json" --threads 16 --race 0.2
python3 "$LOAD" verify --records "$WORK/votes.json" --psql "$(psql_command)" --checks "$WORK/checks" \
  --label "two instances"
python3 - "$WORK/votes.json" "$WORK/checks" <<'EOF'
import json, sys
records = json.load(open(sys.argv[1]))["records"]
pairs = {}
for r in records:
    pairs.setdefault((r["voter"], r["candidate"]), []).append(r)
raced = {p: rs for p, rs in pairs.items() if len({r["base"] for r in rs}) > 1}
exact = sum(1 for rs in raced.values()
            if sorted((r["status"], r.get("code")) for r in rs) == [(201, None), (400, "DUPLICATE_VOTE")])
answers = {}
for r in records:
    answers[r["base"]] = answers.get(r["base"], 0) + (1 if r["status"] == 201 else 0)
print("two instances: %d votes acknowledged by instance A, %d by instance B; %d pairs sent to both at once, "
      "%d of them answered 201 by exactly one and DUPLICATE_VOTE by the other" % (
          answers.get(0, 0), answers.get(1, 0), len(raced), exact))
ok = raced and exact == len(raced) and answers.get(0, 0) > 0 and answers.get(1, 0) > 0
with open(sys.argv[2], "a") as f:
    f.write("%s\ttwo instances: a vote sent to both at once counts once (%d of %d pairs)\n" % (
        "PASS" if ok else "FAIL", exact, len(raced)))
print("  %s two instances: a vote sent to both at once counts once (%d of %d pairs)" % ("PASS" if ok else "FAIL", exact, len(raced)))
EOF

# each instance's own results agree with the database
for base in "$A" "$B"; do
  total="$(curl -fsS "$base/api/results/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["detail"]["total_ballots"])')"
  db="$(psql_app -c 'SELECT count(*) FROM ballot')"
  if [ "$total" = "$db" ]; then pass "results on $base: total_ballots $total = ballots $db"
  else fail "results on $base: total_ballots $total != ballots $db"; fi
done

summarize
