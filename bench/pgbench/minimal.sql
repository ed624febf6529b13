-- The least SQL a vote needs: one INSERT of the ballot, its uniqueness checked by the primary
-- key, in its own (autocommit) transaction. Runs against bench_ballot, a copy of the ballot
-- table with the same primary key and foreign keys (voter, and choice of the election) but WITHOUT
-- the triggers and the sheet.
-- Every client walks its own range of members, one member's ballots after the other (pair n ->
-- member :vbase + client * :per + n / :nc, candidate :cmin + (n + client) % :nc: clients start
-- on different candidates), so every INSERT inserts a new row.
-- Variables: -D n=0 -D e=.. -D vbase=.. -D per=.. -D cmin=.. -D nc=..
\set n :n + 1
\set v :vbase + :client_id * :per + (:n - 1) / :nc
\set c :cmin + (:n - 1 + :client_id) % :nc
INSERT INTO bench_ballot (election_id, voter_id, choice_id, cast_at) VALUES (:e, :v, :c, now()) ON CONFLICT DO NOTHING;
