-- The voter roll: who may register when registration is by roll (partvote.registration.mode=roll),
-- with the part and team the club gives them. An entry is keyed by its canonical email.
-- Removing an entry touches no member and no ballot (see docs/api.md).
CREATE TABLE voter_roll (
    email      varchar(254) PRIMARY KEY,
    name       varchar(30)  NOT NULL,
    part       varchar(2)   NOT NULL CONSTRAINT ck_voter_roll_part CHECK (part IN ('FE', 'BE')),
    team       varchar(50)  REFERENCES team (name) ON UPDATE CASCADE,
    added_at   timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL
);
