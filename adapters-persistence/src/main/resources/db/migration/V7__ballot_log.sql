-- The ballot log (docs/ballot-log.md): every accepted change of a sheet appends one entry with the
-- sheet's new choices under the voter's tracker; a sequencer gives the entries their leaf indexes
-- and leaf hashes and signs tree heads over them (RFC 9162 Merkle trees), so that anyone can check
-- the results against the log and each voter can check their own ballot in it.

-- The sheet carries its choices, kept by the statements that change it: the add statement's
-- upsert reads them from the row it locks, so the entry it appends holds the sheet as it now is
-- even when another change of the same voter committed a moment before (the rest of one
-- statement sees the rows as they were when it started).
ALTER TABLE ballot_sheet ADD COLUMN choices bigint[] NOT NULL DEFAULT '{}';
UPDATE ballot_sheet s SET choices = (SELECT array_agg(b.choice_id ORDER BY b.choice_id) FROM ballot b
                                     WHERE b.election_id = s.election_id AND b.voter_id = s.voter_id);

-- Private: which member is behind which tracker. Never read by a public route. One per
-- (election, member), made on the member's first change; concurrent first changes agree through
-- the primary key (INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING the stored one).
CREATE TABLE ballot_tracker (
    election_id bigint      NOT NULL REFERENCES election (id),
    member_id   bigint      NOT NULL REFERENCES member (id),
    tracker     varchar(22) NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (election_id, member_id),
    CONSTRAINT uq_ballot_tracker UNIQUE (election_id, tracker)
);

-- The log. A vote inserts a pending row (leaf_index NULL): the id comes from a sequence, so
-- concurrent voters never wait on a shared counter. The sequencer then sets leaf_index and
-- leaf_hash once, in id order, for the rows committed by then. choices: the sheet after the change,
-- empty for a withdrawal.
CREATE TABLE ballot_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id bigint      NOT NULL REFERENCES election (id),
    tracker     varchar(22) NOT NULL,
    choices     bigint[]    NOT NULL,
    recorded_at timestamptz NOT NULL,
    leaf_index  bigint,
    leaf_hash   bytea,
    CONSTRAINT uq_ballot_log_leaf UNIQUE (election_id, leaf_index),
    CONSTRAINT ck_ballot_log_sequenced CHECK ((leaf_index IS NULL) = (leaf_hash IS NULL))
);
CREATE INDEX ix_ballot_log_pending ON ballot_log (election_id, id) WHERE leaf_index IS NULL;
CREATE INDEX ix_ballot_log_tracker ON ballot_log (election_id, tracker, id);

-- Signed tree heads; a head may be signed again over the same size (the one at the close is, if
-- the close added nothing), hence the time in the key. No foreign key: a head outlives anything, and its insert must not wait on the
-- election row a close or a publication holds while it asks the sequencer for this very head.
-- frontier: the tree's right edge (size, then the peaks), from which the next head is computed
-- without reading the earlier leaves back.
CREATE TABLE ballot_log_head (
    election_id bigint      NOT NULL,
    tree_size   bigint      NOT NULL,
    root_hash   bytea       NOT NULL,
    signed_at   timestamptz NOT NULL,
    key_id      varchar(64) NOT NULL,
    signature   bytea       NOT NULL,
    frontier    bytea       NOT NULL,
    PRIMARY KEY (election_id, tree_size, signed_at)
);

-- Append-only, like the audit trail: an entry is sequenced once and never changed or deleted
-- after; a head is never changed or deleted. (An operator who switches these triggers off can
-- still rewrite rows: that is what the signed heads, the verifier and every voter's check catch.)
CREATE FUNCTION refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- the one change allowed: the sequencer giving a pending entry its place and hash
    IF TG_OP = 'UPDATE' AND OLD.leaf_index IS NULL AND NEW.leaf_index IS NOT NULL
            AND NEW.id = OLD.id AND NEW.election_id = OLD.election_id AND NEW.tracker = OLD.tracker
            AND NEW.choices = OLD.choices AND NEW.recorded_at = OLD.recorded_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the ballot log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER ballot_log_append_only BEFORE UPDATE OR DELETE ON ballot_log
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();

CREATE FUNCTION refuse_log_head_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ballot log''s heads are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER ballot_log_head_append_only BEFORE UPDATE OR DELETE ON ballot_log_head
    FOR EACH ROW EXECUTE FUNCTION refuse_log_head_change();

-- The sheets of an earlier release: each gets its member's tracker (128 bits from the server's
-- strong random source: two version-4 UUIDs hashed) and one pending entry holding the sheet as it
-- is, in the order the sheets last changed, so that the log's tally equals the tally from the
-- start; the sequencer gives them their indexes when the application next runs.
INSERT INTO ballot_tracker (election_id, member_id, tracker, created_at)
SELECT election_id, voter_id,
       rtrim(translate(encode(substring(sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())) FROM 1 FOR 16),
                              'base64'), '+/', '-_'), '='),
       clock_timestamp()
FROM ballot_sheet;
INSERT INTO ballot_log (election_id, tracker, choices, recorded_at)
SELECT s.election_id, t.tracker, s.choices, s.updated_at
FROM ballot_sheet s JOIN ballot_tracker t ON t.election_id = s.election_id AND t.member_id = s.voter_id
ORDER BY s.updated_at, s.election_id, s.voter_id;
