#!/usr/bin/env bash
# Extraction alone on one core (JMH): MB/s and documents/s of DocumentReader on the real corpus
# (../shared/corpus or $CAPAIAN_SHARED) and on 100 generated documents, beside the floors of reading
# the bytes and of one pass decoding and splitting lines. Figures: BENCHMARKS.md.
# `bench/extraction.sh --cpu` (what bench/extraction-cpu.sh runs) times the same extract/extractFacts
# operations by thread CPU time instead (ExtractionCpuTime), for a machine shared with busy processes.
set -euo pipefail
cd "$(dirname "$0")/.."
main=id.capaian.bench.ExtractionBenchmark
flags=()
if [ "${1:-}" = "--cpu" ]; then
  main=id.capaian.bench.ExtractionCpuTime
  flags=(-Xmx1g -XX:ActiveProcessorCount=1)
fi
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
# taskset pins the benchmark JVM (and its fork) to one core where the tool exists.
pin=""
command -v taskset >/dev/null && pin="taskset -c ${BENCH_CPU:-0}"
exec $pin java @jobs/jvm.options "${flags[@]}" -Dcapaian.project.dir="$PWD" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  "$main"
