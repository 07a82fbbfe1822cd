#!/usr/bin/env bash
# Drover build benchmarks on synthetic collections (1k, 10k, 50k entries), wall time
# and peak memory: a clean build (--clean), a build where nothing changed, and a build
# after one entry's body was edited (incremental).
#
#   Benchmarks/run.sh [--hugo | --hugo-only] [--sizes "1000 10000 50000"] [--repeat N] [--seed S] [--per-page P]
#
#   --hugo       also build the same collections with Hugo, side by side
#   --hugo-only  only Hugo (no Swift build, no Drover runs)
#   --repeat N   run each measurement N times and keep the fastest (default 1)
#   --per-page P entries per block and tag page for Drover and Hugo (default 50; 0: one page each)
#
# Environment:
#   DROVER=path   use this drover binary instead of building .build/release/drover
#   THEME=dir     theme folder for Drover (default: the repo's theme/)
#
# Everything it writes goes to Benchmarks/out/ (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"

sizes="1000 10000 50000"
with_hugo=0
with_drover=1
repeat=1
seed=1
per_page=50

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --hugo) with_hugo=1 ;;
    --hugo-only) with_hugo=1; with_drover=0 ;;
    --sizes) sizes="$2"; shift ;;
    --sizes=*) sizes="${1#*=}" ;;
    --repeat) repeat="$2"; shift ;;
    --repeat=*) repeat="${1#*=}" ;;
    --seed) seed="$2"; shift ;;
    --seed=*) seed="${1#*=}" ;;
    --per-page) per_page="$2"; shift ;;
    --per-page=*) per_page="${1#*=}" ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# --- tools -----------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  echo "== installing GNU time (/usr/bin/time is missing)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
  else sudo apt-get install -y time >/dev/null || { sudo apt-get update >/dev/null && sudo apt-get install -y time >/dev/null; }
  fi
fi
if [ "$with_hugo" = 1 ] && ! command -v hugo >/dev/null; then
  echo "run.sh: --hugo given but hugo is not installed (apt-get install hugo)" >&2; exit 1
fi

if [ "$with_drover" = 0 ]; then DROVER=-; THEME=-
elif [ -z "${DROVER:-}" ]; then
  echo "== swift build -c release --product drover"
  (cd "$root" && swift build -c release --product drover)
  DROVER="$root/.build/release/drover"
fi
if [ "$with_drover" = 1 ]; then
  [ -x "$DROVER" ] || { echo "run.sh: drover binary not found: $DROVER" >&2; exit 1; }
  DROVER="$(cd "$(dirname "$DROVER")" && pwd)/$(basename "$DROVER")"
  THEME="${THEME:-$root/theme}"
  if [ ! -d "$THEME/templates" ]; then
    echo "run.sh: no theme at $THEME (expected $THEME/templates); set THEME=dir" >&2; exit 1
  fi
  THEME="$(cd "$THEME" && pwd)"
  # per-stage timings in the output, when this drover has them
  timings=()
  if "$DROVER" build --help 2>/dev/null | grep -q -- '--timings'; then timings=(--timings); fi
fi

mkdir -p "$out"
log="$out/run.log"
: > "$log"

# --- helpers -----------------------------------------------------------------
# measure NAME CMD...: runs CMD $repeat times, keeps the fastest run;
# sets m_wall (s), m_mb (peak RSS, MB), m_cpu (user+sys s) or m_wall=FAIL.
measure() {
  local name="$1"; shift
  local best_wall="" best_kb="" best_cpu="" i tf rc wall kb usr sys
  for ((i = 1; i <= repeat; i++)); do
    [ -n "${PRE:-}" ] && eval "$PRE"
    sync  # flush the previous run's dirty pages so its writeback doesn't land in this one
    load="$(cut -d' ' -f1 /proc/loadavg)"
    tf="$(mktemp)"
    set +e
    /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >>"$log.tmp" 2>&1
    rc=$?
    set -e
    { echo "--- $name (run $i, rc=$rc, load before: $load): $*"; cat "$log.tmp"; echo "--- time: $(tail -n 1 "$tf")"; } >>"$log"
    if [ "$rc" != 0 ]; then
      echo "   $name FAILED (rc=$rc); last output:" >&2
      tail -n 15 "$log.tmp" | sed 's/^/     /' >&2
      rm -f "$tf" "$log.tmp"; m_wall=FAIL; m_mb=-; m_cpu=-; return 0
    fi
    mv -f "$log.tmp" "$log.last"
    read -r wall kb usr sys < <(tail -n 1 "$tf"); rm -f "$tf"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then
      best_wall="$wall"; best_kb="$kb"; best_cpu="$(awk "BEGIN{printf \"%.1f\", $usr+$sys}")"
    fi
  done
  m_wall="$best_wall"
  m_mb="$(awk "BEGIN{printf \"%.0f\", $best_kb/1024}")"
  m_cpu="$best_cpu"
}

# output_size DIR: sets o_total (all files, MB), o_pages (HTML pages), o_max (largest HTML page, KB)
# and o_max_path (that page, relative to DIR).
output_size() {
  local dir="$1" line
  o_total="$(find "$dir" -type f -printf '%s\n' | awk '{t += $1} END {printf "%.1f", t / 1048576}')"
  o_pages="$(find "$dir" -type f -name '*.html' | wc -l)"
  line="$(find "$dir" -type f -name '*.html' -printf '%s %P\n' | sort -n | tail -n 1)"
  o_max="$(awk -v s="${line%% *}" 'BEGIN{printf "%.0f", s / 1024}')"
  o_max_path="${line#* }"
}

fmt() { # wall mb -> "1.23 s  45 MB"
  if [ "$1" = FAIL ]; then printf '%-16s' "FAIL"; else printf '%6.2f s %5s MB' "$1" "$2"; fi
}

gen_hash="$(cksum < "$here/generate.py" | cut -d' ' -f1)"
declare -A R

# --- run ----------------------------------------------------------------------
echo "== drover: $DROVER"
echo "== theme:  $THEME"
echo "== sizes:  $sizes (repeat $repeat, seed $seed, per page $per_page)$([ $with_hugo = 1 ] && echo ', with hugo')"
for n in $sizes; do
  content="$out/content-$n"; hsrc="$out/hugo-$n"
  stamp="$out/.stamp-$n"
  want="$n $seed $per_page $gen_hash"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -d "$content" ] \
     || { [ "$with_hugo" = 1 ] && [ ! -d "$hsrc" ]; }; then
    echo "== generating $n entries"
    rm -f "$stamp"
    if [ "$with_hugo" = 1 ]; then
      python3 "$here/generate.py" --entries "$n" --seed "$seed" --per-page "$per_page" --out "$content" --hugo "$hsrc"
    else
      rm -rf "$hsrc"  # would be stale now
      python3 "$here/generate.py" --entries "$n" --seed "$seed" --per-page "$per_page" --out "$content"
    fi
    echo "$want" > "$stamp"
  fi

  site="$out/site-$n"
  if [ "$with_drover" = 1 ]; then
  echo "== drover $n: clean build"
  PRE="rm -rf '$site'" measure "drover-$n-clean" \
    "$DROVER" build "${timings[@]}" --clean --content "$content" --theme "$THEME" --output "$site"
  R[$n,dc]="$(fmt "$m_wall" "$m_mb")"; R[$n,dcw]="$m_wall"; R[$n,dcm]="$m_mb"
  R[$n,dcc]="$m_cpu"
  [ "$m_wall" = FAIL ] || sed 's/^/   /' "$log.last"
  if [ "$m_wall" != FAIL ]; then
    output_size "$site"
    R[$n,dout]="$o_total MB in $o_pages pages, largest $o_max KB ($o_max_path)"; R[$n,dmax]="$o_max"
  fi
  echo "== drover $n: unchanged rebuild"
  if [ "$m_wall" = FAIL ]; then m_wall=FAIL; m_mb=-; else
    PRE="" measure "drover-$n-rebuild" \
      "$DROVER" build "${timings[@]}" --content "$content" --theme "$THEME" --output "$site"
    [ "$m_wall" = FAIL ] || sed 's/^/   /' "$log.last"
  fi
  R[$n,dr]="$(fmt "$m_wall" "$m_mb")"; R[$n,drc]="$m_cpu"
  # One entry's body edited: each run appends a sentence to the same entry, so each run has an edit.
  edited="$(find "$content" -name '*.md' ! -name '_block.md' | sort | sed -n 1p)"
  echo "== drover $n: one entry's body edited ($edited)"
  if [ "${R[$n,dcw]}" = FAIL ]; then m_wall=FAIL; m_mb=-; else
    PRE="printf '\nЕщё одно предложение о материале.\n' >> '$edited'" measure "drover-$n-edit" \
      "$DROVER" build "${timings[@]}" --content "$content" --theme "$THEME" --output "$site"
    [ "$m_wall" = FAIL ] || sed 's/^/   /' "$log.last"
  fi
  R[$n,de]="$(fmt "$m_wall" "$m_mb")"; R[$n,dec]="$m_cpu"
  else R[$n,dc]="-"; R[$n,dr]="-"; R[$n,de]="-"; R[$n,dcw]=-; R[$n,dcm]=-; R[$n,dcc]=-; R[$n,drc]=-; R[$n,dec]=-; fi

  if [ "$with_hugo" = 1 ]; then
    hsite="$out/hugo-site-$n"
    echo "== hugo $n: clean build"
    PRE="rm -rf '$hsite' '$hsrc/resources'" measure "hugo-$n-clean" hugo --quiet -s "$hsrc" -d "$hsite"
    R[$n,hc]="$(fmt "$m_wall" "$m_mb")"; R[$n,hcc]="$m_cpu"
    if [ "$m_wall" != FAIL ]; then
      output_size "$hsite"
      R[$n,hout]="$o_total MB in $o_pages pages, largest $o_max KB ($o_max_path)"
    fi
    echo "== hugo $n: unchanged rebuild"
    PRE="" measure "hugo-$n-rebuild" hugo --quiet -s "$hsrc" -d "$hsite"
    R[$n,hr]="$(fmt "$m_wall" "$m_mb")"; R[$n,hrc]="$m_cpu"
  fi
done

# --- table --------------------------------------------------------------------
echo
env_line="$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM"
if [ "$with_drover" = 1 ]; then env_line+=", drover $("$DROVER" --version 2>/dev/null | head -n 1 || true)"; fi
if [ "$with_hugo" = 1 ]; then env_line+=", $(hugo version | cut -d' ' -f1-2)"; fi
echo "$env_line"
if [ "$with_hugo" = 1 ]; then
  printf '| %-7s | %-17s | %-17s | %-17s | %-17s | %-17s |\n' entries "drover clean" "drover no change" "drover 1 edit" "hugo clean" "hugo rebuild"
  printf '|%s|%s|%s|%s|%s|%s|\n' "--------:" "-------------------" "-------------------" "-------------------" "-------------------" "-------------------"
  for n in $sizes; do
    printf '| %7s | %-17s | %-17s | %-17s | %-17s | %-17s |\n' "$n" "${R[$n,dc]}" "${R[$n,dr]}" "${R[$n,de]}" "${R[$n,hc]}" "${R[$n,hr]}"
  done
else
  printf '| %-7s | %-17s | %-17s | %-17s |\n' entries "drover clean" "drover no change" "drover 1 edit"
  printf '|%s|%s|%s|%s|\n' "--------:" "-------------------" "-------------------" "-------------------"
  for n in $sizes; do
    printf '| %7s | %-17s | %-17s | %-17s |\n' "$n" "${R[$n,dc]}" "${R[$n,dr]}" "${R[$n,de]}"
  done
fi

echo
echo "CPU seconds (user+sys) of the same runs; wall vs CPU shows how well the 2 cores are used"
echo "and helps when the machine was busy (load average before each run is in the log):"
for n in $sizes; do
  if [ "$with_hugo" = 1 ]; then
    printf '  %6s entries: drover clean %5s, no change %5s, 1 edit %5s | hugo clean %5s, rebuild %5s\n' "$n" "${R[$n,dcc]}" "${R[$n,drc]}" "${R[$n,dec]}" "${R[$n,hcc]}" "${R[$n,hrc]}"
  else
    printf '  %6s entries: drover clean %5s, no change %5s, 1 edit %5s\n' "$n" "${R[$n,dcc]}" "${R[$n,drc]}" "${R[$n,dec]}"
  fi
done

echo
echo "Output of the clean builds (all files; HTML pages; the largest HTML page):"
for n in $sizes; do
  [ "$with_drover" = 1 ] && printf '  %6s entries: drover %s\n' "$n" "${R[$n,dout]:--}"
  [ "$with_hugo" = 1 ] && printf '  %6s entries: hugo   %s\n' "$n" "${R[$n,hout]:--}"
done

# --- targets (clean 10k build < 3 s, peak memory < 300 MB, no HTML page over 200 KB) ---
status=0
for n in $sizes; do
  case "${R[$n,dc]}${R[$n,dr]}${R[$n,hc]:-}${R[$n,hr]:-}" in *FAIL*) status=1 ;; esac
  [ "$n" = 10000 ] && [ "$with_drover" = 1 ] || continue
  w="${R[$n,dcw]}"; m="${R[$n,dcm]}"
  if [ "$w" = FAIL ]; then echo "target: 10k clean build FAILED"; status=1; continue; fi
  awk "BEGIN{exit !($w < 3)}" && t1=ok || { t1=MISSED; status=1; }
  awk "BEGIN{exit !($m < 300)}" && t2=ok || { t2=MISSED; status=1; }
  echo "target: 10k clean build < 3 s: $t1 (${w} s); peak memory < 300 MB: $t2 (${m} MB)"
  if [ -n "${R[$n,dmax]:-}" ]; then
    awk "BEGIN{exit !(${R[$n,dmax]} <= 200)}" && t3=ok || { t3=MISSED; status=1; }
    echo "target: 10k largest HTML page <= 200 KB: $t3 (${R[$n,dmax]} KB)"
  fi
done
rm -f "$log.last"
echo "full output: $log"
exit $status
