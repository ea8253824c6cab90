#!/usr/bin/env bash
# The extraction benchmark's extract / extractFacts timed by thread CPU time (ExtractionCpuTime): on a
# machine shared with other busy processes the wall-clock JMH figures of bench/extraction.sh also
# measure the share of the core we got. Same documents; one pinned JVM. Figures: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
pin=""
command -v taskset >/dev/null && pin="taskset -c ${BENCH_CPU:-0}"
exec $pin java @jobs/jvm.options -Xmx1g -XX:ActiveProcessorCount=1 -Dcapaian.project.dir="$PWD" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  id.capaian.bench.ExtractionCpuTime
