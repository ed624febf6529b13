-- Exactly what POST /api/votes/ executes (captured with log_statement=all; see the results
-- file): one transaction with the candidate lookup and the ballot INSERT, whose trigger
-- ballot_counted updates the sharded tallies, then COMMIT. Same pair walk as minimal.sql, on
-- members that hold no ballot yet.
-- Variables: -D n=0 -D vbase=.. -D per=.. -D cmin=.. -D nc=..
\set n :n + 1
\set v :vbase + :client_id * :per + (:n - 1) / :nc
\set c :cmin + (:n - 1 + :client_id) % :nc
BEGIN;
SELECT c.id, c.name, c.part, c.team, c.age, c.member_email, c.member_id, c.created_at, c.updated_at FROM candidate c WHERE c.id = :c;
INSERT INTO ballot (voter_id, candidate_id, cast_at) VALUES (:v, :c, now());
COMMIT;
