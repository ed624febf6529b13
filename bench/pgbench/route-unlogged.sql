-- Exactly what POST /api/votes/ executes with the ballot log off (PARTVOTE_LOG_ENABLED=false): the
-- statement of route.sql without the tracker and the log entry. Variables as in route.sql.
\set n :n + 1
\set v :vbase + :client_id * :per + (:n - 1) / :nc
\set c :cmin + (:n - 1 + :client_id) % :nc
WITH e AS (SELECT id, max_choices FROM election WHERE id = :e AND stage = 'SCHEDULED' AND opens_at <= clock_timestamp() AND (closes_at IS NULL OR closes_at > clock_timestamp()) FOR KEY SHARE), s AS ( INSERT INTO ballot_sheet AS bs (election_id, voter_id, size, choices, updated_at) SELECT e.id, :v, 1, ARRAY[:c]::bigint[], clock_timestamp() FROM e ON CONFLICT (election_id, voter_id) DO UPDATE SET size = bs.size + 1, choices = bs.choices || EXCLUDED.choices, updated_at = EXCLUDED.updated_at WHERE bs.size < COALESCE((SELECT max_choices FROM e), 2147483647) RETURNING election_id, voter_id, choices, updated_at), b AS ( INSERT INTO ballot (election_id, voter_id, choice_id, cast_at) SELECT election_id, voter_id, :c, updated_at FROM s RETURNING cast_at) SELECT b.cast_at, s.choices AS held FROM b, s;
