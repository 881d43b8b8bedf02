#!/usr/bin/env bash
# Instruction counts of every operation over one set, under valgrind --tool=callgrind: unlike
# times, they do not move with the load of a shared machine, so they are the second measure of the
# ratios of issue 5. Prints "SET OP INSTRUCTIONS" lines and the ratios; keeps each callgrind.out
# (callgrind_annotate FILE shows which functions cost what).
#   callgrind.sh BUILD_DIR OUT_DIR [SET...]      (default sets: the three generated ones, reduced)
set -euo pipefail
build=${1:?build dir}
out=${2:?output dir}
shift 2
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(task_definitions volume_pages instance_pages corpus_task_definitions)
ops=(boost_parse awsmodel_decode nlohmann_decode boost_serialize awsmodel_encode nlohmann_encode awsmodel_validate
     awsmodel_decode_validate)
# Smaller generated sets than the timed runs: callgrind runs some 50 times slower.
counts=(200 100 60)
mkdir -p "$out"
for set in "${sets[@]}"; do
    for op in "${ops[@]}"; do
        file="$out/callgrind.$set.$op"
        valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$file" \
            "$build/benchmarks/awsmodel-bench-ops" "$set" "$op" "${counts[@]}" >/dev/null 2>"$file.log"
        ir=$(sed -n 's/^==[0-9]*== Collected : //p' "$file.log")
        echo "$set $op $ir"
    done
done | tee "$out/instructions.txt"
awk '
{ ir[$1" "$2] = $3; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
END {
    for (i = 1; i <= n; ++i) {
        s = order[i]
        printf "%s: decode x boost_parse %.2f, encode x boost_serialize %.2f, validate/decode %.2f (per document %.2f), decode x nlohmann %.2f, encode x nlohmann %.2f\n", s,
            ir[s" boost_parse"] / ir[s" awsmodel_decode"], ir[s" boost_serialize"] / ir[s" awsmodel_encode"],
            ir[s" awsmodel_validate"] / ir[s" awsmodel_decode"],
            (ir[s" awsmodel_decode_validate"] - ir[s" awsmodel_decode"]) / ir[s" awsmodel_decode"], ir[s" nlohmann_decode"] / ir[s" awsmodel_decode"],
            ir[s" nlohmann_encode"] / ir[s" awsmodel_encode"]
    }
}' "$out/instructions.txt" | tee "$out/ratios.txt"
