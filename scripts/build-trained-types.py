#!/usr/bin/env python3
"""Rebuild the table of name forms and their types learned from the training corpora.

usage: scripts/build-trained-types.py DATA_DIR > newsgraph-annotators/src/main/resources/org/newsgraph/annotate/entities/trained-types.tsv

Reads only the training parts named in DATA_DIR/README.md: NEREL/train (Russian Wikinews; texts CC BY 2.5) and the
HIPE-2022 newseye dev2 split (French newspapers; CC BY 4.0). For every capitalised name form annotated PERSON,
LOCATION (NEREL: CITY, COUNTRY, STATE_OR_PROVINCE, DISTRICT, LOCATION, FACILITY) or ORGANIZATION at least
MIN_COUNT times, it writes the form and its majority type when that type has at least SHARE of the votes. The
name finder uses the table as a type cue for capitalised runs; it never finds a name by itself.
"""
import collections
import glob
import os
import sys

MIN_COUNT = 1
SHARE = 0.75
NEREL = {"PERSON": "PERSON", "CITY": "LOCATION", "COUNTRY": "LOCATION", "STATE_OR_PROVINCE": "LOCATION",
         "DISTRICT": "LOCATION", "LOCATION": "LOCATION", "FACILITY": "LOCATION", "ORGANIZATION": "ORGANIZATION"}
HIPE = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def nerel(data):
    for ann in glob.glob(os.path.join(data, "NEREL", "train", "*.ann")):
        for line in open(ann, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0].startswith("T"):
                kind = parts[1].split(" ")[0]
                if kind in NEREL:
                    yield parts[2], NEREL[kind]


def hipe(data):
    path = os.path.join(data, "HIPE-newseye-fr", "HIPE-2022-v2.1-newseye-dev2-fr.tsv")
    words, kind, glue = [], None, []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip() or line.startswith("TOKEN"):
            continue
        cols = line.rstrip("\n").split("\t")
        tag = cols[1]
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and not words):
            if words and kind in HIPE:
                yield "".join(w + g for w, g in zip(words, glue)).strip(), HIPE[kind]
            words, glue, kind = [], [], None
            if tag.startswith("B-"):
                kind = tag[2:]
        if kind is not None and tag != "O":
            words.append(cols[0])
            glue.append("" if "NoSpaceAfter" in cols[-1] else " ")
    if words and kind in HIPE:
        yield "".join(w + g for w, g in zip(words, glue)).strip(), HIPE[kind]


def main():
    data = sys.argv[1]
    votes = collections.defaultdict(collections.Counter)
    for surface, kind in list(nerel(data)) + list(hipe(data)):
        surface = " ".join(surface.split())
        if not surface or not surface[0].isupper() or len(surface) < 2 or len(surface) > 60:
            continue
        votes[surface][kind] += 1
    print("# name forms and their majority type in NEREL/train and HIPE newseye dev2 (scripts/build-trained-types.py)")
    for surface in sorted(votes):
        kind, n = votes[surface].most_common(1)[0]
        total = sum(votes[surface].values())
        if total >= MIN_COUNT and n / total >= SHARE:
            print(f"{surface}\t{kind}")


if __name__ == "__main__":
    main()
