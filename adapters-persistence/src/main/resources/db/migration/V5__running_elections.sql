-- Running an election: roles, disabled accounts, elections an admin manages through the API,
-- and the audit trail of every administrative act and state change.

-- role: ADMIN or MEMBER as stored; the accounts named in PARTVOTE_ADMIN_EMAILS are admins as well.
ALTER TABLE member ADD COLUMN role varchar(10) NOT NULL DEFAULT 'MEMBER'
    CONSTRAINT ck_member_role CHECK (role IN ('MEMBER', 'ADMIN'));
ALTER TABLE member ADD COLUMN disabled_at timestamptz;

-- managed_by: CLUB_FILE until an admin creates or changes the election through the API; from
-- then on the club file, loaded at every start, never overwrites it (nor its choices).
ALTER TABLE election ADD COLUMN managed_by varchar(10) NOT NULL DEFAULT 'CLUB_FILE'
    CONSTRAINT ck_election_managed_by CHECK (managed_by IN ('CLUB_FILE', 'ADMIN'));

-- The audit trail: append-only. No foreign keys (an entry outlives whatever it names).
-- actor_id: the member who acted, NULL for the system (the clock, the club file).
-- before/after: the facts that changed, as a flat JSON object of strings.
CREATE TABLE audit_entry (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz  NOT NULL,
    actor_id    bigint,
    actor       varchar(100) NOT NULL,
    action      varchar(40)  NOT NULL,
    election_id bigint,
    subject     varchar(200),
    before      jsonb        NOT NULL DEFAULT '{}',
    after       jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_audit_entry_election ON audit_entry (election_id, seq);
-- an opening or closing is written once (subject: the instant it took effect): by the admin who
-- opened or closed it, or by whichever instance first notices the clock passing the window's edge
CREATE UNIQUE INDEX uq_audit_entry_transition ON audit_entry (election_id, action, subject)
    WHERE action IN ('ELECTION_OPENED', 'ELECTION_CLOSED');

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_entry_never_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
