-- Exactly what POST /api/votes/ executes (captured with log_statement=all; see the results
-- file): one transaction with the ballot INSERT, whose triggers re-check the self-vote rule
-- (ballot_not_self) and update the sharded tallies (ballot_counted), then COMMIT. The candidate
-- comes from the application's snapshot, re-read at most once a second per instance (a
-- SELECT of all candidates, left out here and by the capture check). Same pair walk as
-- minimal.sql, on members that hold no ballot yet.
-- Variables: -D n=0 -D vbase=.. -D per=.. -D cmin=.. -D nc=..
\set n :n + 1
\set v :vbase + :client_id * :per + (:n - 1) / :nc
\set c :cmin + (:n - 1 + :client_id) % :nc
BEGIN;
INSERT INTO ballot (voter_id, candidate_id, cast_at) VALUES (:v, :c, now());
COMMIT;
