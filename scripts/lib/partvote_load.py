#!/usr/bin/env python3
"""Load generator and checker for the resilience scripts (standard library only).

Subcommands write what they saw to JSON files and append check results (PASS/FAIL lines) to
the file named by --checks, which the calling script summarizes.
"""
import argparse
import http.client
import json
import os
import queue
import random
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

TIMEOUT = 10.0  # the client's timeout, in seconds: "failing fast" means well under it


class Api:
    """One keep-alive HTTP connection per thread to one base URL."""

    def __init__(self, base, timeout=TIMEOUT):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.timeout = u.hostname, u.port, timeout
        self.local = threading.local()

    def _conn(self):
        c = getattr(self.local, "conn", None)
        if c is None:
            c = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.local.conn = c
        return c

    def call(self, method, path, body=None, headers=None):
        """Returns (status, json body or None, headers, seconds); raises OSError/HTTPException."""
        h = {"Accept": "application/json"}
        if body is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        data = None if body is None else json.dumps(body).encode()
        start = time.monotonic()
        c = self._conn()
        try:
            c.request(method, path, body=data, headers=h)
            r = c.getresponse()
            raw = r.read()
        except (OSError, http.client.HTTPException):
            c.close()
            self.local.conn = None
            raise
        elapsed = time.monotonic() - start
        if r.getheader("Connection", "").lower() == "close":
            c.close()
            self.local.conn = None
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return r.status, parsed, dict(r.getheaders()), elapsed


def code_of(body):
    return body.get("code") if isinstance(body, dict) else None


class Checks:
    def __init__(self, path):
        self.path = path

    def check(self, ok, description):
        line = ("PASS" if ok else "FAIL") + "\t" + description
        print("  " + line.replace("\t", " "), flush=True)
        with open(self.path, "a") as f:
            f.write(line + "\n")
        return ok


def run_threads(n, target):
    threads = [threading.Thread(target=target, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# ---- setup: members with live sessions ------------------------------------------------------

def setup(args):
    api = Api(args.base)
    run_id = "%x" % random.getrandbits(40)
    voters = [None] * args.voters
    errors = []

    def work(k):
        for i in range(k, args.voters, 8):
            email = "%s.%s.%d@check.partvote.example" % (args.prefix, run_id, i)
            password = "password-%s-%d" % (run_id, i)
            try:
                s, b, _, _ = api.call("POST", "/api/users/signups/",
                                      {"name": "검사%d" % i, "email": email, "password": password,
                                       "part": "FE" if i % 2 else "BE"})
                if s != 201:
                    raise RuntimeError("sign-up %d: %s %s" % (i, s, b))
                s, b, h, _ = api.call("POST", "/api/users/logins/", {"email": email, "password": password})
                if s != 200:
                    raise RuntimeError("login %d: %s %s" % (i, s, b))
                voters[i] = {"id": b["detail"]["user"]["id"], "email": email, "password": password,
                             "part": "FE" if i % 2 else "BE", "token": b["detail"]["token"]["access_token"]}
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(str(e))

    run_threads(8, work)
    if errors:
        sys.exit("setup failed: %s" % errors[:3])
    candidates = {}
    for part in ("FE", "BE"):
        s, b, _, _ = api.call("GET", "/api/candidates/?part=" + part)
        candidates[part] = [c["id"] for c in b["detail"]]
    with open(args.out, "w") as f:
        json.dump({"voters": voters, "candidates": candidates}, f)
    print("setup: %d members logged in, %d candidates" % (len(voters), sum(len(c) for c in candidates.values())),
          flush=True)


def own_part_pairs(state):
    """Every (voter index, candidate) a member may vote for: the candidates of their own part."""
    return [(v, c) for v, voter in enumerate(state["voters"]) for c in state["candidates"][voter["part"]]]


# ---- votes: many members voting at once, optionally killing the server mid-way -------------

def votes(args):
    state = json.load(open(args.state))
    apis = [Api(b) for b in args.bases.split(",")]
    pairs = own_part_pairs(state)
    random.Random(args.seed).shuffle(pairs)
    if args.limit:
        pairs = pairs[:args.limit]
    # some pairs are sent twice at once (to every base, when there are several): one may count
    raced = set(random.Random(args.seed + 1).sample(range(len(pairs)), int(len(pairs) * args.race)))
    records = []
    lock = threading.Lock()
    cursor = [0]
    acks = [0]
    stop = threading.Event()
    killed_at = [None]

    def send(api, voter, candidate):
        v = state["voters"][voter]
        rec = {"voter": v["id"], "candidate": candidate, "base": apis.index(api), "t": time.time()}
        try:
            s, b, _, el = api.call("POST", "/api/votes/", {"candidate": candidate},
                                   {"Authorization": "Bearer " + v["token"]})
            rec.update(status=s, code=code_of(b), seconds=el)
        except (OSError, http.client.HTTPException) as e:
            rec.update(status=None, error=type(e).__name__)
        with lock:
            records.append(rec)
            if rec.get("status") == 201:
                acks[0] += 1
                if args.kill_pid and killed_at[0] is None and acks[0] >= args.kill_after:
                    os.kill(args.kill_pid, signal.SIGKILL)
                    killed_at[0] = time.time()
                    stop.set()
        return rec

    def work(k):
        while not stop.is_set():
            with lock:
                i = cursor[0]
                cursor[0] += 1
            if i >= len(pairs):
                return
            voter, candidate = pairs[i]
            if i in raced:
                targets = apis if len(apis) > 1 else apis * 2
                ts = [threading.Thread(target=send, args=(a, voter, candidate)) for a in targets]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
            else:
                send(apis[i % len(apis)], voter, candidate)

    started = time.time()
    run_threads(args.threads, work)
    elapsed = time.time() - started
    with open(args.out, "w") as f:
        json.dump({"records": records, "killed_at": killed_at[0], "pairs": len(pairs)}, f)
    by = {}
    for r in records:
        key = str(r.get("status")) + (" " + r["code"] if r.get("code") else "") if r.get("status") else "no answer"
        by[key] = by.get(key, 0) + 1
    print("votes: %d requests in %.1f s (%.0f/s) over %d instance(s); answers %s%s" % (
        len(records), elapsed, len(records) / max(elapsed, 0.001), len(apis), dict(sorted(by.items())),
        "; server killed after %d acknowledged votes" % acks[0] if killed_at[0] else ""), flush=True)


def load_records(paths):
    records = []
    for p in paths:
        records += json.load(open(p))["records"]
    return records


def psql(cmd, sql):
    out = subprocess.run(shlex.split(cmd) + ["-c", sql], check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def verify(args):
    """Every acknowledged vote is stored and counted once; nothing is stored that was refused."""
    checks = Checks(args.checks)
    records = load_records(args.records)
    acked = [(r["voter"], r["candidate"]) for r in records if r.get("status") == 201]
    acked_set = set(acked)
    # no answer, or a 5xx: the client cannot know whether the vote was stored (retrying is safe)
    doubt = {(r["voter"], r["candidate"]) for r in records if in_doubt(r)}
    answered = [r for r in records if r.get("status") is not None]
    stored = {(int(v), int(c)) for v, c in psql(args.psql, "SELECT voter_id, choice_id FROM ballot")}
    voters = {r["voter"] for r in records}
    stored_mine = {p for p in stored if p[0] in voters}

    missing = acked_set - stored
    unexplained = stored_mine - acked_set - doubt
    doubt_stored = doubt & stored
    print("%s: %d votes acknowledged (201), %d present in the database; %d votes in doubt (no answer "
          "or 5xx), %d of those stored; %d ballots of these members in the database" % (
              args.label, len(acked), len(acked_set & stored), len(doubt), len(doubt_stored), len(stored_mine)),
          flush=True)
    checks.check(len(acked) == len(acked_set), "%s: no vote acknowledged twice (%d 201s, %d distinct pairs)" % (
        args.label, len(acked), len(acked_set)))
    checks.check(not missing, "%s: every acknowledged vote is stored (%d of %d present)" % (
        args.label, len(acked_set) - len(missing), len(acked_set)))
    checks.check(not unexplained, "%s: no ballot stored that was refused (%d unexplained)" % (
        args.label, len(unexplained)))
    bad_answers = [r for r in answered if r["status"] != 201 and not (r["status"] == 400 and r.get("code") == "DUPLICATE_VOTE")
                   and not (args.allow_503 and r["status"] == 503 and r.get("code") == "DATABASE_UNAVAILABLE")]
    checks.check(not bad_answers, "%s: every answer was 201 or 400 DUPLICATE_VOTE%s (%d others%s)" % (
        args.label, " or 503 DATABASE_UNAVAILABLE" if args.allow_503 else "", len(bad_answers),
        ": " + str(sorted({(r['status'], r.get('code')) for r in bad_answers})) if bad_answers else ""))
    tally_checks(checks, args.psql, args.label)


def in_doubt(record):
    return record.get("status") is None or record["status"] >= 500


def tally_checks(checks, cmd, label):
    rows = psql(cmd, """
        SELECT c.id, COALESCE(t.votes, 0), COALESCE(b.ballots, 0)
        FROM choice c
        LEFT JOIN (SELECT choice_id, SUM(votes) AS votes FROM choice_tally GROUP BY choice_id) t ON t.choice_id = c.id
        LEFT JOIN (SELECT choice_id, COUNT(*) AS ballots FROM ballot GROUP BY choice_id) b ON b.choice_id = c.id
        ORDER BY c.id""")
    off = [r for r in rows if r[1] != r[2]]
    tally = sum(int(r[1]) for r in rows)
    ballots = sum(int(r[2]) for r in rows)
    print("%s: tally %d votes over %d candidates, %d ballots" % (label, tally, len(rows), ballots), flush=True)
    checks.check(not off, "%s: each candidate's tally equals its ballots (%d candidates off%s)" % (
        label, len(off), ": " + str(off[:5]) if off else ""))
    t = psql(cmd, "SELECT (SELECT COALESCE(SUM(voters), 0) FROM election_turnout), (SELECT COUNT(*) FROM ballot_sheet), "
                  "(SELECT COUNT(*) FROM (SELECT DISTINCT election_id, voter_id FROM ballot) d)")[0]
    checks.check(t[0] == t[1] == t[2], "%s: turnout tally %s = sheets %s = (election, voter) pairs in ballots %s" % (
        label, t[0], t[1], t[2]))


def resend(args):
    """After a restart, the unanswered votes again: stored ones must be duplicates, the others count."""
    checks = Checks(args.checks)
    state = json.load(open(args.state))
    token = {v["id"]: v["token"] for v in state["voters"]}
    records = load_records(args.records)
    acked = {(r["voter"], r["candidate"]) for r in records if r.get("status") == 201}
    doubt = sorted({(r["voter"], r["candidate"]) for r in records if in_doubt(r)} - acked)
    stored = {(int(v), int(c)) for v, c in psql(args.psql, "SELECT voter_id, choice_id FROM ballot")}
    api = Api(args.base)
    wrong = []
    new_records = []
    for voter, candidate in doubt:
        s, b, _, _ = api.call("POST", "/api/votes/", {"candidate": candidate}, {"Authorization": "Bearer " + token[voter]})
        expected = (400, "DUPLICATE_VOTE") if (voter, candidate) in stored else (201, None)
        if (s, code_of(b)) != expected:
            wrong.append(((voter, candidate), s, code_of(b)))
        new_records.append({"voter": voter, "candidate": candidate, "status": s, "code": code_of(b)})
    with open(args.out, "w") as f:
        json.dump({"records": new_records}, f)
    print("%s: %d votes in doubt sent again: %d already stored (answered DUPLICATE_VOTE), %d new (201)" % (
        args.label, len(doubt), sum(1 for p in doubt if p in stored), sum(1 for p in doubt if p not in stored)),
        flush=True)
    checks.check(not wrong, "%s: a vote sent again after the crash counts once: 201 if it was lost, "
                 "DUPLICATE_VOTE if it was stored (%d wrong%s)" % (args.label, len(wrong), ": " + str(wrong[:5]) if wrong else ""))


# ---- mixed load through a database outage ---------------------------------------------------

def mixed(args):
    state = json.load(open(args.state))
    api = Api(args.base)
    voters = state["voters"]
    pairs = own_part_pairs(state)
    random.Random(args.seed).shuffle(pairs)
    records, health = [], []
    lock = threading.Lock()
    cursor = [0]
    t0 = time.time()
    deadline = t0 + args.duration

    def one(kind):
        with lock:
            i = cursor[0]
            cursor[0] += 1
        v = voters[i % len(voters)]
        auth = {"Authorization": "Bearer " + v["token"]}
        if kind == "vote":
            voter, candidate = pairs[i % len(pairs)]
            v = voters[voter]
            return "POST", "/api/votes/", {"candidate": candidate}, {"Authorization": "Bearer " + v["token"]}, (v["id"], candidate)
        if kind == "me":
            return "GET", "/api/users/me/", None, auth, None
        if kind == "me-forged":
            return "GET", "/api/users/me/", None, {"Authorization": "Bearer " + v["token"][:-4] + "AAAA"}, None
        if kind == "results":
            return "GET", "/api/results/", None, None, None
        if kind == "login-wrong":
            # an unknown email each time, from its own address: no throttle gets in the way
            return "POST", "/api/users/logins/", {"email": "nobody.%d@check.partvote.example" % i,
                                                  "password": "not-the-password"}, \
                {"X-Forwarded-For": "198.18.%d.%d" % (i // 250 % 250, i % 250 + 1)}, None
        return "GET", "/api/candidates/?part=" + ("FE" if i % 2 else "BE"), None, None, None

    kinds = ["vote", "vote", "vote", "me", "results", "candidates", "me-forged", "login-wrong"]

    def work(k):
        n = k
        while time.time() < deadline:
            kind = kinds[n % len(kinds)]
            n += 1
            method, path, body, headers, pair = one(kind)
            rec = {"t": time.time() - t0, "kind": kind}
            if pair:
                rec["voter"], rec["candidate"] = pair
            try:
                s, b, _, el = api.call(method, path, body, headers)
                rec.update(status=s, code=code_of(b), seconds=el)
            except (OSError, http.client.HTTPException) as e:
                rec.update(status=None, error=type(e).__name__, seconds=time.time() - t0 - rec["t"])
            with lock:
                records.append(rec)
            time.sleep(args.pause)

    def watch_health(_):
        h = Api(args.base, timeout=TIMEOUT)
        while time.time() < deadline:
            t = time.time() - t0
            try:
                s, b, _, el = h.call("GET", "/actuator/health")
                health.append({"t": t, "status": s, "state": (b or {}).get("status"), "seconds": el})
            except (OSError, http.client.HTTPException) as e:
                health.append({"t": t, "status": None, "error": type(e).__name__})
            time.sleep(0.25)

    ts = [threading.Thread(target=work, args=(k,), daemon=True) for k in range(args.threads)]
    ts.append(threading.Thread(target=watch_health, args=(0,), daemon=True))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    with open(args.out, "w") as f:
        json.dump({"records": [r for r in records if r["kind"] == "vote"], "all": records, "health": health,
                   "t0": t0}, f)
    print("mixed load: %d requests in %.0f s" % (len(records), args.duration), flush=True)


def outage_verify(args):
    checks = Checks(args.checks)
    data = json.load(open(args.data))
    t0 = data["t0"]
    down, up = args.down - t0, args.up - t0
    records, health = data["all"], data["health"]

    def fmt(rs):
        by = {}
        for r in rs:
            key = "%s %s" % (r.get("status"), r.get("code") or "") if r.get("status") else "no answer (%s)" % r.get("error")
            by[key.strip()] = by.get(key.strip(), 0) + 1
        return dict(sorted(by.items()))

    before = [r for r in records if r["t"] + r.get("seconds", 0) < down]
    during = [r for r in records if r["t"] >= down and r["t"] < up]
    after_restart = [r for r in records if r["t"] >= up]
    print("outage: database down %.1f s (from t=%.1f s to t=%.1f s)" % (up - down, down, up))
    print("outage: before %s" % fmt(before))
    print("outage: during %s" % fmt(during))
    print("outage: after the restart %s" % fmt(after_restart))
    by_kind = {}
    for r in during:
        by_kind.setdefault(r["kind"], []).append(r)
    for kind, rs in sorted(by_kind.items()):
        print("outage: during, %-11s %s" % (kind, fmt(rs)))

    fives = [r for r in records if r.get("status") and r["status"] >= 500]
    wrong5 = [r for r in fives if not (r["status"] == 503 and r.get("code") == "DATABASE_UNAVAILABLE")]
    checks.check(not wrong5, "outage: every 5xx is a 503 DATABASE_UNAVAILABLE (%d 5xx, %d other%s)" % (
        len(fives), len(wrong5), ": " + str(fmt(wrong5)) if wrong5 else ""))
    unanswered = [r for r in during if r.get("status") is None]
    checks.check(not unanswered, "outage: no request hangs while the database is down: every one got an answer "
                 "before the %.0f s client timeout (%d without%s)" % (
                     TIMEOUT, len(unanswered), ": " + str(fmt(unanswered)) if unanswered else ""))
    unavailable = [r for r in during if r.get("status") == 503]
    checks.check(len(unavailable) > 0, "outage: requests that need the database fail with 503 while it is down (%d)" % len(unavailable))
    if unavailable:
        secs = sorted(r["seconds"] for r in unavailable)
        p50, p99, mx = statistics.median(secs), secs[min(len(secs) - 1, int(len(secs) * 0.99))], secs[-1]
        print("outage: time to a 503: median %.2f s, p99 %.2f s, max %.2f s (client timeout %.0f s)" % (p50, p99, mx, TIMEOUT))
        checks.check(mx < TIMEOUT / 2, "outage: 503s come fast, max %.2f s < %.0f s (half the client timeout)" % (mx, TIMEOUT / 2))
    forged = [r for r in during if r["kind"] == "me-forged"]
    checks.check(forged and all(r.get("status") == 401 and r.get("code") == "TOKEN_INVALID" for r in forged),
                 "outage: a forged token is still refused with 401 TOKEN_INVALID without the database (%d)" % len(forged))
    me = [r for r in during if r["kind"] == "me"]
    checks.check(me and all(r.get("status") in (200, 503) for r in me),
                 "outage: GET /api/users/me/ with a valid token answers 200 or 503, never 401/500 (%s)" % fmt(me))
    # probes well inside the outage (the server may accept connections a moment before pg_ctl returns)
    hdown = [h for h in health if down + 0.5 <= h["t"] < up - 1.0]
    print("outage: health during the outage %s" % fmt([{"status": h.get("status"), "code": h.get("state")} for h in hdown]))
    checks.check(hdown and all(h.get("status") == 503 and h.get("state") == "DOWN" for h in hdown[1:]),
                 "outage: /actuator/health reports DOWN with HTTP 503 while the database is down (%d probes)" % len(hdown))
    hup = [h for h in health if h["t"] >= up and h.get("status") == 200 and h.get("state") == "UP"]
    recovered_health = hup[0]["t"] - up if hup else None
    first_ok = [r for r in after_restart if r.get("status") in (200, 201)]
    recovered = min(r["t"] for r in first_ok) - up if first_ok else None
    print("outage: after the database came back: health UP after %s s, first success after %s s" % (
        "%.1f" % recovered_health if hup else "never", "%.1f" % recovered if first_ok else "never"))
    checks.check(bool(hup), "outage: health is UP again without restarting the application")
    last = [r for r in records if r["t"] >= up + args.settle]
    answered_last = [r for r in last if r.get("status") is not None]
    ok_last = [r for r in answered_last if r["status"] in (200, 201, 400, 401)]
    # a request may still miss the client timeout on a starved machine (its vote is then in doubt
    # and sent again below); what may not happen is an error answer, or most requests failing
    checks.check(last and len(ok_last) == len(answered_last) and len(ok_last) >= 0.95 * len(last),
                 "outage: %.0f s after the restart requests succeed again: no error answer, %d of %d answered "
                 "normally (%s)" % (args.settle, len(ok_last), len(last), fmt(last)))


# ---- several instances: logout propagation --------------------------------------------------

def propagation(args):
    checks = Checks(args.checks)
    state = json.load(open(args.state))
    a, b = Api(args.a), Api(args.b)
    delays = []
    refresh_ok = 0
    for i in range(args.rounds):
        v = state["voters"][i % len(state["voters"])]
        one, other = (a, b) if i % 2 == 0 else (b, a)
        s, body, headers, _ = one.call("POST", "/api/users/logins/", {"email": v["email"], "password": v["password"]})
        token = body["detail"]["token"]["access_token"]
        cookie = headers.get("Set-Cookie", "").split(";")[0]
        auth = {"Authorization": "Bearer " + token}
        s1, _, _, _ = other.call("GET", "/api/users/me/", None, auth)
        if s1 != 200:
            checks.check(False, "logout: round %d, the token was not accepted by the other instance (%s)" % (i, s1))
            continue
        start = time.monotonic()
        s2, _, _, _ = one.call("POST", "/api/users/logouts/", {}, auth)
        while True:
            s3, b3, _, _ = other.call("GET", "/api/users/me/", None, auth)
            if s3 == 401 and code_of(b3) == "TOKEN_REVOKED":
                delays.append(time.monotonic() - start)
                break
            if time.monotonic() - start > 5:
                delays.append(float("inf"))
                break
            time.sleep(0.005)
        s4, b4, _, _ = other.call("POST", "/api/refreshes/", {}, {"Cookie": cookie})
        refresh_ok += 1 if (s4 == 401 and code_of(b4) == "REFRESH_REVOKED") else 0
    ms = sorted(d * 1000 for d in delays)
    print("logout propagation over %d rounds (alternating instances): min %.0f ms, median %.0f ms, max %.0f ms" % (
        len(ms), ms[0], statistics.median(ms), ms[-1]), flush=True)
    checks.check(len(ms) == args.rounds and ms[-1] < 1000,
                 "logout on one instance is honoured by the other within 1 s (max %.0f ms over %d rounds)" % (ms[-1], len(ms)))
    checks.check(refresh_ok == args.rounds,
                 "the logged-out session's refresh token is refused by the other instance at once (%d of %d)" % (
                     refresh_ok, args.rounds))
    with open(args.out, "w") as f:
        json.dump({"delays_ms": ms}, f)


# ---- several instances: live results over server-sent events --------------------------------

def sse_events(base, path, timeout=60.0):
    """Opens a server-sent-events stream; returns a queue of its events ({event, id, data, t}), None at its end."""
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    conn.request("GET", path, headers={"Accept": "text/event-stream"})
    resp = conn.getresponse()
    if resp.status != 200:
        raise RuntimeError("GET %s: %s %s" % (path, resp.status, resp.read()[:200]))
    events = queue.Queue()

    def read():
        event = {}
        try:
            while True:
                raw = resp.readline()
                if not raw:
                    break
                line = raw.decode("utf-8").rstrip("\r\n")
                if line == "":
                    if "data" in event:
                        event["t"] = time.monotonic()
                        events.put(event)
                    event = {}
                elif not line.startswith(":"):
                    field, _, value = line.partition(":")
                    event[field] = value[1:] if value.startswith(" ") else value
        except (OSError, http.client.HTTPException, ValueError, AttributeError):
            pass  # the stream ended or was closed by the caller
        events.put(None)

    threading.Thread(target=read, daemon=True).start()
    return events, conn


def next_event(events, wanted, patience):
    deadline = time.monotonic() + patience
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            e = events.get(timeout=left)
        except queue.Empty:
            return None
        if e is None:
            return None
        if wanted(e):
            return e


def stream_propagation(args):
    """Votes on instance A, a live-results watcher on instance B: how long until B's stream shows each vote."""
    checks = Checks(args.checks)
    a = Api(args.a)
    run_id = "%x" % random.getrandbits(40)
    voters = []
    for i in range(args.rounds):
        email = "sse.%s.%d@check.partvote.example" % (run_id, i)
        s, b, _, _ = a.call("POST", "/api/users/signups/", {"name": "실시간%d" % i, "email": email,
                                                            "password": "password-123", "part": "FE"})
        if s != 201:
            sys.exit("sign-up: %s %s" % (s, b))
        s, b, _, _ = a.call("POST", "/api/users/logins/", {"email": email, "password": "password-123"})
        voters.append(b["detail"]["token"]["access_token"])
    s, b, _, _ = a.call("GET", "/api/candidates/?part=FE")
    candidates = [c["id"] for c in b["detail"]]
    events, conn = sse_events(args.b, "/api/elections/%s/results/stream/" % args.election)
    first = next_event(events, lambda e: e.get("event") == "standings", 5.0)
    if first is None:
        checks.check(False, "sse: the stream on B sent no first standings event")
        return
    ballots = json.loads(first["data"])["ballots"]
    delays = []
    for i, token in enumerate(voters):
        s, b, _, _ = a.call("POST", "/api/votes/", {"candidate": candidates[i % len(candidates)]},
                            {"Authorization": "Bearer " + token})
        acknowledged = time.monotonic()
        if s != 201:
            checks.check(False, "sse: vote %d answered %s %s" % (i, s, code_of(b)))
            continue
        expected = ballots + i + 1
        e = next_event(events, lambda ev: ev.get("event") == "standings" and json.loads(ev["data"])["ballots"] >= expected,
                       5.0)
        delays.append(float("inf") if e is None else max(0.0, e["t"] - acknowledged))
    conn.sock.shutdown(socket.SHUT_RDWR)  # the reader sees the end of the stream
    conn.close()
    ms = sorted(d * 1000 for d in delays)
    print("sse propagation: median %.0f ms, max %.0f ms over %d votes (vote acknowledged by A -> standings event on B; "
          "min %.0f ms)" % (statistics.median(ms), ms[-1], len(ms), ms[0]), flush=True)
    checks.check(len(ms) == args.rounds and ms[-1] < 1000,
                 "sse: a vote on one instance reaches a live-results watcher of the other within 1 s "
                 "(max %.0f ms over %d votes)" % (ms[-1], len(ms)))
    with open(args.out, "w") as f:
        json.dump({"delays_ms": ms}, f)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--base", required=True)
    s.add_argument("--voters", type=int, required=True)
    s.add_argument("--prefix", default="voter")
    s.add_argument("--out", required=True)
    s = sub.add_parser("votes")
    s.add_argument("--bases", required=True)
    s.add_argument("--state", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--threads", type=int, default=16)
    s.add_argument("--limit", type=int, default=0)
    s.add_argument("--race", type=float, default=0.0)
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("--kill-pid", type=int, default=0)
    s.add_argument("--kill-after", type=int, default=0)
    s = sub.add_parser("verify")
    s.add_argument("--records", nargs="+", required=True)
    s.add_argument("--psql", required=True)
    s.add_argument("--checks", required=True)
    s.add_argument("--label", required=True)
    s.add_argument("--allow-503", action="store_true")
    s = sub.add_parser("resend")
    s.add_argument("--base", required=True)
    s.add_argument("--state", required=True)
    s.add_argument("--records", nargs="+", required=True)
    s.add_argument("--psql", required=True)
    s.add_argument("--checks", required=True)
    s.add_argument("--label", required=True)
    s.add_argument("--out", required=True)
    s = sub.add_parser("mixed")
    s.add_argument("--base", required=True)
    s.add_argument("--state", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--duration", type=float, required=True)
    s.add_argument("--threads", type=int, default=12)
    s.add_argument("--pause", type=float, default=0.02)
    s.add_argument("--seed", type=int, default=11)
    s = sub.add_parser("outage-verify")
    s.add_argument("--data", required=True)
    s.add_argument("--down", type=float, required=True)
    s.add_argument("--up", type=float, required=True)
    s.add_argument("--settle", type=float, default=5.0)
    s.add_argument("--checks", required=True)
    s = sub.add_parser("propagation")
    s.add_argument("--a", required=True)
    s.add_argument("--b", required=True)
    s.add_argument("--state", required=True)
    s.add_argument("--rounds", type=int, default=10)
    s.add_argument("--checks", required=True)
    s.add_argument("--out", required=True)
    s = sub.add_parser("stream-propagation")
    s.add_argument("--a", required=True)
    s.add_argument("--b", required=True)
    s.add_argument("--election", default="fe-leader")
    s.add_argument("--rounds", type=int, default=20)
    s.add_argument("--checks", required=True)
    s.add_argument("--out", required=True)
    args = p.parse_args()
    {"setup": setup, "votes": votes, "verify": verify, "resend": resend, "mixed": mixed,
     "outage-verify": outage_verify, "propagation": propagation,
     "stream-propagation": stream_propagation}[args.cmd](args)


if __name__ == "__main__":
    main()
