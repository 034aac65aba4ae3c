#!/usr/bin/env python3
"""Rebuild the first-name list the name finder uses as a PERSON cue.

usage: scripts/build-first-names.py DATA_DIR > newsgraph-annotators/src/main/resources/org/newsgraph/annotate/entities/first-names.txt

Reads only the training parts named in DATA_DIR/README.md: NEREL/train (Russian, CC BY 2.5 texts) and the HIPE-2022
newseye dev2 split (French, CC BY 4.0). A word counts as a first name when it opens a person name of two or more
words at least MIN_COUNT times and is never the last word of one more often than the first. Hand-written common
English first names are in first-names-en.txt next to the output.
"""
import collections
import glob
import os
import re
import sys

MIN_COUNT = 2
NOT_NAMES = {"Me", "Mlle", "Mlles", "Mme", "Mmes", "St", "Ste", "Van", "Von", "De", "Du", "Le", "La", "Saint",
             "Sainte", "Sir", "Dr", "Mr", "Mrs", "Ms", "Mgr", "Abbé", "Général", "Colonel"}
WORD = re.compile(r"^[^\W\d_][\w'’-]*$")


def nerel(data):
    for ann in glob.glob(os.path.join(data, "NEREL", "train", "*.ann")):
        for line in open(ann, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1].startswith("PERSON "):
                yield parts[2].split()


def hipe(data):
    path = os.path.join(data, "HIPE-newseye-fr", "HIPE-2022-v2.1-newseye-dev2-fr.tsv")
    current = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        tag = cols[1] if len(cols) > 1 else "O"
        if tag == "B-PER":
            if current:
                yield current
            current = [cols[0]]
        elif tag == "I-PER" and current:
            current.append(cols[0])
        else:
            if current:
                yield current
            current = []


def main():
    data = sys.argv[1]
    first, last = collections.Counter(), collections.Counter()
    for words in list(nerel(data)) + list(hipe(data)):
        words = [w for w in words if WORD.match(w) and len(w) > 1 and w[0].isupper() and not w.isupper()]
        if len(words) >= 2:
            first[words[0]] += 1
            last[words[-1]] += 1
    print("# first names seen opening person names in NEREL/train and HIPE newseye dev2 (scripts/build-first-names.py)")
    for w, n in sorted(first.items()):
        if n >= MIN_COUNT and last[w] < n and w not in NOT_NAMES:
            print(w)


if __name__ == "__main__":
    main()
