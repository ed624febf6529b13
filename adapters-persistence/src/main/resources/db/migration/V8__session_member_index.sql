-- A member's sessions are looked up by member: the session list (GET /api/users/sessions/),
-- "log out everywhere", a password change and an admin disabling the member revoke them all.
-- Without this index each of those read the whole session table (one row per login, kept 14 days).
CREATE INDEX ix_auth_session_member ON auth_session (member_id);
