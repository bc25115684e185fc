#!/usr/bin/env bash
# Generate a corpus, extract its timeline once on this machine and once with the
# Spark job in local mode, and check that the two timeline.json are the same bytes.
#
#   examples/spark/run-local.sh [COUNT] [chronicle_spark.py options...]
#
# COUNT documents (default 10000). Environment: CHRONICLE and CHRONICLE_CORPUS, the
# binaries (default: ../../.build/release/ from here); SPARK_MASTER (default local[2]);
# KEEP=1 keeps the temporary folder. Needs pyspark (pip install pyspark) and Java 17.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
chronicle=$(realpath -m "${CHRONICLE:-$here/../../.build/release/chronicle}")
corpus_tool=$(realpath -m "${CHRONICLE_CORPUS:-$here/../../.build/release/chronicle-corpus}")
count=${1:-10000}
(($# > 0)) && shift
master=${SPARK_MASTER:-local[2]}

for tool in "$chronicle" "$corpus_tool"; do
    [[ -x $tool ]] || { echo "run-local.sh: $tool not found: build them (scripts/build-release chronicle chronicle-corpus) or set CHRONICLE / CHRONICLE_CORPUS" >&2; exit 1; }
done
python3 -c 'import pyspark' 2>/dev/null || { echo "run-local.sh: pyspark is not installed (pip install pyspark)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/chronicle-spark.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

# Seconds since the epoch, to the microsecond (bash 5).
now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

"$corpus_tool" "$count" "$work/corpus" >&2
files=$(find "$work/corpus" -type f | wc -l)
megabytes=$(find "$work/corpus" -type f -printf "%s\n" | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')

# One absolute folder for both runs: `source` in timeline.json is the path as given.
start=$(now)
nice -n 5 "$chronicle" extract "$work/corpus" --quiet >"$work/single.json"
single=$(elapsed "$start" "$(now)")

# Keep Spark on the loopback interface, and its console quiet.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
start=$(now)
nice -n 5 spark-submit --master "$master" \
    --conf spark.log.level=WARN --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
    "$here/chronicle_spark.py" "$work/corpus" "$work/spark.json" --chronicle "$chronicle" "$@"
spark=$(elapsed "$start" "$(now)")

echo
echo "corpus:        $files files, $megabytes MB"
echo "single run:    $single s  (chronicle extract, one thread per core)"
echo "Spark ($master): $spark s  (spark-submit, wall clock, start-up included)"
if cmp "$work/single.json" "$work/spark.json"; then
    echo "cmp:           identical ($(wc -c <"$work/single.json") bytes)"
else
    echo "cmp:           the two timeline.json DIFFER (KEEP=1 to look at $work)"
    exit 1
fi
