#!/usr/bin/env bash
# Benchmark: the live preview's latency on a copy of the project (the working tree is not
# touched): from the write of a saved chapter to the updated page served (goal: 1 s) and to its
# updated PDF (goal: 3 s), median of SAVES saves after one warm-up save, with the machine's cores
# and load, which the numbers depend on.
#
#   bash benchmarks/preview-latency.sh [SAVES]     (default 5)
set -euo pipefail
saves=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -B -o -q -pl book-tools compile dependency:build-classpath \
  -Dmdep.includeScope=compile -Dmdep.outputFile="$work/classpath.txt" >/dev/null)
mkdir -p "$work/copy"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$work/copy/")

echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$root/book-tools/target/classes:$(cat "$work/classpath.txt")" \
  "$root/benchmarks/PreviewLatency.java" "$work/copy" "$saves"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
