#!/usr/bin/env bash
# Fit the attribution ranking's weights (newsgraph-annotators/.../attribution/weights.tsv) on gold/dev and our own
# annotated sentences (eval/attribution-train), NEVER on gold/dev2 (the check). Prints leave-one-event-out accuracy.
# usage (from the project root): scripts/fit-attribution.sh [SHARED_DIR]   (default ../shared)
# Two rounds: the candidates of later quotes depend on earlier winners (the previous speaker), so the second round
# reads them under the first round's weights.
set -euo pipefail
shared="${1:-../shared}"
[ -d "$shared/gold/dev" ] || { echo "fit-attribution: no $shared/gold/dev (the development gold)"; exit 2; }
. scripts/find-jdk.sh
ng_find_jdk || exit 2
weights=newsgraph-annotators/src/main/resources/org/newsgraph/annotate/attribution/weights.tsv
work="$(mktemp -d)"
for round in 1 2; do
  ./newsgraph analyze --explain --out "$work/dev" "$shared"/gold/dev/*.input.json >"$work/log" 2>&1
  ./newsgraph analyze --explain --out "$work/own" eval/attribution-train/*.input.json >>"$work/log" 2>&1
  python3 scripts/label-attribution.py "$shared/gold/dev" "$work/dev" name "$shared/tools" >"$work/candidates.tsv"
  python3 scripts/label-attribution.py eval/attribution-train "$work/own" own "$shared/tools" >>"$work/candidates.tsv"
  "$JAVA_HOME/bin/java" -cp newsgraph-cli/target/newsgraph.jar org.newsgraph.annotate.attribution.WeightFitter "$work/candidates.tsv" "$weights"
  rm -rf "$work/dev" "$work/own"
done
echo "weights written to $weights (candidates in $work/candidates.tsv)"
