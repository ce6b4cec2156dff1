# Shared by the build benchmarks (sourced, not run): copies of the project, timed whole-process
# runs, medians, and where a build's time goes. Needs GNU time (/usr/bin/time) and $work, the
# benchmark's scratch folder, holding one copy of the project per variant.
#
# Peak RSS is GNU time's %M: the largest resident set of any one process of the run (Linux
# reports the biggest descendant, not a sum). A `mvn -Dmaven.test.skip=true package` is one JVM
# (the book's goals run in Maven's JVM), so that is the build's peak; a run that forks (surefire,
# failsafe) would report its biggest process.

# Installs the Debian packages named, where their command ($1 of each pair) is missing:
#   need_debian time:/usr/bin/time asciidoctor:asciidoctor
need_debian() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair#*:}" >/dev/null 2>&1 || missing+=("${pair%%:*}")
  done
  ((${#missing[@]})) || return 0
  echo "installing Debian packages: ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Copies the project's files (tracked, and untracked ones not ignored: what a commit would hold,
# never target/) from $root into the folder $1.
copy_project() {
  mkdir -p "$1"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard \
    | xargs -0 -I{} cp -P --parents {} "$1/")
}

# Runs the command after $1 in a subshell, timed; appends "seconds peak-KiB cpu-seconds" (wall
# time, peak RSS, user + system CPU time of the whole tree) to $work/$1.times. CPU time suffers
# less than wall time from a busy machine.
# Its output goes to $work/$1.log; on failure, the log's end is shown and the benchmark stops.
timed() {
  local variant=$1
  shift
  if ! /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" > "$work/$variant.log" 2>&1; then
    tail -40 "$work/$variant.log" >&2
    echo "error: the run of $variant failed; its output is above" >&2
    return 1
  fi
  tail -1 "$work/time.txt" | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' >> "$work/$variant.times"
}

# How every benchmark runs Maven: batch, offline, quiet; the tests are neither compiled nor run (they
# are not conversions, and the peers run none).
maven_flags=(-B -o -q -Dmaven.test.skip=true)

# Cleans, then builds the copy $work/$1 from clean (fresh target/ folders: the build's own code,
# book-tools and the plugin, compiled too; the local Maven repository and the file cache warm),
# timed. Extra Maven arguments may follow.
run_once() {
  local variant=$1
  shift
  # Every target/ folder removed, as `mvn clean` would: a bare `mvn clean` takes the book plugin from
  # the local repository (the reactor does not build it for the clean phase), where it may be
  # missing or an older one without the goals the content modules name.
  find "$work/$variant" -name target -type d -prune -exec rm -rf {} +
  timed "$variant" bash -c "cd '$work/$variant' && mvn ${maven_flags[*]} $* package"
}

# Builds the books of the copy $work/$1 cold: every target/ folder is removed but those of the
# build's own code (book-tools, book-maven-plugin), which a build from clean compiles first; so
# nothing of a book (its outputs, its stamp, the bundle, the reports) is reused, and the tools are
# built, as the Ruby peer's are installed. Timed as the variant $2.
run_books_cold() {
  local dir="$work/$1" variant=$2
  shift 2
  find "$dir" -name target -type d -prune -not -path "$dir/book-tools/target" \
    -not -path "$dir/book-maven-plugin/target" -exec rm -rf {} +
  timed "$variant" bash -c "cd '$dir' && mvn ${maven_flags[*]} $* package"
}

# The median of column $2 (1: seconds, 2: peak KiB, 3: CPU seconds) of the runs of variant $1.
median() {
  awk -v c="${2:-1}" '{print $c}' "$work/$1.times" | sort -n \
    | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}

# The largest value of column $2 of the runs of variant $1.
maximum() {
  awk -v c="${2:-1}" '$c > m {m = $c} END {print m}' "$work/$1.times"
}

# Prints the median wall time of the runs of variant $1, all of them, the median run's RSS, and
# the median CPU time.
report() {
  sort -n "$work/$1.times" | awk -v v="$1" -v cpu="$(median "$1" 3)" '{t[NR]=$1; m[NR]=$2} END {
    mid=int((NR+1)/2); printf "%s: median %.1f s over %d runs (all: ", v, t[mid], NR;
    for (i=1;i<=NR;i++) printf "%s%.1f", (i>1?", ":""), t[i];
    printf "), peak RSS of the median run %.0f MiB", m[mid]/1024;
    if (cpu != "") printf ", median CPU time %.1f s", cpu; printf "\n" }'
}

# Load average of the last minute, and the machine's cores: the noise every figure carries.
machine() {
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Maven arguments for a build log whose lines carry the time (for mojo_times).
timestamped_log=(-Dorg.slf4j.simpleLogger.showDateTime=true
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

# From a build log made with ${timestamped_log[@]} (not -q): how long each plugin execution took
# (until the next one starts), as "seconds<TAB>module<TAB>plugin:goal (id)", longest first.
# "(project setup)" is the time between a module's start and its first execution.
mojo_times() {
  awk '
    function secs(t,  p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    function close_open(now) { if (name != "") printf "%.2f\t%s\t%s\n", now - start, module, name }
    /^[0-9:.]+ \[INFO\] Building [^j]/ && !/Building jar/ {
      close_open(secs($1)); start = secs($1); name = ""; setup = start; next }
    /^[0-9:.]+ \[INFO\] --- .* @ .* ---/ {
      close_open(secs($1)); start = secs($1)
      line = $0; sub(/^.* --- /, "", line); sub(/ ---.*$/, "", line)
      module = line; sub(/^.* @ /, "", module)
      if (setup != "") printf "%.2f\t%s\t(project setup)\n", start - setup, module
      setup = ""
      name = line; sub(/ @ .*$/, "", name); sub(/:[0-9][^:]*:/, ":", name); next }
    /^[0-9:.]+ \[INFO\] Reactor Summary/ { close_open(secs($1)); name = "" }
  ' "$1" | sort -t$'\t' -k1,1 -rn
}

# Sums mojo_times of log $1 by column $2 (2: module, 3: execution), longest first.
mojo_sums() {
  mojo_times "$1" | awk -F'\t' -v c="$2" '{s[$c] += $1} END {for (k in s) printf "%.2f\t%s\n", s[k], k}' \
    | sort -rn
}

# CPU samples of a JFR recording $1 (made with MAVEN_OPTS=-XX:StartFlightRecording=...), by what
# the build was doing: each sample goes to the first category whose pattern a frame of its stack
# matches (the categories are tried in order). Prints "share<TAB>samples<TAB>category".
cpu_profile() {
  jfr print --events jdk.ExecutionSample --stack-depth 400 "$1" | awk '
    BEGIN {
    n = split("font subsetting (PDF and web fonts);TTFSubsetter|FontSubsetter|webfonts\\." \
        ";PDF layout and rendering (openhtmltopdf, Batik);com\\.openhtmltopdf|org\\.apache\\.batik" \
        ";PDF finishing (PDFBox: tags, PDF/A, save);printing\\.|org\\.apache\\.pdfbox" \
        ";check: sources (CheckSources);tools\\.safety\\.CheckSources" \
        ";check: translation;tools\\.translation\\." \
        ";check: terminology;tools\\.terminology\\." \
        ";check: references;tools\\.references\\." \
        ";figures (RenderFigures);tools\\.figures\\." \
        ";HTML finishing (publishing, typography, locales);tools\\.(publishing|typography|locales)\\." \
        ";handout bundle;tools\\.handouts\\." \
        ";other book-tools code (extensions, safety);io\\.github\\.awsnetbook" \
        ";Asciidoctor conversion (JRuby);org\\.jruby|org\\.asciidoctor" \
        ";Java compiler (book-tools);com\\.sun\\.tools\\.javac|plexus\\.compiler" \
        ";Maven itself (model, resolution, plugins, class loading);.", part, ";")
      for (i = 1; i < n; i += 2) { cat[++k] = part[i]; pat[k] = part[i + 1] }
    }
    /^jdk\.ExecutionSample/ { stack = "" }
    /line:/ { stack = stack "\n" $1 }
    /^}/ {
      if (stack == "") next
      for (i = 1; i <= k; i++) if (stack ~ pat[i]) { count[cat[i]]++; total++; break }
    }
    END { for (c in count) printf "%5.1f%%\t%d\t%s\n", 100 * count[c] / total, count[c], c }
  ' | sort -rn
}

# One more cold build of the copy $work/$1, not timed for the medians: a timestamped log and a
# JFR recording, then where the time went, per module, per plugin execution and by CPU samples.
profile_build() {
  local dir="$work/$1" wall rss logged
  find "$dir" -name target -type d -prune -exec rm -rf {} +
  (cd "$dir" && MAVEN_OPTS="${MAVEN_OPTS:-} -XX:StartFlightRecording=filename=$work/$1.jfr,settings=profile,jdk.ExecutionSample#period=2ms" \
    /usr/bin/time -f "%e %M" -o "$work/$1-profile-time.txt" \
    mvn -B -o -Dmaven.test.skip=true "${timestamped_log[@]}" package > "$work/$1-profile.log" 2>&1) \
    || { tail -40 "$work/$1-profile.log" >&2; echo "error: the profiled build failed" >&2; return 1; }
  read -r wall rss < <(tail -1 "$work/$1-profile-time.txt")
  # Maven writes "12.345 s", or "01:07 min" past a minute.
  logged=$(awk '/Total time:/ {t = $(NF-1); if (split(t, p, ":") == 2) t = p[1] * 60 + p[2]; print t}' \
    "$work/$1-profile.log")
  echo "wall ${wall} s (with JFR), peak RSS $((rss / 1024)) MiB; Maven's own total ${logged} s;" \
    "before the first module (JVM start, reading the poms):" \
    "$(awk -v w="$wall" -v l="$logged" 'BEGIN {printf "%.1f", w - l}') s"
  echo "-- per module (s):"
  mojo_sums "$work/$1-profile.log" 2 | sed 's/^/   /'
  echo "-- per plugin execution, summed over modules (s):"
  mojo_sums "$work/$1-profile.log" 3 | head -12 | sed 's/^/   /'
  echo "-- the 12 longest executions (s, module, execution):"
  mojo_times "$work/$1-profile.log" | head -12 | sed 's/^/   /'
  echo "-- Java CPU samples (JFR, every 2 ms of running Java code; JIT, GC, waiting not sampled):"
  cpu_profile "$work/$1.jfr" | sed 's/^/   /'
}
