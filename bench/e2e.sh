#!/usr/bin/env bash
# End to end: `capaian run` on 10, 100, 1000 and 5000 generated documents (wall time, peak memory of
# the JVM, time per stage), then the incremental nightly runs on the largest corpus (nothing changed;
# 1% of the documents changed). Usage: bench/e2e.sh [SIZES...] (default: 10 100 1000 5000).
# Work folder: $BENCH_DIR (default: a new mktemp -d); results: $BENCH_DIR/e2e.tsv. Figures: BENCHMARKS.md.
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000 5000)
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
results="$work/e2e.tsv"
# The issue's memory bound: the driver must fit in 2 GB whatever the corpus size.
export CAPAIAN_JAVA_OPTS="${CAPAIAN_JAVA_OPTS:--Xmx2g}"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), CAPAIAN_JAVA_OPTS=$CAPAIAN_JAVA_OPTS" \
  | tee -a "$results"
printf 'run\tdocs\tMB\twall_s\tpeak_rss_MB\tstages\n' | tee -a "$results"

spec() { # documents -> synth arguments (a Renja and an LKjIP per region-year, a Renstra every 5 years)
  case "$1" in
    10) echo "--regions 2 --years 2023-2024" ;;
    100) echo "--regions 5 --years 2016-2024" ;;
    1000) echo "--regions 50 --years 2016-2024" ;;
    5000) echo "--regions 250 --years 2016-2024" ;;
    *) echo "unknown size $1 (10, 100, 1000 or 5000)" >&2; exit 2 ;;
  esac
}

run() { # label docs corpus warehouse
  local label="$1" docs="$2" corpus="$3" warehouse="$4" log="$work/$1-$2.log"
  /usr/bin/time -f '%e %M' -o "$work/time.txt" \
    "$home/bin/capaian" run --input "$corpus" --warehouse "$warehouse" >"$log" 2>&1 \
    || { echo "capaian run failed, see $log" >&2; tail -5 "$log" >&2; exit 1; }
  read -r wall rss <"$work/time.txt"
  local mb stages
  mb=$(du -sm --apparent-size "$corpus" | cut -f1)
  stages=$(sed -n 's/^  stages *//p' "$log"); [ -n "$stages" ] || stages=$(sed -n 's/^  load *//p' "$log")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$docs" "$mb" "$wall" "$((rss / 1024))" "$stages" | tee -a "$results"
}

for n in "${sizes[@]}"; do
  synth="$work/synth-$n"
  # shellcheck disable=SC2046
  [ -d "$synth/corpus" ] || "$home/bin/capaian" synth $(spec "$n") --seed 1 --out "$synth" >/dev/null
  rm -rf "$work/warehouse-$n"
  run full "$n" "$synth/corpus" "$work/warehouse-$n"
done

largest="${sizes[-1]}"
run nochange "$largest" "$work/synth-$largest/corpus" "$work/warehouse-$largest"
# 1% of the documents change: a sentence appended to every hundredth file.
find "$work/synth-$largest/corpus" -type f | sort | awk 'NR % 100 == 0' | while read -r f; do
  printf '\nDokumen ini diperbarui pada %s.\n' "$(date -u +%F)" >>"$f"
done
run changed1pct "$largest" "$work/synth-$largest/corpus" "$work/warehouse-$largest"
echo "results: $results"
