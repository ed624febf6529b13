#!/usr/bin/env python3
"""Helpers for bench/run.sh: free ports, readiness polling, sign-ups and logins through the
API (concurrently), and the results report. Standard library only."""

import concurrent.futures
import http.client
import json
import os
import re
import socket
import sys
import threading
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def wait_ready(url, pid, timeout_s):
    """Polls url until it answers 200; prints the wall-clock time (ns) it first did."""
    deadline = time.monotonic() + float(timeout_s)
    while time.monotonic() < deadline:
        try:
            os.kill(int(pid), 0)
        except OSError:
            sys.exit("the application exited before it was ready")
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    print(time.time_ns())
                    return
        except Exception:
            pass
        time.sleep(0.02)
    sys.exit(f"not ready after {timeout_s} s: {url}")


_local = threading.local()


def _post(port, path, body, headers=None):
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = _local.conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
    h = {"Content-Type": "application/json"}
    h.update(headers or {})
    try:
        conn.request("POST", path, body=json.dumps(body), headers=h)
        r = conn.getresponse()
        data = r.read()
    except (http.client.HTTPException, OSError):
        conn.close()
        _local.conn = None
        raise
    return r.status, r.getheader("Set-Cookie"), data


def _run_all(items, fn, concurrency):
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(int(concurrency)) as pool:
        results = list(pool.map(fn, items))
    return results, time.monotonic() - started


def signup(port, prefix, first, count, password, concurrency):
    """Signs up members <prefix>-<n>@bench.example through the API; prints 'count seconds'."""
    def one(n):
        part = "FE"  # every benchmark member votes in the FE part's election
        status, _, data = _post(port, "/api/users/signups/",
                                {"name": f"{prefix}{n}", "email": f"{prefix}-{n}@bench.example",
                                 "password": password, "part": part})
        if status != 201:
            raise SystemExit(f"sign-up of {prefix}-{n} answered {status}: {data[:200]!r}")
    ns = range(int(first), int(first) + int(count))
    _, elapsed = _run_all(ns, one, concurrency)
    print(f"{len(ns)} {elapsed:.3f}")


def login(port, emails_file, password, concurrency, out_file, what):
    """Logs in every email of emails_file through the API and writes one line per login:
    'member_id access_token' (what=access) or the refresh cookie value (what=cookie).
    Prints 'count seconds'."""
    with open(emails_file) as f:
        emails = [line.strip() for line in f if line.strip()]

    def one(email):
        status, cookie, data = _post(port, "/api/users/logins/", {"email": email, "password": password})
        if status != 200:
            raise SystemExit(f"login of {email} answered {status}: {data[:200]!r}")
        detail = json.loads(data)["detail"]
        if what == "access":
            return f"{detail['user']['id']} {detail['token']['access_token']}"
        m = re.search(r"refresh_token=([^;]+)", cookie or "")
        if not m:
            raise SystemExit(f"login of {email} set no refresh cookie")
        return m.group(1)
    lines, elapsed = _run_all(emails, one, concurrency)
    with open(out_file, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} {elapsed:.3f}")


def train(port, password):
    """A few requests of every kind, so that the training run loads the classes they need."""
    _post(port, "/api/users/signups/", {"name": "train", "email": "train@bench.example",
                                        "password": password, "part": "FE"})
    _post(port, "/api/users/signups/", {"name": "", "email": "bad", "password": "x", "part": "XX"})
    _post(port, "/api/users/logins/", {"email": "train@bench.example", "password": "wrong-password"})
    status, cookie, data = _post(port, "/api/users/logins/", {"email": "train@bench.example", "password": password})
    token = json.loads(data)["detail"]["token"]["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    for path in ("/api/candidates/?part=FE", "/api/candidates/?part=BE", "/api/results/", "/api/users/me/"):
        conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
        conn.request("GET", path, headers=auth)
        conn.getresponse().read()
        conn.close()
    for candidate in (1, 1, 999999):
        _post(port, "/api/votes/", {"candidate": candidate}, auth)
    refresh = re.search(r"refresh_token=([^;]+)", cookie).group(1)
    _post(port, "/api/refreshes/", {}, {"Cookie": f"refresh_token={refresh}"})
    _post(port, "/api/users/logouts/", {}, auth)


def vote_once(port, token, candidate):
    """One vote through the API (used to capture the SQL the route executes); prints the status."""
    status, _, data = _post(port, "/api/votes/", {"candidate": int(candidate)},
                            {"Authorization": f"Bearer {token}"})
    print(status)


_LOG_LINE = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] LOG:  (?:statement|execute [^:]*): (.*)$")


def capture_route(log_file, first_line):
    """From PostgreSQL's log (log_statement=all), prints the statements of the vote that inserted
    a ballot, one a line, in the order the server received them: its transaction (BEGIN..COMMIT),
    or, for a vote in autocommit, the statements since the connection's previous request ended."""
    with open(log_file, errors="replace") as f:
        lines = f.readlines()[int(first_line):]
    statements = []
    for line in lines:
        m = _LOG_LINE.match(line.rstrip("\n"))
        if m:
            statements.append((m.group(1), m.group(2).strip()))
    insert = next((i for i, (_, sql) in enumerate(statements) if "INSERT INTO ballot " in sql), None)
    if insert is None:
        sys.exit("no statement inserting a ballot in the captured log")
    pid = statements[insert][0]
    mine = [sql for p, sql in statements if p == pid]
    at = mine.index(statements[insert][1])
    begins = [i for i in range(at + 1) if mine[i].upper().startswith("BEGIN")]
    ends = [i for i in range(at) if mine[i].upper() in ("COMMIT", "ROLLBACK")]
    if begins and (not ends or begins[-1] > ends[-1]):
        end = next(i for i in range(at, len(mine)) if mine[i].upper() in ("COMMIT", "ROLLBACK"))
        selected = mine[begins[-1]:end + 1]
    else:
        # autocommit: the voter's lookup just before the insert belongs to the same vote
        first = at - 1 if at > 0 and mine[at - 1].lower().startswith("select") and " from member " in mine[at - 1] else at
        selected = mine[first:at + 1]
    for sql in selected:
        print(sql)


def normalized(sql_lines):
    out = []
    for sql in sql_lines:
        sql = re.sub(r"\$\d+|:\w+|now\(\)", "?", sql.strip().rstrip(";"))
        out.append(re.sub(r"\s+", " ", sql))
    return out


SNAPSHOT_READ = re.compile(r"^SELECT (c|e)\.id, .* FROM (choice c|election e) ORDER BY (c|e)\.id$")


def same_route(captured_file, pgbench_file):
    """Exit 0 when the captured statements equal the SQL statements of the pgbench script
    (parameters, pgbench variables and now() all read as '?')."""
    with open(captured_file) as f:
        # the snapshot's re-read (all elections and choices, at most once a second) is not per vote
        captured = normalized(line for line in f if line.strip() and not SNAPSHOT_READ.match(line.strip()))
    with open(pgbench_file) as f:
        script = normalized(line for line in f
                            if line.strip() and not line.startswith("--") and not line.startswith("\\"))
    print("same" if captured == script else "different")


def pgbench_latencies(prefix_glob):
    """p50 and p99 (ms) from pgbench's per-transaction logs (-l): column 3 is the latency in us."""
    import glob
    values = []
    for path in glob.glob(prefix_glob):
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3:
                    values.append(int(parts[2]))
    values.sort()
    if not values:
        sys.exit("no pgbench log lines")
    pick = lambda q: values[min(len(values) - 1, int(q * len(values)))] / 1000
    print(f"{pick(0.50):.3f} {pick(0.99):.3f} {len(values)}")


def _stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    return text[text.rindex(")") + 2:].split()


def cpu(app_pid, postmaster_pid):
    """CPU time used so far, in ms: 'app postgres'. PostgreSQL's is the postmaster's own and
    reaped children's (backends that have exited) plus that of its live children."""
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    app = 0
    if app_pid not in ("", "0"):
        try:
            f = _stat(app_pid)
            app = int(f[11]) + int(f[12])
        except OSError:
            pass
    f = _stat(postmaster_pid)
    pg = int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])
    for pid in os.listdir("/proc"):
        if pid.isdigit() and pid != postmaster_pid:
            try:
                f = _stat(pid)
            except OSError:
                continue
            if f[1] == postmaster_pid:
                pg += int(f[11]) + int(f[12])
    print(f"{app * tick_ms:.0f} {pg * tick_ms:.0f}")


def wrk_result(stdout_file):
    """Extracts the JSON line that the Lua scripts print in done()."""
    with open(stdout_file) as f:
        for line in f:
            if line.startswith("BENCH_RESULT "):
                return json.loads(line[len("BENCH_RESULT "):])
    raise SystemExit(f"no BENCH_RESULT line in {stdout_file}")


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "free-port":
        free_port()
    elif cmd == "wait-ready":
        wait_ready(*args)
    elif cmd == "signup":
        signup(*args)
    elif cmd == "login":
        login(*args)
    elif cmd == "train":
        train(*args)
    elif cmd == "vote-once":
        vote_once(*args)
    elif cmd == "capture-route":
        capture_route(*args)
    elif cmd == "same-route":
        same_route(*args)
    elif cmd == "pgbench-latencies":
        pgbench_latencies(*args)
    elif cmd == "cpu":
        cpu(*args)
    elif cmd == "wrk-field":
        # wrk-field FILE KEY: one field of a scenario's result, for the shell
        print(wrk_result(args[0])[args[1]])
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
