#!/usr/bin/env python3
"""Turns one bench/run.sh run (its work directory) into the results table (markdown), prints
it, writes it to the results file, and exits 1 when a check failed: a 5xx anywhere, a vote
answered other than 201, a 201 vote missing from the ballot table, tallies that disagree with
the ballots, or pgbench rows that disagree with its transactions."""

import glob
import json
import os
import re
import sys

OLD_VOTES_PER_S = 112
OLD_LIST_PER_S = 61


def read_meta(run):
    meta = {}
    with open(os.path.join(run, "meta.tsv")) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            meta[key] = value
    return meta


def wrk(run, name):
    path = os.path.join(run, f"wrk-{name}.out")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        for line in f:
            if line.startswith("BENCH_RESULT "):
                return json.loads(line[len("BENCH_RESULT "):])
    raise SystemExit(f"{path}: no result line")


def rss_max_mib(run, name):
    try:
        with open(os.path.join(run, f"rss-{name}.txt")) as f:
            values = [int(v) for v in f.read().split() if v.isdigit()]
    except FileNotFoundError:
        return None
    return max(values) / 1024 if values else None


def pgbench(run, name, meta):
    path = os.path.join(run, f"pgbench-{name}.out")
    if not os.path.exists(path):
        return None
    text = open(path).read()
    tps = float(re.search(r"^tps = ([\d.]+)", text, re.M).group(1))
    processed = int(re.search(r"number of transactions actually processed: (\d+)", text).group(1))
    failed_m = re.search(r"number of failed transactions: (\d+)", text)
    p50, p99, logged = meta[f"pgbench_{name}_latency"].split()
    return {"rps": tps, "processed": processed, "failed": int(failed_m.group(1)) if failed_m else 0,
            "p50_ms": float(p50), "p99_ms": float(p99), "rows_added": int(meta[f"pgbench_{name}_rows_added"])}


def cpu_per_request(meta, name, requests):
    """(app, PostgreSQL) CPU microseconds per request during one run, from the ms counters."""
    values = meta.get(f"cpu_{name}")
    if not values or not requests:
        return None, None
    a0, p0, a1, p1 = (int(x) for x in values.split())
    return (a1 - a0) * 1000 / requests, (p1 - p0) * 1000 / requests


def fmt(v, digits=1):
    if v is None:
        return "n/a"
    if isinstance(v, int):
        return f"{v:,}"
    return f"{v:,.{digits}f}"


def main():
    run, out_path = sys.argv[1], sys.argv[2]
    meta = read_meta(run)
    checks = []   # (ok, text)
    lines = []
    w = lambda s="": lines.append(s)

    scenarios = [
        ("vote", "cast vote, POST /api/votes/ (every pair new)"),
        ("change", "change ballot, PUT .../ballot/ (a sheet of 3 replaced)"),
        ("watched", f"cast vote with {fmt(int(meta.get('watchers_ready', 0)))} live-results watchers attached"),
        ("list1k", f"candidate list FE, {fmt(int(meta['list1k_ballots'])) if 'list1k_ballots' in meta else '~1k'} ballots"),
        ("list1m", f"candidate list FE, {fmt(int(meta['list1m_ballots'])) if 'list1m_ballots' in meta else '~1M'} ballots"),
        ("results1k", "standings of the FE election, GET .../results/, ~1k ballots"),
        ("results1m", "standings of the FE election, ~1M ballots"),
        ("login", "login, BCrypt cost 10"),
        ("refresh", "refresh, token rotated each call"),
    ]
    results = {name: wrk(run, name) for name, _ in scenarios}
    warmups = {name: wrk(run, f"{name}-warmup") for name, _ in scenarios}
    rss = {name: rss_max_mib(run, name) for name, _ in scenarios}
    pg = {name: pgbench(run, name, meta) for name in ("minimal", "route")}

    # ---- checks -----------------------------------------------------------------------------
    runs = sorted(os.path.basename(f)[4:-4] for f in glob.glob(os.path.join(run, "wrk-*.out")))
    for name in runs:
        r, label = wrk(run, name), name.replace("-warmup", " warm-up").replace("jit-", "JIT warm-up, ")
        checks.append((r["n5xx"] == 0, f"{label}: {r['n5xx']} responses 5xx"))
        if r["unexpected_count"]:
            checks.append((False, f"{label}: {r['unexpected_count']} responses other than "
                                  f"{r['expected_status']}: {r['statuses']}"))
        if r["extra"].get("starved"):
            checks.append((False, f"{label}: {r['extra']['starved']} refreshes sent without a session (too few sessions)"))
        if r["extra"].get("exhausted"):
            checks.append((False, f"{label}: the voters ran out (raise BENCH_VOTE_CEILING)"))
    v = results["vote"]
    if v is not None:
        added = int(meta["vote_ballots_after"]) - int(meta["vote_ballots_before"])
        tally = int(meta["vote_tally_after"]) - int(meta["vote_tally_before"])
        ok_rows, ok_distinct, missing = (int(meta[k]) for k in ("vote_ok_rows", "vote_ok_distinct", "vote_ok_missing"))
        in_flight = v["sent"] - v["requests"]
        checks.append((ok_rows == v["expected_count"],
                       f"votes: 201 responses {v['expected_count']}, (voter, candidate) pairs read from them {ok_rows}"))
        checks.append((ok_distinct == ok_rows, f"votes: {ok_rows} 201 responses name {ok_distinct} distinct pairs"))
        checks.append((missing == 0, f"votes: {missing} of the {ok_rows} pairs answered 201 are missing from the ballot table (lost votes)"))
        checks.append((tally == added, f"votes: ballot rows added {added}, sum of choice_tally increase {tally}"))
        checks.append((0 <= added - ok_rows <= in_flight,
                       f"votes: ballot rows added {added} = 201 responses {ok_rows} + {added - ok_rows} "
                       f"requests still in flight when wrk stopped (at most {in_flight})"))
    if "change_sheets_wrong" in meta:
        checks.append((meta["change_sheets_wrong"] == "0",
                       f"changes: {meta['change_sheets_wrong']} sheets whose size differs from their ballots"))
    watch = None
    watch_path = os.path.join(run, "watchers.out")
    if os.path.exists(watch_path):
        for line in open(watch_path):
            if line.startswith("WATCH_RESULT "):
                watch = json.loads(line[len("WATCH_RESULT "):])
    if "final_ballots" in meta:
        checks.append((meta["final_ballots"] == meta["final_tally"],
                       f"end of run: {meta['final_ballots']} ballots, choice_tally sums to {meta['final_tally']}"))
    for name, p in pg.items():
        if p is None:
            continue
        checks.append((p["failed"] == 0, f"pgbench {name}: {p['failed']} failed transactions"))
        checks.append((p["rows_added"] == p["processed"],
                       f"pgbench {name}: {p['processed']} transactions, {p['rows_added']} rows added"))
    if "route_matches_pgbench" in meta:
        checks.append((meta["route_matches_pgbench"] == "same",
                       "the vote route's captured SQL equals bench/pgbench/route.sql"
                       if meta["route_matches_pgbench"] == "same" else
                       "the vote route's captured SQL DIFFERS from bench/pgbench/route.sql: update the script"))

    # ---- table --------------------------------------------------------------------------------
    w("# partvote benchmark: latest results")
    w()
    w(f"Generated by `bench/run.sh` on {meta.get('date')}, commit `{meta.get('commit')}`. "
      f"How to run and read it: bench/README.md.")
    w()
    w(f"- Machine: {meta.get('machine_nproc')} CPUs ({meta.get('machine_cpu')}), {meta.get('machine_mem')} memory; "
      f"load average before the run {meta.get('machine_load_before')}, at the end {meta.get('machine_load')} "
      f"(the end counts the benchmark's own runnable threads: wrk, Tomcat's, PostgreSQL's; "
      f"compare ratios within one run)")
    jvm_opts = re.sub(r"\S*/bench/work/run/", "bench/work/run/", meta.get("jvm_opts") or "(none)")
    w(f"- JDK: {meta.get('java_version')}")
    w(f"- Application: `{meta.get('app_args')}` (the production launch command, its defaults; JVM as started: `{jvm_opts}`)")
    w(f"- PostgreSQL {meta.get('pg_version')}, throwaway data directory, loopback TCP: {meta.get('pg_settings')}")
    w(f"- Load: wrk, {meta.get('connections')} connections on {meta.get('threads')} threads in every scenario, "
      f"{meta.get('warmup')} s warm-up then {meta.get('duration')} s measured; pgbench {meta.get('connections')} "
      f"clients, {meta.get('threads')} threads, {meta.get('duration')} s, prepared statements")
    w()
    w("| scenario | req/s | p50 ms | p99 ms | non-2xx | 5xx | app RSS max MiB | app CPU us/req | PostgreSQL CPU us/req |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, label in scenarios:
        r = results[name]
        if r is None:
            w(f"| {label} | not run | | | | | | | |")
            continue
        app_cpu, pg_cpu = cpu_per_request(meta, name, r["requests"])
        w(f"| {label} | {fmt(r['rps'])} | {fmt(r['p50_ms'], 2)} | {fmt(r['p99_ms'], 2)} | {fmt(r['non2xx'])} "
          f"| {fmt(r['n5xx'])} | {fmt(rss[name], 0)} | {fmt(app_cpu, 0)} | {fmt(pg_cpu, 0)} |")
    labels = {"minimal": "pgbench: ballot INSERT alone, no trigger (bench_ballot)",
              "route": "pgbench: the vote route's SQL, trigger on"}
    for name, p in pg.items():
        if p is None:
            w(f"| {labels[name]} | not run | | | | | | | |")
        else:
            _, pg_cpu = cpu_per_request(meta, f"pgbench-{name}", p["processed"])
            w(f"| {labels[name]} | {fmt(p['rps'])} | {fmt(p['p50_ms'], 2)} | {fmt(p['p99_ms'], 2)} | "
              f"{fmt(p['failed'])} failed | n/a | n/a | n/a | {fmt(pg_cpu, 0)} |")
    w()
    w(f"Start-up to ready (process start to the first 200 from /actuator/health/readiness, empty "
      f"database, Flyway migration and candidate import included): **{fmt(int(meta['startup_ms']))} ms** "
      f"({fmt(int(meta['startup_cpu_ms']))} ms of CPU), with `deploy/partvote`"
      + (f"; its first start (it unpacks the jar and has no class-data archive yet): "
         f"{fmt(int(meta['startup_plain_ms']))} ms ({fmt(int(meta['startup_plain_cpu_ms']))} ms of CPU)."
         if "startup_plain_ms" in meta else "."))
    w()
    pauses = []
    gc_path = os.path.join(run, "gc.log")
    if os.path.exists(gc_path):
        for line in open(gc_path):
            m = re.search(r"Pause .* ([\d.]+)ms$", line.strip())
            if m:
                pauses.append(float(m.group(1)))
    if pauses:
        w(f"Garbage collection over the whole run (`-Xlog:gc`, bench/work/run/gc.log): {len(pauses)} pauses, "
          f"longest {max(pauses):.1f} ms, {sum(pauses) / 1000:.2f} s in total.")
        w()
    w("CPU columns: CPU time of the application process and of all PostgreSQL processes during the run, "
      "divided by the requests (transactions) completed; wrk and pgbench themselves are not counted. "
      "They vary less than req/s when other work shares the machine.")
    w()

    # ---- ratios and targets ----------------------------------------------------------------------
    def ratio(a, b):
        return a / b if a is not None and b else None
    vote_rps = v["rps"] if v else None
    min_rps = pg["minimal"]["rps"] if pg["minimal"] else None
    route_rps = pg["route"]["rps"] if pg["route"] else None
    l1k, l1m = results["list1k"], results["list1m"]
    p99_ratio = ratio(l1m["p99_ms"], l1k["p99_ms"]) if l1k and l1m else None
    rss_all = [x for x in rss.values() if x is not None]
    rss_max = max(rss_all) if rss_all else None
    login = results["login"]

    w("| ratio | value |")
    w("|---|---:|")
    w(f"| votes/s / pgbench minimal INSERT tx/s | {fmt(ratio(vote_rps, min_rps), 2)} |")
    w(f"| votes/s / pgbench vote-route SQL tx/s | {fmt(ratio(vote_rps, route_rps), 2)} |")
    w(f"| pgbench vote-route SQL / pgbench minimal INSERT | {fmt(ratio(route_rps, min_rps), 2)} |")
    w(f"| candidate list p99 at ~1M / at ~1k ballots | {fmt(p99_ratio, 2)} |")
    w(f"| votes/s / old system's {OLD_VOTES_PER_S} | {fmt(ratio(vote_rps, OLD_VOTES_PER_S), 1)} |")
    for name in ("list1k", "list1m"):
        r = results[name]
        w(f"| candidate list ({name[4:]}) req/s / old system's {OLD_LIST_PER_S} | "
          f"{fmt(ratio(r['rps'] if r else None, OLD_LIST_PER_S), 1)} |")
    w()

    def target(ok, text):
        state = "n/a" if ok is None else ("met" if ok else "NOT met")
        w(f"| {text} | {state} |")
    w("| target | |")
    w("|---|---|")
    target(None if vote_rps is None or min_rps is None else vote_rps >= 0.5 * min_rps,
           f"vote throughput >= 0.5 x pgbench minimal INSERT: {fmt(vote_rps)} vs 0.5 x {fmt(min_rps)} = {fmt(0.5 * min_rps if min_rps else None)}")
    target(None if p99_ratio is None else p99_ratio <= 1.5,
           f"candidate list p99 at ~1M <= 1.5 x at ~1k: {fmt(l1m['p99_ms'] if l1m else None, 2)} ms vs 1.5 x "
           f"{fmt(l1k['p99_ms'] if l1k else None, 2)} ms")
    target(None if vote_rps is None else vote_rps >= 20 * OLD_VOTES_PER_S,
           f"votes >= 20 x {OLD_VOTES_PER_S} = {20 * OLD_VOTES_PER_S}/s at {meta.get('connections')} connections: {fmt(vote_rps)}/s")
    for name in ("list1k", "list1m"):
        r = results[name]
        target(None if r is None else r["rps"] >= 20 * OLD_LIST_PER_S,
               f"candidate list ({name[4:]}) >= 20 x {OLD_LIST_PER_S} = {20 * OLD_LIST_PER_S} req/s: {fmt(r['rps'] if r else None)} req/s")
    rss_load = [x for k, x in rss.items() if x is not None and k != "watched"]
    target(None if not rss_load else max(rss_load) <= 400,
           f"application RSS <= 400 MiB under load without watchers: max {fmt(max(rss_load) if rss_load else None, 0)} MiB")
    target(int(meta["startup_ms"]) <= 4000, f"start-up to ready <= 4 s with deploy/partvote: {int(meta['startup_ms']) / 1000:.1f} s")
    ch = results["change"]
    target(None if ch is None or min_rps is None else ch["rps"] >= 0.3 * min_rps,
           f"ballot change >= 0.3 x pgbench minimal INSERT: {fmt(ch['rps'] if ch else None)} vs 0.3 x {fmt(min_rps)} "
           f"= {fmt(0.3 * min_rps if min_rps else None)}")
    r1k, r1m = results["results1k"], results["results1m"]
    target(None if r1k is None or r1m is None else r1m["p99_ms"] <= 1.5 * r1k["p99_ms"],
           f"standings p99 at ~1M <= 1.5 x at ~1k: {fmt(r1m['p99_ms'] if r1m else None, 2)} ms vs 1.5 x "
           f"{fmt(r1k['p99_ms'] if r1k else None, 2)} ms")
    wa = results["watched"]
    if watch is not None:
        n = watch["watchers"]
        target(watch["got_final"] == n and watch["late"] == 0,
               f"every one of {fmt(n)} watchers gets the final standings within 1 s of the last vote: {fmt(watch['got_final'])} got them "
               f"(p50 {fmt(watch['p50_ms'])} ms, p99 {fmt(watch['p99_ms'])} ms, max {fmt(watch['max_ms'])} ms after the last vote), "
               f"{fmt(watch['late'])} later than 1 s, {fmt(watch['never'])} never")
        target(watch["dropped"] == 0 and watch["connected"] == n,
               f"no watcher dropped: {fmt(watch['connected'])} connected, {fmt(watch['dropped'])} dropped")
    else:
        target(None, "watchers: not run")
    target(None if wa is None or vote_rps is None else wa["rps"] >= 0.8 * vote_rps,
           f"votes with the watchers >= 0.8 x without: {fmt(wa['rps'] if wa else None)} vs 0.8 x {fmt(vote_rps)}")
    target(None if rss["watched"] is None else rss["watched"] <= 400,
           f"application RSS with the watchers <= 400 MiB: max {fmt(rss['watched'], 0)} MiB "
           f"(at ready {meta.get('rss_ready', 'n/a')} MiB, watchers connected and idle {meta.get('rss_watchers_idle', 'n/a')} MiB)")
    rf = results["refresh"]
    target(None if rf is None else rf["rps"] >= 3000, f"refresh >= 3,000/s: {fmt(rf['rps'] if rf else None)}/s")
    w(f"| login throughput, BCrypt cost 10, stated: {fmt(login['rps'] if login else None)} logins/s | stated |")
    w()

    # ---- how the data was made ------------------------------------------------------------------
    w("Data and accounts:")
    n, secs = meta["signups"].split()
    w(f"- {n} members signed up through the API ({float(secs):.1f} s, BCrypt cost 10); they log in in the "
      f"login scenario and own the refresh scenario's sessions ({meta['session_logins'].split()[0]} logins).")
    n, secs = meta["voter_logins"].split()
    hash_text = ("a BCrypt cost-4 hash of the same password (pgcrypto): these accounts only hold ballots"
                 if meta.get("voter_hash") == "cheap" else "the cost-10 hash of an API sign-up")
    w(f"- Voters: created with SQL (COPY) with {hash_text}; each logged in through the API "
      f"({n} logins in {float(secs):.1f} s); the vote scenario uses their access tokens.")
    w("- Ballots for the candidate-list runs: COPY of generated (member, candidate) pairs; the ~1M load "
      "runs with the trigger disabled, then choice_tally and election_turnout are rebuilt "
      "from the ballots (GROUP BY), so the counts stay exact.")
    w()
    w("The vote route's SQL, captured from PostgreSQL (log_statement=all) for one vote, which "
      "`bench/pgbench/route.sql` repeats:")
    w()
    w("```sql")
    with open(os.path.join(run, "route-sql.txt")) as f:
        w(f.read().rstrip())
    w("```")
    w()
    w("The minimal pgbench run is the single `INSERT ... ON CONFLICT DO NOTHING` of a ballot on "
      "`bench_ballot`, a copy of the ballot table with its primary key (the uniqueness check) and "
      "foreign keys but without the `ballot_counted` trigger: the physical limit of one durable insert "
      "per vote. The route run includes the trigger.")
    w()
    w("Checks (any failure makes `bench/run.sh` exit non-zero):")
    w()
    for ok, text in checks:
        w(f"- {'ok' if ok else 'FAILED'}: {text}")
    w()
    text = "\n".join(lines)
    with open(out_path, "w") as f:
        f.write(text)
    print(text)
    failed = [t for ok, t in checks if not ok]
    if failed:
        print(f"\n{len(failed)} check(s) failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
