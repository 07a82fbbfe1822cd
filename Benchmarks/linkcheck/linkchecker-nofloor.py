#!/usr/bin/python3
"""LinkChecker without its hard-coded per-host spacing floor (benchmark variant).

    linkchecker-nofloor.py [linkchecker arguments...]

Runs Debian's LinkChecker (`/usr/bin/python3`, package `linkchecker`) exactly
as /usr/bin/linkchecker does, after one change: for a host that has not (yet)
answered with a `LinkChecker` header, LinkChecker 10.x spaces the starts of two
requests to it by at least uniform(0.1, 0.6) s whatever `maxrequestspersecond`
says (`Aggregate.wait_time_min_default` / `wait_time_max_default` in
linkcheck/director/aggregator.py), and it sleeps for that spacing while holding
one lock shared by all threads. The header only helps once the host's first
answer is back, so every run starts with that stall. This sets both floors to 0,
so the spacing is uniform(1/N, 6/N) s with N = `maxrequestspersecond` from the
start: the equivalent of drover's `per_host.interval: 0`. Nothing else changes.
"""
import re
import sys

import linkcheck.director.aggregator as aggregator
from linkcheck.command.linkchecker import linkchecker

aggregator.Aggregate.wait_time_min_default = 0.0
aggregator.Aggregate.wait_time_max_default = 0.0

if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\.pyw|\.exe)?$", "", sys.argv[0])
    sys.exit(linkchecker())
