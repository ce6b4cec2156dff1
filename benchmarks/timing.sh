# Shared by the package benchmarks (sourced, not run): one timed `mvn -o -DskipTests package` of a
# copy of the project, and the median report of such runs. Needs GNU time (/usr/bin/time) and
# $work, the benchmark's scratch folder, holding one copy of the project per variant.

# Cleans, then builds the copy $work/$1, appending "seconds peak-KiB" to $work/$1.times.
run_once() {
  local variant=$1
  (cd "$work/$variant" && mvn -B -o -q clean >/dev/null)
  /usr/bin/time -f "%e %M" -o "$work/time.txt" \
    bash -c "cd '$work/$variant' && mvn -B -o -q -DskipTests package >/dev/null 2>&1"
  cat "$work/time.txt" >> "$work/$variant.times"
}

# Prints the median wall time of the runs of variant $1, all of them, and the median run's RSS.
report() {
  sort -n "$work/$1.times" | awk -v v="$1" '{t[NR]=$1; m[NR]=$2} END {
    mid=int((NR+1)/2); printf "%s: median %.1f s over %d runs (all: ", v, t[mid], NR;
    for (i=1;i<=NR;i++) printf "%s%.1f", (i>1?", ":""), t[i];
    printf "), peak RSS of the median run %.0f MiB\n", m[mid]/1024 }'
}
