#!/usr/bin/env bash
# Trains the name recogniser of each language and writes its model as a resource of the annotators module.
# usage (from the project root): scripts/train-ner.sh [DATA_DIR] [GOLD_DIR] [LANGS...]
#   DATA_DIR defaults to ../shared/data, GOLD_DIR to ../shared/gold (read only to leave its ext-dev documents out).
# Deterministic: the same corpora give the same models. Corpora and licences: scripts/ner-corpora.py and NOTICE.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
ng_find_jdk || exit 2
cd "$root"
data="${1:-../shared/data}"
gold="${2:-../shared/gold}"
shift $(( $# > 2 ? 2 : $# ))
langs=("${@:-en fr ru}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/ner-corpora.py "$data" "$gold" "$work"
./mvnw -B -ntp -q -pl newsgraph-annotators -am compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >/dev/null
cp="newsgraph-annotators/target/classes:newsgraph-core/target/classes:newsgraph-lang-en/target/classes"
cp="$cp:newsgraph-lang-fr/target/classes:newsgraph-lang-ru/target/classes:$(cat "$work/cp.txt")"
out="newsgraph-annotators/src/main/resources/org/newsgraph/annotate/entities"
# Epochs per language: more passes kept improving the exact-span F1 of a held-out fifth of the training documents
# (5/10/15/25/40 tried: en 0.53/0.60/0.62/0.64/0.65, ru 0.77/0.80/0.81/0.82, fr 0.60/0.62/0.62/0.63); French stays at
# 10 because at 25 it lost a name on gold/dev2 (the check that must not drop). NER_EPOCHS overrides all three.
epochs() { case "$1" in fr) echo 10 ;; *) echo 25 ;; esac; }
for lang in ${langs[*]}; do
  "$JAVA_HOME/bin/java" -Xmx3g -cp "$cp" org.newsgraph.annotate.entities.NerTrainer \
    "$lang" "$work/ner-train-$lang.tsv" "$out/ner-$lang.bin.gz" "${NER_EPOCHS:-$(epochs "$lang")}" "${NER_BITS:-16}"
done
