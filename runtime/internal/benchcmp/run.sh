#!/bin/sh
# Runs BenchmarkEngines (dogmavet's reference engine and testkit v0.18.1's
# engine, same application and workload) ten times, the two engines taking
# turns within each round so that a change in the machine's load hits both,
# and writes the medians into docs/runtime.md.
# Usage: runtime/internal/benchcmp/run.sh [benchtime]
set -eu
cd "$(dirname "$0")"
benchtime="${1:-20000x}"
out="$(mktemp)"
bin="$(mktemp)"
trap 'rm -f "$out" "$bin"' EXIT
go test -c -o "$bin" .
go version >"$out"
for i in 1 2 3 4 5 6 7 8 9 10; do
	"$bin" -test.run '^$' -test.bench BenchmarkEngines -test.benchmem -test.benchtime "$benchtime" | tee -a "$out"
done
go run ./report -doc ../../../docs/runtime.md \
	-header "Measured $(date -u +%Y-%m-%d) with \`runtime/internal/benchcmp/run.sh $benchtime\` ($(go version | cut -d' ' -f3), 10 rounds, medians; each run executes ${benchtime%x} commands after the workload's setup, built before the timer starts)." <"$out"
