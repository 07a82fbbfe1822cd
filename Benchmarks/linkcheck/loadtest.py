#!/usr/bin/env python3
"""Check that linkserver.py is not the bottleneck: an ideal client.

    loadtest.py [--first-ip 127.0.0.11] [--hosts 20] [--port 8800] [--urls 2000]
                [--per-host 4] [--method GET]

Python 3 standard library only. Opens PER-HOST keep-alive connections to each
host and sends the same URL set as generate.py (URL i -> host i mod HOSTS,
path /r/i) over them, each connection one request at a time, so at most
PER-HOST requests are in flight per host and HOSTS*PER-HOST in all. Prints the
wall time, the requests per second and the ideal time for that concurrency
(URLs / (hosts * per-host) * delay, read from the server's /__stats).
"""

import argparse
import asyncio
import ipaddress
import json
import sys
import time


async def fetch_stats(ip, port):
    r, w = await asyncio.open_connection(ip, port)
    w.write(b"GET /__stats HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % ip.encode())
    data = await r.read()
    w.close()
    return json.loads(data.split(b"\r\n\r\n", 1)[1])


async def worker(ip, port, paths, method, errors):
    r, w = await asyncio.open_connection(ip, port)
    for p in paths:
        w.write(b"%s %s HTTP/1.1\r\nHost: %s:%d\r\nUser-Agent: loadtest\r\n\r\n"
                % (method.encode(), p.encode(), ip.encode(), port))
        head = await r.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200"):
            errors.append(head.split(b"\r\n", 1)[0])
        n = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                n = int(line.split(b":", 1)[1])
        if n and method != "HEAD":
            await r.readexactly(n)
    w.close()


async def main_async(a):
    first = ipaddress.IPv4Address(a.first_ip)
    ips = [str(first + i) for i in range(a.hosts)]
    per_host = {ip: [] for ip in ips}
    for i in range(a.urls):
        per_host[ips[i % a.hosts]].append("/r/%d" % i)
    before = await fetch_stats(ips[0], a.port)
    jobs, errors = [], []
    t0 = time.perf_counter()
    for ip, paths in per_host.items():
        for k in range(a.per_host):
            jobs.append(worker(ip, a.port, paths[k::a.per_host], a.method, errors))
    await asyncio.gather(*jobs)
    wall = time.perf_counter() - t0
    delay = before["delay"]
    ideal = -(-a.urls // (a.hosts * a.per_host)) * delay
    print("%d %s requests, %d connections (%d per host): %.3f s wall, %.0f req/s; ideal %.3f s; %d errors"
          % (a.urls, a.method, len(jobs), a.per_host, wall, a.urls / wall, ideal, len(errors)))
    return 1 if errors else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--first-ip", default="127.0.0.11")
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--port", type=int, default=8800)
    ap.add_argument("--urls", type=int, default=2000)
    ap.add_argument("--per-host", type=int, default=4)
    ap.add_argument("--method", default="GET", choices=["GET", "HEAD"])
    return asyncio.run(main_async(ap.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
