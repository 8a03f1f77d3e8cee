#!/bin/sh
# Runs the fuzzers of a build made with the fuzz preset:
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [FUZZER...]
#
# Each fuzzer (all of them unless named) runs for SECONDS on its corpus in
# BUILD_DIR/tests/fuzz/corpus/<fuzzer>, which starts as a copy of its seeds
# (BUILD_DIR/tests/fuzz/seeds, gathered by the build) and keeps what the
# runs find. A crash, a sanitizer report, a broken invariant, a timeout or
# running out of memory leaves the input in BUILD_DIR/tests/fuzz/artifacts/
# <fuzzer>/ and makes the script exit non-zero, after every fuzzer has run.
# Runs at the lowest priority: the machine is shared.
set -u

if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS [FUZZER...]" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=$2
shift 2
fuzz="$build/tests/fuzz"
if [ $# -eq 0 ]; then
    set -- fuzz_frontmatter fuzz_post fuzz_textdecoding fuzz_tokenizer fuzz_query \
        fuzz_progress fuzz_sourcemap fuzz_markdown fuzz_goodreads fuzz_mirror
fi

# A fixed seed, so that a run on the same code tries the same inputs (as
# far as its time goes): CI fails on what the code does, not on luck.
# WAYPOINT_FUZZ_SEED=0 lets libFuzzer pick one, for runs that look further.
seed="${WAYPOINT_FUZZ_SEED:-20261202}"

# Leaks are not looked for: Qt keeps some allocations for the process's life.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8

failed=""
summary=""
for name in "$@"; do
    binary="$fuzz/$name"
    if [ ! -x "$binary" ]; then
        echo "$name: not built ($binary); build the fuzzers target first" >&2
        failed="$failed $name"
        continue
    fi
    corpus="$fuzz/corpus/$name"
    artifacts="$fuzz/artifacts/$name"
    log="$fuzz/logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$fuzz/logs"
    if [ -d "$fuzz/seeds/$name" ]; then
        cp -n "$fuzz/seeds/$name"/* "$corpus"/ 2>/dev/null || true
    fi
    echo "== $name: ${seconds}s on $(ls "$corpus" | wc -l) inputs"
    nice -n 19 "$binary" -seed="$seed" -max_total_time="$seconds" -max_len=65536 -timeout=30 \
        -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    line="$name: ${runs:-?} runs in ${took:-?} s"
    if [ $status -ne 0 ]; then
        line="$line: FAILED (exit $status), see $log"
        failed="$failed $name"
        grep -E "ERROR: |runtime error|invariant broken|Test unit written" "$log" | head -n 5
    fi
    echo "$line"
    summary="$summary$line
"
done

echo
printf '%s' "$summary"
if [ -n "$failed" ]; then
    echo "failed:$failed"
    exit 1
fi
