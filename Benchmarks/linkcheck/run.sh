#!/usr/bin/env bash
# External link check benchmark: `drover check --external` vs LinkChecker on the
# same 2,000 URLs, served on 20 loopback hosts that answer after 20 ms.
#
#   Benchmarks/linkcheck/run.sh [--runs N] [--warmup N] [--urls N] [--hosts N]
#       [--port P] [--first-ip IP] [--delay S] [--lc-threads N]
#       [--lc "stock nofloor"] [--no-drover] [--no-build] [--no-linkchecker]
#
#   --runs N        counted runs of each tool, in turn: drover, linkchecker, ... (default 5)
#   --warmup N      rounds before those, not counted (default 1); the first one's
#                   output is kept in Benchmarks/out/linkcheck/ for inspection
#   --lc "..."      LinkChecker variants: stock (/usr/bin/linkchecker) and/or
#                   nofloor (linkchecker-nofloor.py; see README.md) (default: both)
#   --lc-threads N  LinkChecker threads (default 40: keeps it within 4 per host; see README.md)
#   --no-build      skip the drover-build row (`drover build` of the same content,
#                   no requests: the part of drover's time that is not checking)
#   --no-drover / --no-linkchecker   leave one side out
#
# Environment: DROVER=path (default .build/release/drover), THEME=dir (default theme/).
# Needs python3, curl, /usr/bin/time and linkchecker (each installed with apt-get
# when missing). Everything it writes goes to Benchmarks/out/linkcheck/ (git-ignored).
set -euo pipefail
umask 022  # LinkChecker drops root to nobody, who must read links.html

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/Benchmarks/out/linkcheck"

runs=5; warmup=1; urls=2000; hosts=20; port=8800; first_ip=127.0.0.11; delay=0.02
lc_threads=40; lc_variants="stock nofloor"; with_drover=1; with_build=1; with_lc=1
cap=4  # per-host concurrency both tools are set to (site.yml check.per_host.concurrency)

usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --urls) urls="$2"; shift ;;
    --hosts) hosts="$2"; shift ;;
    --port) port="$2"; shift ;;
    --first-ip) first_ip="$2"; shift ;;
    --delay) delay="$2"; shift ;;
    --lc-threads) lc_threads="$2"; shift ;;
    --lc) lc_variants="$2"; shift ;;
    --no-drover) with_drover=0 ;;
    --no-build) with_build=0 ;;
    --no-linkchecker) with_lc=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[ "$with_lc" = 1 ] || lc_variants=""
for v in $lc_variants; do
  case "$v" in stock|nofloor) ;; *) echo "run.sh: unknown --lc variant $v (stock, nofloor)" >&2; exit 2 ;; esac
done

# --- tools -----------------------------------------------------------------------
apt_install() {
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "== installing $* (apt-get)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null \
    || { $sudo apt-get update >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null; }
}
[ -x /usr/bin/time ] || apt_install time
command -v curl >/dev/null || apt_install curl
if [ -n "$lc_variants" ] && ! command -v linkchecker >/dev/null; then apt_install linkchecker; fi

if [ "$with_drover" = 1 ]; then
  DROVER="${DROVER:-$root/.build/release/drover}"
  if [ ! -x "$DROVER" ]; then
    echo "run.sh: no drover binary at $DROVER: build it (swift build -c release --product drover)," >&2
    echo "        set DROVER=path, or leave drover out with --no-drover" >&2
    exit 1
  fi
  DROVER="$(cd "$(dirname "$DROVER")" && pwd)/$(basename "$DROVER")"
  if ! "$DROVER" check --help 2>&1 | grep -q -- '--external'; then
    echo "run.sh: $DROVER has no 'check --external'; use a newer build or --no-drover" >&2
    exit 1
  fi
  THEME="${THEME:-$root/theme}"
  [ -d "$THEME/templates" ] || { echo "run.sh: no theme at $THEME (expected $THEME/templates)" >&2; exit 1; }
  THEME="$(cd "$THEME" && pwd)"
fi
if [ "$with_drover" = 0 ] && [ -z "$lc_variants" ]; then echo "run.sh: nothing to run" >&2; exit 2; fi

mkdir -p "$out"
rm -f "$out"/stats-*.json "$out"/runs.tsv "$out"/*.out "$out"/*.err

# --- server ------------------------------------------------------------------------
base_url="http://$first_ip:$port"
if curl -s -o /dev/null --max-time 2 "$base_url/"; then
  echo "run.sh: something already answers at $base_url; stop it or use --port" >&2; exit 1
fi
python3 "$here/linkserver.py" --first-ip "$first_ip" --hosts "$hosts" --port "$port" --delay "$delay" \
  --stats "$out/server-final.json" > "$out/server.log" 2>&1 &
server_pid=$!
stop_server() {
  if [ -n "${server_pid:-}" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM
for _ in $(seq 100); do
  grep -q '^ready' "$out/server.log" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { echo "run.sh: linkserver.py failed:" >&2; cat "$out/server.log" >&2; exit 1; }
  sleep 0.1
done
grep -q '^ready' "$out/server.log" || { echo "run.sh: linkserver.py not ready after 10 s" >&2; exit 1; }
echo "== server: $(grep '^ready' "$out/server.log")"

# --- inputs -------------------------------------------------------------------------
python3 "$here/generate.py" --out "$out" --urls "$urls" --hosts "$hosts" --port "$port" --first-ip "$first_ip" \
  | sed 's/^/== /'
content="$out/content"; page="$out/links.html"; site="$out/site"

# --- the commands -------------------------------------------------------------------
declare -A CMD
tools=()
if [ "$with_drover" = 1 ]; then
  tools+=(drover)
  CMD[drover]="$(printf '%q ' "$DROVER" check --content "$content" --theme "$THEME" --output "$site" \
    --external --no-cache --format json)"
  if [ "$with_build" = 1 ]; then
    tools+=(drover-build)
    CMD[drover-build]="$(printf '%q ' "$DROVER" build --content "$content" --theme "$THEME" --output "$site")"
  fi
fi
lc_args=(--config "$here/linkcheckerrc" --threads "$lc_threads" --check-extern -r1 --no-robots --no-status -o text "$page")
for v in $lc_variants; do
  case "$v" in
    stock) tools+=(linkchecker); CMD[linkchecker]="$(printf '%q ' linkchecker "${lc_args[@]}")" ;;
    nofloor) tools+=(linkchecker-nofloor)
             CMD[linkchecker-nofloor]="$(printf '%q ' /usr/bin/python3 "$here/linkchecker-nofloor.py" "${lc_args[@]}")" ;;
  esac
done
for t in "${tools[@]}"; do echo "== $t: ${CMD[$t]}> /dev/null"; done

# run_one TOOL ROUND DEST: reset the server's counters, run TOOL's command with its
# stdout to DEST (stderr to $out/TOOL.err), then save the server's counters.
# Appends "tool round wall user sys maxrss_kb rc stats_file" to runs.tsv if ROUND > 0.
run_one() {
  local tool="$1" rnd="$2" dest="$3" tf rc stats
  curl -sf "$base_url/__stats?reset=1" > /dev/null
  case "$tool" in drover*) rm -rf "$site" ;; esac
  tf="$(mktemp)"
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$tf" bash -c "exec ${CMD[$tool]}" > "$dest" 2>> "$out/$tool.err"
  rc=$?
  set -e
  stats="$out/stats-$tool-$rnd.json"
  curl -sf "$base_url/__stats" > "$stats"
  read -r wall usr sys kb < <(tail -n 1 "$tf"); rm -f "$tf"
  printf '   %-20s round %-3s %6.2f s wall, %5.2f s cpu, rc %s, %s requests, max %s in flight to one host\n' \
    "$tool" "$rnd" "$wall" "$(awk "BEGIN{print $usr+$sys}")" "$rc" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["requests"])' "$stats")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["max_inflight_per_host"])' "$stats")"
  if [ "$rnd" -gt 0 ]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$rnd" "$wall" "$usr" "$sys" "$kb" "$rc" "$stats" >> "$out/runs.tsv"
  fi
}

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg);" \
  "$urls URLs on $hosts hosts, ${delay} s per answer, $warmup warm-up + $runs counted rounds"
for ((w = 1; w <= warmup; w++)); do
  echo "== warm-up $w"
  for t in "${tools[@]}"; do
    if [ "$w" = 1 ]; then run_one "$t" "-$w" "$out/$t.out"; else run_one "$t" "-$w" /dev/null; fi
  done
done
for ((r = 1; r <= runs; r++)); do
  echo "== round $r"
  for t in "${tools[@]}"; do run_one "$t" "$r" /dev/null; done
done

# --- results ------------------------------------------------------------------------
echo
status=0
python3 "$here/report.py" "$out/runs.tsv" --urls "$urls" --cap "$cap" || status=$?
stop_server
echo
echo "full output: $out (server.log, server-final.json, stats-TOOL-ROUND.json, TOOL.out/.err of the first warm-up)"
exit $status
