#!/usr/bin/env python3
"""Summarise the runs of run.sh: times per tool and what the server saw.

    report.py RUNS.TSV [--urls 2000] [--cap 4]

RUNS.TSV has one line per counted run: tool, round, wall s, user s, sys s,
peak RSS KB, exit code, server stats JSON file (written by run.sh). Prints, per
tool, the median (min-max) of wall and CPU seconds and the peak memory; the
median of the per-round ratios of each tool's wall time to the first tool's;
and, from the server, the requests per run, per host, and the most requests in
flight and connections open at once to one host. Exits 1 if a run failed, did
not request exactly URLS URLs (none, for a tool whose name ends in -build), or
went over CAP requests in flight to one host.
"""

import argparse
import json
import statistics
import sys


def mmm(xs, fmt="%.2f"):
    if not xs:
        return "-"
    return (fmt + " (" + fmt + "-" + fmt + ")") % (statistics.median(xs), min(xs), max(xs))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("runs")
    ap.add_argument("--urls", type=int, default=2000)
    ap.add_argument("--cap", type=int, default=4)
    a = ap.parse_args(argv)

    tools, runs = [], {}
    with open(a.runs) as f:
        for line in f:
            if not line.strip():
                continue
            tool, rnd, wall, usr, sys_, kb, rc, stats = line.rstrip("\n").split("\t")
            if tool not in runs:
                tools.append(tool)
                runs[tool] = []
            with open(stats) as sf:
                st = json.load(sf)
            runs[tool].append(dict(round=int(rnd), wall=float(wall), cpu=float(usr) + float(sys_),
                                   mb=int(kb) / 1024, rc=int(rc), st=st))
    if not tools:
        print("no runs")
        return 1

    status = 0
    w = max(len(t) for t in tools)
    print("%-*s  %-24s  %-24s  %-7s  %s" % (w, "tool", "wall s: median (min-max)", "cpu s (user+sys)", "peak MB", "exit codes"))
    for t in tools:
        rs = runs[t]
        print("%-*s  %-24s  %-24s  %-7.0f  %s" % (w, t, mmm([r["wall"] for r in rs]), mmm([r["cpu"] for r in rs]),
                                                   max(r["mb"] for r in rs), ",".join(str(r["rc"]) for r in rs)))
        if any(r["rc"] != 0 for r in rs):
            status = 1
    base = tools[0]
    by_round = {r["round"]: r for r in runs[base]}
    for t in tools[1:]:
        if t.endswith("-build"):
            continue
        ratios = [by_round[r["round"]]["wall"] / r["wall"] for r in runs[t] if r["round"] in by_round]
        if ratios:
            print("wall %s / %s, per round: median %.3f (%.3f-%.3f)"
                  % (base, t, statistics.median(ratios), min(ratios), max(ratios)))

    print()
    print("server, per run of each tool (max over its runs unless a range is shown):")
    print("%-*s  %-12s  %-8s  %-13s  %-10s  %-12s  %-11s  %s"
          % (w, "tool", "requests", "per host", "inflight/host", "conns/host", "inflight all", "connections",
             "requests started with k in flight to their host (all runs): k=count"))
    for t in tools:
        rs = runs[t]
        reqs = [r["st"]["requests"] for r in rs]
        lo = min(r["st"]["min_requests_per_host"] for r in rs)
        hi = max(r["st"]["max_requests_per_host"] for r in rs)
        infl = max(r["st"]["max_inflight_per_host"] for r in rs)
        conn = max(r["st"]["max_conn_per_host"] for r in rs)
        allinfl = max(r["st"]["all"]["inflight_max"] for r in rs)
        conns = [r["st"]["all"]["connections"] for r in rs]
        methods = set()
        levels = {}
        for r in rs:
            for k, v in r["st"]["per_host_inflight_at_start"].items():
                levels[int(k)] = levels.get(int(k), 0) + v
            if r["st"]["all"]["get"]:
                methods.add("GET")
            if r["st"]["all"]["head"]:
                methods.add("HEAD")
        rr = "%d" % reqs[0] if min(reqs) == max(reqs) else "%d-%d" % (min(reqs), max(reqs))
        cc = "%d" % conns[0] if min(conns) == max(conns) else "%d-%d" % (min(conns), max(conns))
        flags = []
        want = 0 if t.endswith("-build") else a.urls
        if min(reqs) != want or max(reqs) != want:
            flags.append("NOT %d REQUESTS" % want)
        if infl > a.cap:
            flags.append("OVER THE PER-HOST CAP OF %d" % a.cap)
        if flags:
            status = 1
        print("%-*s  %-12s  %-8s  %-13d  %-10d  %-12d  %-11s  %s%s"
              % (w, t, rr + " " + "/".join(sorted(methods)), "%d-%d" % (lo, hi), infl, conn, allinfl, cc,
                 " ".join("%d=%d" % kv for kv in sorted(levels.items())),
                 ("  <- " + "; ".join(flags)) if flags else ""))
    return status


if __name__ == "__main__":
    sys.exit(main())
