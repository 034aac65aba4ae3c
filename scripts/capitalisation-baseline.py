#!/usr/bin/env python3
"""A simple capitalisation baseline for named-entity mentions, to compare the entity annotator against.

usage: scripts/capitalisation-baseline.py OUT_DIR INPUT.json...
then:  python3 ../shared/tools/score.py GOLD_DIR OUT_DIR

Every run of capitalised words is a name, except a single word opening a sentence; a run written in capitals is
an ORGANIZATION, a run of two or more words a PERSON, a single word a LOCATION. No lexicons, no knowledge base.
"""
import json
import os
import re
import sys

WORD = re.compile(r"[^\W\d_][\w'’-]*")


def mentions(text):
    out = []
    run = []
    sentence_start = True
    pos = 0
    for m in WORD.finditer(text):
        between = text[pos:m.start()]
        pos = m.end()
        if re.search(r"[.!?\n:«\"“]", between):
            flush(run, out)
            run = []
            sentence_start = True
        w = m.group()
        if w[0].isupper():
            if run and between.strip() not in ("",):
                flush(run, out)
                run = []
            if not run:
                run_start_initial = sentence_start
            run.append((m.start(), m.end(), run_start_initial))
        else:
            flush(run, out)
            run = []
        sentence_start = False
    flush(run, out)
    return [(text[s:e], t) for s, e, t in out]


def flush(run, out):
    if not run:
        return
    start, end, initial = run[0][0], run[-1][1], run[0][2]
    if initial and len(run) == 1:
        return
    out.append((start, end, None))
    surface = None
    out[-1] = (start, end, kind_of(run))


def kind_of(run):
    return "PERSON" if len(run) >= 2 else "LOCATION"


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for path in sys.argv[2:]:
        article = json.load(open(path, encoding="utf-8"))
        text = article.get("text", "")
        if article.get("title") and not text.startswith(article["title"]):
            text = article["title"] + "\n\n" + text
        entities = []
        for i, (surface, kind) in enumerate(mentions(text)):
            if surface.isupper() and len(surface) <= 6:
                kind = "ORGANIZATION"
            entities.append({"id": f"e{i + 1}", "type": kind, "name": surface, "mentions": [{"text": surface}]})
        with open(os.path.join(out_dir, article["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump({"id": article["id"], "entities": entities}, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
