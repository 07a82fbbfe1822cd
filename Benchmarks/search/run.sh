#!/usr/bin/env bash
# Search benchmark: Drover's search index against Pagefind 1.5 on the same built synthetic site.
#
#   Benchmarks/search/run.sh [--sizes "10000 50000"] [--pagefind-sizes "10000"] [--query модели] [--repeat 3]
#
# For each size: generates the collection (Benchmarks/generate.py), builds it with drover (release)
# with and without `search: false` (clean builds, fastest of --repeat) to get the time the index
# adds, then serves the site on 127.0.0.1 (measure.py) and loads /search/?q=QUERY in headless
# Chromium, counting the requests and gzip bytes until the first results show. For the sizes in --pagefind-sizes it
# also runs Pagefind (PyPI pagefind[bin]) over the same built site, times it, and loads the same
# query through Pagefind's JavaScript API (pagefind-bench.html: the first 20 results' data).
# Needs python3, selenium, chromium, chromium-driver (as .ci/browser-tests installs) and, for
# Pagefind, `pip install 'pagefind[bin]'`. Everything goes to Benchmarks/out/search/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/Benchmarks/out/search"
sizes="10000 50000"
pagefind_sizes="10000"
query="модели"
repeat=3
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift ;;
    --pagefind-sizes) pagefind_sizes="$2"; shift ;;
    --query) query="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"

if [ -z "${DROVER:-}" ]; then
  (cd "$root" && swift build -c release --product drover)
  DROVER="$root/.build/release/drover"
fi
encoded="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"

# timed OUTFILE CMD...: runs CMD, its output to OUTFILE; prints "wall cpu" (seconds; cpu = user+sys)
timed() {
  local log="$1" tf; shift
  tf="$(mktemp)"
  /usr/bin/time -f '%e %U %S' -o "$tf" "$@" >"$log" 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$tf"
  rm -f "$tf"
}

# clean_build CONTENT OUTPUT -> "wall cpu" of the fastest of $repeat clean builds
clean_build() {
  local content="$1" output="$2" best="" best_cpu="" wall cpu
  for ((i = 1; i <= repeat; i++)); do
    rm -rf "$output"; sync
    read -r wall cpu < <(timed "$out/build.log" "$DROVER" build --content "$content" --theme "$root/theme" --output "$output")
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best="$wall"; fi
    if [ -z "$best_cpu" ] || awk "BEGIN{exit !($cpu < $best_cpu)}"; then best_cpu="$cpu"; fi
  done
  echo "$best $best_cpu"
}

results="$out/results.jsonl"
: > "$results"
for n in $sizes; do
  content="$out/content-$n"
  if [ ! -f "$content/.generated" ]; then
    python3 "$root/Benchmarks/generate.py" --entries "$n" --out "$content" >/dev/null
    touch "$content/.generated"
  fi
  off="$out/content-$n-nosearch"
  rm -rf "$off"; cp -r "$content" "$off"; echo "search: false" >> "$off/site.yml"

  echo "== $n entries: clean builds (fastest of $repeat), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  read -r with with_cpu < <(clean_build "$content" "$out/site-$n")
  read -r without without_cpu < <(clean_build "$off" "$out/site-$n-nosearch")
  files="$(find "$out/site-$n/search" -type f | wc -l)"
  bytes="$(du -sb "$out/site-$n/search" | cut -f1)"
  echo "   with search ${with} s (${with_cpu} CPU s), without ${without} s (${without_cpu} CPU s); index: ${files} files, ${bytes} bytes"
  echo "{\"label\": \"build-$n\", \"with_search\": $with, \"without_search\": $without, \"with_cpu\": $with_cpu, \"without_cpu\": $without_cpu, \"index_files\": $files, \"index_bytes\": $bytes}" >> "$results"

  # The site is built for https://example.org/bench/: measure.py serves it under /bench/.
  echo "== $n entries: drover, first results for «$query»"
  python3 "$here/measure.py" --label "drover-$n" --site "$out/site-$n" --prefix /bench/ \
    --page "search/?q=$encoded" --wait ".search-hit" --rank-query "$query" | tee -a "$results"

  if [[ " $pagefind_sizes " == *" $n "* ]]; then
    pf="$out/site-$n-pagefind"
    rm -rf "$pf"; cp -r "$out/site-$n" "$pf"; rm -rf "$pf/search"
    echo "== $n entries: $(python3 -m pagefind --version 2>/dev/null || echo pagefind)"
    read -r t t_cpu < <(timed "$out/pagefind-$n.log" python3 -m pagefind --site "$pf")
    echo "   pagefind indexing: ${t} s (${t_cpu} CPU s)"
    echo "{\"label\": \"pagefind-index-$n\", \"seconds\": $t, \"cpu\": $t_cpu}" >> "$results"
    cp "$here/pagefind-bench.html" "$pf/pagefind-bench.html"
    python3 "$here/measure.py" --label "pagefind-$n" --site "$pf" --prefix /bench/ \
      --page "pagefind-bench.html?q=$encoded" --wait ".hit" | tee -a "$results"
  fi
done
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print()
for r in rows:
    if r["label"].startswith("build-"):
        print("%-16s clean build %.2f s with search, %.2f s without: %+.2f s wall, %+.2f CPU s; index %d files, %.1f MB"
              % (r["label"], r["with_search"], r["without_search"], r["with_search"] - r["without_search"],
                 r["with_cpu"] - r["without_cpu"], r["index_files"], r["index_bytes"] / 1e6))
    elif r["label"].startswith("pagefind-index"):
        print("%-16s indexing %.1f s (%.1f CPU s)" % (r["label"], r["seconds"], r["cpu"]))
    else:
        print("%-16s first results: %d requests, %.1f KB gzip (%.1f KB raw)%s"
              % (r["label"], r["requests"], r["gzip"] / 1024, r["raw"] / 1024,
                 "; ranking %s ms" % r["rank_ms"] if r.get("rank_ms") is not None else ""))
        for f in r["files"]:
            print("    %-60s %7.1f KB gzip" % (f["path"], f["gzip"] / 1024))
PY
