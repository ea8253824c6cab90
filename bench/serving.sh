#!/usr/bin/env bash
# Serving latency: p50/p95 of each query of bench/serving-queries.sql on WAREHOUSE/capaian.duckdb
# (DuckDB) and on the same Parquet in Spark SQL (local mode), and their ratio. Figures: BENCHMARKS.md.
# Usage: bench/serving.sh WAREHOUSE [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/serving.sh WAREHOUSE [ITERATIONS]" >&2; exit 2; }
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
exec java @jobs/jvm.options -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  id.capaian.bench.ServingBenchmark "$@"
