-- Exactly what POST /api/votes/ executes with the ballot log on (captured with log_statement=all;
-- see the results file), in autocommit: one atomic statement that locks the open election (key
-- share), grows the voter's sheet within its limit (the sheet row carries its choices), inserts the
-- ballot, whose triggers re-check the self-vote rule (ballot_not_self) and update the sharded
-- tallies (ballot_counted; ballot_sheet_counted for a first sheet), makes or reads the voter's
-- tracker and appends the pending log entry (ballot_log). The election and the choice come from
-- the application's snapshot, re-read at most once a second per instance, and the voter's part and
-- team from its copy, read once per voter every 30 s (partvote.members.voter-cache-max-age): both
-- left out here and by the capture check. The tracker is the member id here (unique per member, as
-- the application's random one is). Same pair walk as minimal.sql, on members that hold no ballot
-- yet. route-unlogged.sql is the same statement with the log off (PARTVOTE_LOG_ENABLED=false).
-- Variables: -D n=0 -D e=.. -D vbase=.. -D per=.. -D cmin=.. -D nc=..
\set n :n + 1
\set v :vbase + :client_id * :per + (:n - 1) / :nc
\set c :cmin + (:n - 1 + :client_id) % :nc
\set t :v
WITH e AS (SELECT id, max_choices FROM election WHERE id = :e AND stage = 'SCHEDULED' AND opens_at <= clock_timestamp() AND (closes_at IS NULL OR closes_at > clock_timestamp()) FOR KEY SHARE), s AS ( INSERT INTO ballot_sheet AS bs (election_id, voter_id, size, choices, updated_at) SELECT e.id, :v, 1, ARRAY[:c]::bigint[], clock_timestamp() FROM e ON CONFLICT (election_id, voter_id) DO UPDATE SET size = bs.size + 1, choices = bs.choices || EXCLUDED.choices, updated_at = EXCLUDED.updated_at WHERE bs.size < COALESCE((SELECT max_choices FROM e), 2147483647) RETURNING election_id, voter_id, choices, updated_at), b AS ( INSERT INTO ballot (election_id, voter_id, choice_id, cast_at) SELECT election_id, voter_id, :c, updated_at FROM s RETURNING cast_at), t AS ( INSERT INTO ballot_tracker AS bt (election_id, member_id, tracker, created_at) SELECT election_id, voter_id, :t, updated_at FROM s ON CONFLICT (election_id, member_id) DO UPDATE SET tracker = bt.tracker RETURNING tracker), l AS ( INSERT INTO ballot_log (election_id, tracker, choices, recorded_at) SELECT s.election_id, t.tracker, s.choices, s.updated_at FROM s, t) SELECT b.cast_at, s.choices AS held FROM b, s;
