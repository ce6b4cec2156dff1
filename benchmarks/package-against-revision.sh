#!/usr/bin/env bash
# Benchmark: whole-process wall time and peak memory of `mvn -o -Dmaven.test.skip=true package`
# (all books) of this working tree against an earlier revision, measured side by side in one run,
# alternating, each on its own copy (the working tree is not touched).
#
#   bash benchmarks/package-against-revision.sh REVISION [RUNS]   (default 3; reports medians)
#
# Needs GNU time (/usr/bin/time, Debian package `time`), and the earlier revision's dependencies in
# the local Maven repository (build it once online).
set -euo pipefail
base=${1:?usage: package-against-revision.sh REVISION [RUNS]}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=benchmarks/timing.sh
source "$root/benchmarks/timing.sh"

copy_project "$work/current"
mkdir -p "$work/base"
(cd "$root" && git archive "$base") | tar -x -C "$work/base"

echo "$(nproc) cores; base $(cd "$root" && git rev-parse --short "$base"), current working tree"
for i in $(seq "$runs"); do
  run_once base
  run_once current
done
report base
report current
