#!/usr/bin/env bash
# Benchmark: whole-process wall time and peak memory of `mvn package` (all books), with the
# JVM flags of .mvn/jvm.config and without them, measured in the same run on a copy of the
# project (the working tree is not touched).
#
#   bash benchmarks/package-wall-time.sh [RUNS]     (default 3; reports the median)
#
# Needs GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=benchmarks/timing.sh
source "$root/benchmarks/timing.sh"

copy_project "$work/tuned"
copy_project "$work/plain"
rm -f "$work/plain/.mvn/jvm.config"
mkdir -p "$work/plain/.mvn"   # keeps maven.multiModuleProjectDirectory at the root

# Alternating runs, so that whatever else the machine does weighs on both variants alike.
for i in $(seq "$runs"); do
  run_once tuned
  run_once plain
done
report tuned
report plain
