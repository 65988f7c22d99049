#!/usr/bin/env bash
# Builds the libFuzzer harnesses (Linux: -sanitize=fuzzer,address) and runs each for a given
# time, one after the other, at the lowest priority. See docs/FUZZING.md.
#
#   Fuzz/run.sh [SECONDS] [HARNESS...]     default: 30 seconds each, every harness
#
# Harnesses: answer-sheet catalogue-xml vrplib series rule-expression.
# The seed corpora (Fuzz/Corpus/<harness>/) are only read. What the fuzzer adds goes to
# Fuzz/.work/<harness>/corpus, crash inputs to Fuzz/.work/<harness>/artifacts, the log to
# Fuzz/.work/<harness>/log.txt (all ignored by git). Exit code 1 when any harness found something.
# FUZZ_CONFIGURATION=debug|release (default release); extra libFuzzer flags in FUZZ_FLAGS.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-30}"
shift || true
harnesses=("$@")
[ "${#harnesses[@]}" -gt 0 ] || harnesses=(answer-sheet catalogue-xml vrplib series rule-expression)
configuration="${FUZZ_CONFIGURATION:-release}"

echo "building the harnesses ($configuration, -sanitize=fuzzer,address)…"
build_start=$(date +%s)
# One comma-separated -sanitize option: swiftc keeps only the last of several, and
# `swift build --sanitize=fuzzer --sanitize=address` passes two, in no fixed order, so a build
# would silently lose either the coverage or AddressSanitizer. `--sanitize=fuzzer` stays so
# that SwiftPM links the harnesses with libFuzzer's main; the option after it wins.
flags=(-c "$configuration" --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address)
swift build "${flags[@]}"
bin="$(swift build "${flags[@]}" --show-bin-path)"
for module in DelimitedText LeerpadCore LeerpadContent Routing Forecasting; do
    objects=("$bin/$module.build/"*.o)
    if ! readelf -S "${objects[@]}" | grep __sancov_cntrs >/dev/null || ! nm -u "${objects[@]}" | grep __asan_ >/dev/null; then
        echo "$module is not built with both coverage and AddressSanitizer" >&2
        exit 2
    fi
done
if ! nm "$bin/fuzz-${harnesses[0]}" | grep ' T LLVMFuzzerTestOneInput' >/dev/null; then
    echo "fuzz-${harnesses[0]} is not a libFuzzer harness" >&2
    exit 2
fi
echo "built in $(($(date +%s) - build_start)) s"

export LEERPAD_CONTENT="$PWD/../Content"
found=0
summary=()
for harness in "${harnesses[@]}"; do
    work=".work/$harness"
    mkdir -p "$work/corpus" "$work/artifacts"
    before=$(find "$work/artifacts" -type f | wc -l)
    echo "fuzzing $harness for $seconds s…"
    status=0
    started=$(date +%s)
    # shellcheck disable=SC2086
    nice -n 19 "$bin/fuzz-$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" ${FUZZ_FLAGS:-} \
        "$work/corpus" "Corpus/$harness" >"$work/log.txt" 2>&1 || status=$?
    elapsed=$(($(date +%s) - started))
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$' || echo "?")
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$' || echo "?")
    corpus=$(find "$work/corpus" -type f | wc -l)
    artifacts=$(($(find "$work/artifacts" -type f | wc -l) - before))
    if [ "$status" -ne 0 ]; then
        found=1
        echo "  $harness FOUND SOMETHING (exit $status); see $work/log.txt and $work/artifacts/"
        grep -m3 -E 'ERROR: AddressSanitizer|Fatal error|ERROR: libFuzzer|Test unit written' "$work/log.txt" || true
    fi
    summary+=("$(printf '%-16s %6s s %12s runs %8s exec/s %6s corpus %3s new artifacts, exit %s' \
        "$harness" "$elapsed" "$executions" "$rate" "$corpus" "$artifacts" "$status")")
done
echo
printf '%s\n' "${summary[@]}"
exit "$found"
