#!/usr/bin/env bash
# Start-up time of the parkdata tool against `java -version`, measured in one run.
#
#   benchmarks/startup.sh [-n RUNS] [-c CPU] [TOOL ...]
#
# Each TOOL is a command that starts the tool (default: the launcher examples/target/parkdata,
# which uses the class-data sharing archive, and `java -jar examples/target/parkdata.jar`).
# Every tool runs `--version`, `units`, `convert 31.85 平方公里 亩` and the no-argument summary,
# RUNS times each (default 10), pinned to core CPU (default 1) with taskset; runs are taken in
# turn (one of each, then the next round) so that a change of load touches all alike. A Markdown
# table gives the best wall time of each in milliseconds and its ratio to the best `java -version`
# of the same run, with the load average before and after. Output of the commands is discarded;
# a command that fails stops the script.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
cpu=1
while getopts "n:c:" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    c) cpu=$OPTARG ;;
    *) echo "usage: $0 [-n RUNS] [-c CPU] [TOOL ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
tools=("$@")
if [ ${#tools[@]} -eq 0 ]; then
  tools=("examples/target/parkdata" "java -jar examples/target/parkdata.jar")
fi
commands=("--version" "units" "convert 31.85 平方公里 亩" "")
names=("--version" "units" "convert 31.85 平方公里 亩" "(summary)")
pin=()
if command -v taskset >/dev/null; then
  pin=(taskset -c "$cpu")
else
  echo "taskset not found: not pinned" >&2
fi

# Wall time of one run of "$@" in microseconds, from bash's own clock (no fork to read it).
micros() {
  local start=$EPOCHREALTIME end
  "${pin[@]}" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$EPOCHREALTIME
  echo $(( (${end/./} - ${start/./}) ))
}

declare -A best
keep() { # keep KEY MICROS: the smallest seen
  if [ -z "${best[$1]:-}" ] || [ "$2" -lt "${best[$1]}" ]; then best[$1]=$2; fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# one untimed round, so that every file is in the page cache
java -version >/dev/null 2>&1
for tool in "${tools[@]}"; do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086 # a tool and a command are words to split
    "${pin[@]}" $tool ${commands[$i]} >/dev/null 2>&1 || { echo "failed: $tool ${commands[$i]}" >&2; exit 1; }
  done
done
for ((r = 0; r < runs; r++)); do
  keep java "$(micros java -version)"
  for t in "${!tools[@]}"; do
    for i in "${!commands[@]}"; do
      # shellcheck disable=SC2086
      keep "$t/$i" "$(micros ${tools[$t]} ${commands[$i]})"
    done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

ms() { printf '%d' $(( ($1 + 500) / 1000 )); }
ratio() { printf '%d.%02d' $(( $1 / $2 )) $(( ($1 * 100 / $2) % 100 )); }
java_version=$(java -version 2>&1 | head -1)
echo "Best of $runs, pinned to core $cpu ($(nproc) cores); load average before $load_before, after $load_after"
echo "Baseline: \`java -version\` ($java_version): $(ms "${best[java]}") ms"
echo
header="| command |"
rule="|---|"
for tool in "${tools[@]}"; do
  header+=" \`$tool\` |"
  rule+="---|"
done
echo "$header"
echo "$rule"
for i in "${!commands[@]}"; do
  row="| \`parkdata ${names[$i]}\` |"
  for t in "${!tools[@]}"; do
    v=${best[$t/$i]}
    row+=" $(ms "$v") ms ($(ratio "$v" "${best[java]}")×) |"
  done
  echo "$row"
done
