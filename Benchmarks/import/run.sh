#!/bin/sh
# Times `drover import awesome` on a generated 1,000-item README and `drover export readme`
# on the flagship collection (content/), release build, with hyperfine (Debian's package)
# when it is installed and /usr/bin/time otherwise. Prints the medians (and, with hyperfine,
# the mean CPU time, which other load on the machine disturbs less than wall time).
#
#   Benchmarks/import/run.sh [ITEMS] [RUNS]
#   BENCH_DIR=/dev/shm Benchmarks/import/run.sh   # write the import on tmpfs, away from a busy disk
set -eu
cd "$(dirname "$0")/../.."
items=${1:-1000}
runs=${2:-15}
work=$(mktemp -d "${BENCH_DIR:-/tmp}/drover-import-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

swift build -c release --product drover >/dev/null
drover=$(swift build -c release --show-bin-path)/drover
python3 Benchmarks/import/generate.py --items "$items" > "$work/README.md"

if command -v hyperfine >/dev/null; then
    hyperfine --runs "$runs" --warmup 2 --export-json "$work/import.json" \
        --prepare "rm -rf $work/out" -i "$drover import awesome $work/README.md --into $work/out" >/dev/null
    hyperfine --runs "$runs" --warmup 2 --export-json "$work/export.json" \
        "$drover export readme --content content --output $work/EXPORT.md" >/dev/null
    python3 - "$work" "$items" <<'PY'
import json, sys
work, items = sys.argv[1], sys.argv[2]
for name, label in (("import", f"import awesome, {items} items"), ("export", "export readme, flagship")):
    result = json.load(open(f"{work}/{name}.json"))["results"][0]
    print(f"{label}: median {result['median']:.3f} s (min {result['min']:.3f}, max {result['max']:.3f}, {len(result['times'])} runs; "
          f"CPU user {result['user']:.3f} s + sys {result['system']:.3f} s)")
PY
else
    median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
    for i in $(seq "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f '%e' -a -o "$work/import.times" "$drover" import awesome "$work/README.md" --into "$work/out" >/dev/null || true
        /usr/bin/time -f '%e' -a -o "$work/export.times" "$drover" export readme --content content --output "$work/EXPORT.md" >/dev/null
    done
    echo "import awesome, $items items: median $(median < "$work/import.times") s ($runs runs, /usr/bin/time)"
    echo "export readme, flagship: median $(median < "$work/export.times") s ($runs runs, /usr/bin/time)"
fi
"$drover" import awesome "$work/README.md" --into "$work/check" | tail -2
