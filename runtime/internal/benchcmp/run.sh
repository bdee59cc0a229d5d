#!/bin/sh
# Runs BenchmarkEngines (dogmavet's reference engine and testkit v0.18.1's
# engine, same application and workload) five times and writes the medians
# into docs/runtime.md. Usage: runtime/internal/benchcmp/run.sh [benchtime]
set -eu
cd "$(dirname "$0")"
benchtime="${1:-20000x}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
go test -run '^$' -bench BenchmarkEngines -benchmem -count 5 -benchtime "$benchtime" . | tee "$out"
go run ./report -doc ../../../docs/runtime.md \
	-header "Measured $(date -u +%Y-%m-%d) with \`runtime/internal/benchcmp/run.sh $benchtime\` ($(go version | cut -d' ' -f3), -count 5, medians; each run executes ${benchtime%x} commands after the workload's setup)." <"$out"
