-- "Nobody votes for themselves", backed by the database as well: the service checks the rule on
-- the candidate it loaded, and this trigger re-checks it against the current link in the same
-- statement, so a link made a moment ago (a sign-up, a re-import) cannot be raced past.
CREATE FUNCTION refuse_self_vote() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM candidate c WHERE c.id = NEW.candidate_id AND c.member_id = NEW.voter_id) THEN
        RAISE EXCEPTION 'member % is candidate % and may not vote for it', NEW.voter_id, NEW.candidate_id
            USING ERRCODE = 'PV001';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ballot_not_self BEFORE INSERT ON ballot FOR EACH ROW EXECUTE FUNCTION refuse_self_vote();
