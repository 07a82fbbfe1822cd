#!/usr/bin/env python3
"""A slow, counting HTTP/1.1 server on many loopback addresses, for link-checker benchmarks.

    linkserver.py [--first-ip 127.0.0.11] [--hosts 20] [--port 8800] [--delay 0.02]
                  [--stats FILE] [--no-linkchecker-header]

Python 3 standard library only (asyncio streams, one process, one thread).

It listens on HOSTS consecutive addresses from FIRST-IP (all of 127.0.0.0/8 is
loopback on Linux), all on one port. Every GET or HEAD of any path is answered
200 with the same small HTML page (Content-Length set) after DELAY seconds;
HTTP/1.1 keep-alive (and HTTP/1.0 `Connection: keep-alive`) is honoured.

Per host address it counts: connections (total, open now, most open at once;
a connection counts from its first request that is not a control request),
requests (total, by method, in flight now, most in flight at once, and how
many requests started at each level of in-flight requests to their host). A
request is "in flight" from the moment its head has been read until its answer
has been written. Also counted over all hosts together (`all`).

Control paths (any host; not counted as requests):
  GET /__stats          the JSON summary (also written to --stats FILE)
  GET /__stats?reset=1  the same, then every counter is reset (the "now" figures
                        are kept, and the maxima restart from them)
On SIGTERM or SIGINT it writes the summary to --stats FILE (if given), prints it
to stdout and exits 0. Once every listener is up it prints one line starting
with "ready" to stdout.

By default every answer carries a `LinkChecker: 1` header. LinkChecker (the
Debian `linkchecker` tool) only honours its `maxrequestspersecond` setting above
10 for hosts that have answered with that header; until then it spaces the
requests to one host by 0.1-0.6 s whatever it is told (see README.md). Other
clients ignore it.
"""

import argparse
import asyncio
import ipaddress
import json
import os
import signal
import sys
import time

BODY = (b"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>ok</title></head>"
        b"<body><p>ok</p></body></html>\n")


class HostStats:
    __slots__ = ("connections", "conn_now", "conn_max", "requests", "get", "head",
                 "other", "inflight_now", "inflight_max", "first", "last", "levels")

    def __init__(self):
        self.connections = 0
        self.conn_now = 0
        self.conn_max = 0
        self.reset()

    def reset(self):
        self.connections = 0
        self.conn_max = self.conn_now
        self.requests = self.get = self.head = self.other = 0
        self.inflight_now = getattr(self, "inflight_now", 0)
        self.inflight_max = self.inflight_now
        self.first = self.last = None
        # levels[k]: requests that started with k requests to this host in flight, themselves included
        self.levels = {}

    def as_dict(self):
        return {
            "requests": self.requests, "get": self.get, "head": self.head, "other": self.other,
            "inflight_max": self.inflight_max, "inflight_now": self.inflight_now,
            "connections": self.connections, "conn_max": self.conn_max, "conn_now": self.conn_now,
            "first_request": self.first, "last_request": self.last,
            "inflight_at_start": {str(k): v for k, v in sorted(self.levels.items())},
        }


class Server:
    def __init__(self, ips, port, delay, stats_file, lc_header):
        self.ips, self.port, self.delay = ips, port, delay
        self.stats_file = stats_file
        self.hosts = {ip: HostStats() for ip in ips}
        self.all = HostStats()
        self.since = time.time()
        self.servers = []
        extra = b"LinkChecker: 1\r\n" if lc_header else b""
        head = (b"HTTP/1.1 200 OK\r\nServer: linkserver\r\nContent-Type: text/html; charset=utf-8\r\n"
                + extra + b"Content-Length: %d\r\n" % len(BODY))
        # (keep-alive?, HEAD?) -> the whole answer, built once
        self.answers = {}
        for keep in (True, False):
            conn = b"Connection: keep-alive\r\n" if keep else b"Connection: close\r\n"
            self.answers[(keep, False)] = head + conn + b"\r\n" + BODY
            self.answers[(keep, True)] = head + conn + b"\r\n"

    # ---------------------------------------------------------------- stats
    def summary(self):
        per_host = {ip: s.as_dict() for ip, s in self.hosts.items()}
        used = [s for s in self.hosts.values() if s.requests]
        levels = {}
        for s in self.hosts.values():
            for k, v in s.levels.items():
                levels[k] = levels.get(k, 0) + v
        return {
            "since": round(self.since, 3), "now": round(time.time(), 3),
            "delay": self.delay, "port": self.port,
            "requests": self.all.requests,
            "hosts_used": len(used),
            "max_inflight_per_host": max((s.inflight_max for s in self.hosts.values()), default=0),
            "max_conn_per_host": max((s.conn_max for s in self.hosts.values()), default=0),
            "min_requests_per_host": min((s.requests for s in self.hosts.values()), default=0),
            "max_requests_per_host": max((s.requests for s in self.hosts.values()), default=0),
            # requests that started with k requests to their host in flight (themselves included)
            "per_host_inflight_at_start": {str(k): v for k, v in sorted(levels.items())},
            "all": self.all.as_dict(),
            "hosts": per_host,
        }

    def reset(self):
        for s in self.hosts.values():
            s.reset()
        self.all.reset()
        self.since = time.time()

    def write_stats(self, text):
        if self.stats_file:
            tmp = self.stats_file + ".tmp"
            with open(tmp, "w") as f:
                f.write(text + "\n")
            os.replace(tmp, self.stats_file)

    # ---------------------------------------------------------------- serving
    async def handle(self, reader, writer):
        sock = writer.get_extra_info("sockname")
        hs = self.hosts.get(sock[0] if sock else None)
        if hs is None:
            hs = self.hosts.setdefault(sock[0] if sock else "?", HostStats())
        a = self.all
        counted = False  # a connection is counted from its first request that is not /__stats
        try:
            while True:
                try:
                    raw = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                except asyncio.LimitOverrunError:
                    writer.write(b"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\n"
                                 b"Connection: close\r\n\r\n")
                    return
                lines = raw.split(b"\r\n")
                parts = lines[0].split()
                if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
                    writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    return
                method, target, version = parts
                conn_hdr = b""
                body_len = 0
                for line in lines[1:]:
                    if not line:
                        continue
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"connection":
                        conn_hdr = value.strip().lower()
                    elif name == b"content-length":
                        try:
                            body_len = int(value.strip())
                        except ValueError:
                            body_len = 0
                if body_len > 0:
                    await reader.readexactly(body_len)
                if version == b"HTTP/1.1":
                    keep = b"close" not in conn_hdr
                else:
                    keep = b"keep-alive" in conn_hdr

                if target.startswith(b"/__stats"):
                    text = json.dumps(self.summary(), indent=1)
                    self.write_stats(text)
                    if b"reset=1" in target:
                        self.reset()
                    data = text.encode() + b"\n"
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                                 b"Connection: %s\r\n\r\n" % (len(data), b"keep-alive" if keep else b"close"))
                    if method != b"HEAD":
                        writer.write(data)
                    await writer.drain()
                    if not keep:
                        return
                    continue

                now = time.time()
                if not counted:
                    counted = True
                    hs.connections += 1; hs.conn_now += 1
                    if hs.conn_now > hs.conn_max: hs.conn_max = hs.conn_now
                    a.connections += 1; a.conn_now += 1
                    if a.conn_now > a.conn_max: a.conn_max = a.conn_now
                hs.requests += 1; a.requests += 1
                if hs.first is None: hs.first = now
                if a.first is None: a.first = now
                if method == b"GET": hs.get += 1; a.get += 1
                elif method == b"HEAD": hs.head += 1; a.head += 1
                else: hs.other += 1; a.other += 1
                hs.inflight_now += 1; a.inflight_now += 1
                if hs.inflight_now > hs.inflight_max: hs.inflight_max = hs.inflight_now
                lv = hs.levels; lv[hs.inflight_now] = lv.get(hs.inflight_now, 0) + 1
                lv = a.levels; lv[a.inflight_now] = lv.get(a.inflight_now, 0) + 1
                if a.inflight_now > a.inflight_max: a.inflight_max = a.inflight_now
                try:
                    if self.delay > 0:
                        await asyncio.sleep(self.delay)
                    if method in (b"GET", b"HEAD"):
                        writer.write(self.answers[(keep, method == b"HEAD")])
                    else:
                        writer.write(b"HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\n"
                                     b"Content-Length: 0\r\nConnection: %s\r\n\r\n"
                                     % (b"keep-alive" if keep else b"close"))
                    await writer.drain()
                finally:
                    hs.inflight_now -= 1; a.inflight_now -= 1
                    hs.last = a.last = time.time()
                if not keep:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            if counted:
                hs.conn_now -= 1; a.conn_now -= 1
            try:
                writer.close()
            except Exception:
                pass

    async def run(self):
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        for ip in self.ips:
            srv = await asyncio.start_server(self.handle, host=ip, port=self.port,
                                             reuse_address=True, backlog=1024)
            self.servers.append(srv)
        print("ready: %d hosts %s..%s port %d, delay %.3f s, pid %d"
              % (len(self.ips), self.ips[0], self.ips[-1], self.port, self.delay, os.getpid()), flush=True)
        await stop.wait()
        for srv in self.servers:
            srv.close()
        text = json.dumps(self.summary(), indent=1)
        self.write_stats(text)
        print(text, flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--first-ip", default="127.0.0.11", help="first address (default 127.0.0.11)")
    ap.add_argument("--hosts", type=int, default=20, help="number of consecutive addresses (default 20)")
    ap.add_argument("--port", type=int, default=8800, help="port on every address (default 8800)")
    ap.add_argument("--delay", type=float, default=0.02, help="seconds before each answer (default 0.02)")
    ap.add_argument("--stats", metavar="FILE", help="write the JSON summary here at /__stats and at exit")
    ap.add_argument("--no-linkchecker-header", action="store_true",
                    help="do not send the 'LinkChecker: 1' header (LinkChecker then keeps its 0.1-0.6 s spacing)")
    a = ap.parse_args(argv)
    first = ipaddress.IPv4Address(a.first_ip)
    ips = [str(first + i) for i in range(a.hosts)]
    if not all(ipaddress.IPv4Address(ip).is_loopback for ip in ips):
        ap.error("every address must be in 127.0.0.0/8 (loopback only)")
    server = Server(ips, a.port, a.delay, a.stats, not a.no_linkchecker_header)
    asyncio.run(server.run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
