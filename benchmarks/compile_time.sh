#!/usr/bin/env bash
# The compile-time goals of issue 5: CPU time (user + system) of g++ -O2 for
#   task_definition_roundtrip.cpp  decode + validate + encode a task definition   (goal: <= 3x the reference)
#                                  header-only, and with AWSMODEL_SEPARATE_COMPILATION (the codec then
#                                  comes from one TU compiling awsmodel/src.hpp, measured once as
#                                  separate_codec_src, for all 20 top-level shapes)
#   boost_parse_only.cpp           boost::json::parse only (the reference)
#   value_types_only.cpp           the value-type headers, no JSON                (goal: < 1 s)
# each compiled once per round for RUNS rounds (medians; the ratios are medians of each round's
# ratio), then linked, with the executables' sizes. Prints a table and,
# with --json FILE, writes the figures for run_benchmarks.py.
#   compile_time.sh [--json FILE] [--runs N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
json=""
runs=3
while [ $# -gt 0 ]; do
    case $1 in
    --json) json=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
cxx=${CXX:-g++}
flags=(-std=c++20 -O2 -DNDEBUG -I"$root/include")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A cpu size stripped
tus=(boost_parse_only task_definition_roundtrip task_definition_roundtrip_separate value_types_only separate_codec_src)
source_of() { case $1 in task_definition_roundtrip_separate) echo task_definition_roundtrip ;; *) echo "$1" ;; esac; }
extra_of() { case $1 in *separate*) echo -DAWSMODEL_SEPARATE_COMPILATION ;; esac; }
printf '#include <awsmodel/src.hpp>\n' >"$work/separate_codec_src.cpp"
compile() { # TU: prints the CPU seconds of one compilation
    local tu=$1 src="$here/compile_time/$(source_of "$1").cpp"
    [ "$tu" = separate_codec_src ] && src="$work/separate_codec_src.cpp"
    # shellcheck disable=SC2046
    /usr/bin/time -f "%U %S" -o "$work/time" "$cxx" "${flags[@]}" $(extra_of "$tu") -c "$src" -o "$work/$tu.o"
    awk '{ print $1 + $2 }' "$work/time"
}
# Rounds interleave the TUs, so that a slow spell of a shared machine slows every TU of a round
# alike; the ratios are medians of each round's ratio, the seconds medians over the rounds. The
# src.hpp TU is compiled once: it is a one-time cost of the program, not of each TU.
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", a / b }'; }
for ((i = 0; i < runs; ++i)); do
    for tu in "${tus[@]}"; do
        [ "$tu" = separate_codec_src ] && [ "$i" -gt 0 ] && continue
        compile "$tu" >"$work/$tu.round"
        cat "$work/$tu.round" >>"$work/$tu.cpu"
    done
    ratio_of "$(cat "$work/task_definition_roundtrip.round")" "$(cat "$work/boost_parse_only.round")" >>"$work/ratio"
    ratio_of "$(cat "$work/task_definition_roundtrip_separate.round")" "$(cat "$work/boost_parse_only.round")" \
        >>"$work/ratio_separate"
done
for tu in "${tus[@]}"; do
    cpu[$tu]=$(median <"$work/$tu.cpu")
done
for tu in "${tus[@]}"; do
    objs=("$work/$tu.o")
    libs=(-lboost_json)
    case $tu in
    value_types_only) libs=() ;;
    task_definition_roundtrip_separate) objs+=("$work/separate_codec_src.o") ;;
    separate_codec_src) size[$tu]=$(stat -c %s "$work/$tu.o"); stripped[$tu]=null; continue ;; # an object, not a program
    esac
    "$cxx" "${objs[@]}" -o "$work/$tu" "${libs[@]}"
    size[$tu]=$(stat -c %s "$work/$tu")
    strip -o "$work/$tu.stripped" "$work/$tu"
    stripped[$tu]=$(stat -c %s "$work/$tu.stripped")
done

ratio=$(median <"$work/ratio" | xargs printf '%.2f')
ratio_separate=$(median <"$work/ratio_separate" | xargs printf '%.2f')
printf '%-28s %10s %12s %14s\n' TU "cpu s" "binary B" "stripped B"
for tu in "${tus[@]}"; do
    printf '%-28s %10s %12s %14s\n' "$tu" "${cpu[$tu]}" "${size[$tu]}" "${stripped[$tu]}"
done
echo "decode+validate+encode / boost::json::parse compile CPU time: header-only $ratio, separate compilation $ratio_separate (goal <= 3)"
echo "value types only: ${cpu[value_types_only]} s (goal < 1 s)"
echo "compiler: $("$cxx" --version | head -1); flags: ${flags[*]}; $runs interleaved rounds, medians (ratios: of each round's)"

if [ -n "$json" ]; then
    {
        echo "{"
        echo "  \"compiler\": \"$("$cxx" --version | head -1)\", \"flags\": \"${flags[*]}\", \"runs\": $runs,"
        echo "  \"ratio\": $ratio, \"ratio_separate\": $ratio_separate,"
        echo "  \"tus\": {"
        sep=""
        for tu in "${tus[@]}"; do
            printf '%s    "%s": {"cpu_s": %s, "binary_bytes": %s, "stripped_bytes": %s}' "$sep" "$tu" "${cpu[$tu]}" \
                "${size[$tu]}" "${stripped[$tu]}"
            sep=$',\n'
        done
        printf '\n  }\n}\n'
    } >"$json"
fi
