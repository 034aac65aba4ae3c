#!/usr/bin/env bash
# Regenerates the GeoNames part of the knowledge base shipped in the jar:
#   newsgraph-annotators/src/main/resources/org/newsgraph/annotate/entities/kb/geonames.tsv.gz
# usage: scripts/build-kb.sh GEONAMES_DIR
# GEONAMES_DIR holds cities15000.txt, admin1CodesASCII.txt and countryInfo.txt from geonames.org (CC BY 4.0; the
# project's copy is ../shared/data/geonames). Every city with its Latin- and Cyrillic-script alternate names, its
# country, first-level region, coordinates and population; the regions; the countries. The name keys the entity
# linker matches on are computed by the same Java code that reads articles, so rerun this after changing NameKeys
# or the name-endings lexicons (KnowledgeBaseTest fails until you do). Same inputs, same bytes.
# scripts/kb adds what GeoNames lacks, written for Newsgraph from sources named in each file: usual English, French
# and Russian names of regions (Russian federal subjects, French regions of 2016) and the French départements,
# which also map French cities from GeoNames' old region codes to the regions of 2016.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:?usage: scripts/build-kb.sh GEONAMES_DIR}"
out="$root/newsgraph-annotators/src/main/resources/org/newsgraph/annotate/entities/kb/geonames.tsv.gz"
"$root/newsgraph" kb build-shipped "$dir" "$out" "$root/scripts/kb"
