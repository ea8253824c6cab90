#!/usr/bin/env bash
# The extraction benchmark's extract / extractFacts timed by thread CPU time (ExtractionCpuTime): on a
# machine shared with other busy processes the wall-clock JMH figures of bench/extraction.sh also
# measure the share of the core we got. Same documents; one pinned JVM. Figures: BENCHMARKS.md.
exec "$(dirname "$0")/extraction.sh" --cpu
