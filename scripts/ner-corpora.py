#!/usr/bin/env python3
"""Converts the permissive NER corpora under ../shared/data into one training file per language for the name
recogniser (see scripts/train-ner.sh). Each output line is one document:
the text with backslash, tab and line breaks escaped (\\\\, \\t, \\n), a tab, then its names as start:end:TYPE
separated by spaces (UTF-16 offsets, as Java counts), types PER / LOC / ORG; nested names keep only the outermost, as the recogniser tags flat BIO sequences.

Sources (all may train a shipped model; attribution in NOTICE):
  ru: NEREL train (CC BY 2.5 texts), factRuEval-2016 devset documents absent from gold/ext-dev/factrueval-ru (MIT)
  fr: HIPE-2022 newseye dev2 (CC BY 4.0), europeana-ner-fr (CC0)
  en: wikigold and the Broad Twitter Corpus (CC BY 4.0)
  all three: the articles of gold/dev (our own annotations; every occurrence of a gold name form is labelled)
Names of other kinds (wikigold's MISC) are written as MISC: the trainer leaves those words out of its updates,
since a capitalised word there is a name, just not one of ours.
Never gold/dev2 nor any ext-dev document (NEREL dev, HIPE dev and the factRuEval ids of ext-dev stay out).
A language may also learn from the other languages' documents (BORROWED): the French corpora are historical
newspapers (OCR, "M. X" persons), so modern prose, first name + surname persons, companies and clubs come from the
English and Russian ones; shape, case, gazetteer and cue features carry across languages, word features mostly not.

usage: scripts/ner-corpora.py DATA_DIR GOLD_DIR OUT_DIR
"""
import glob
import json
import re
import os
import sys

NEREL_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC",
               "LOCATION": "LOC", "DISTRICT": "LOC"}
FACTRU_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
CONLL_TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "pers": "PER", "loc": "LOC", "org": "ORG", "MISC": "MISC"}
GOLD_TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def outermost(spans):
    """Longest first, then drop every span overlapping one already kept."""
    kept = []
    for s in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return sorted(kept)


def nerel(data):
    for ann in sorted(glob.glob(os.path.join(data, "NEREL", "train", "*.ann"))):
        text = open(ann[:-4] + ".txt", encoding="utf-8").read()
        spans = []
        for line in open(ann, encoding="utf-8"):
            if not line.startswith("T"):
                continue
            head = line.split("\t")[1].split(" ")
            kind = NEREL_TYPES.get(head[0])
            if kind is None or ";" in line.split("\t")[1]:
                continue
            spans.append([int(head[1]), int(head[2]), kind])
        yield {"text": text, "spans": outermost(spans)}


def factrueval(data, gold):
    held = {os.path.basename(f).split(".")[0].replace("factrueval-devset-", "")
            for f in glob.glob(os.path.join(gold, "ext-dev", "factrueval-ru", "*.json"))}
    folder = os.path.join(data, "factRuEval-2016", "devset")
    for txt in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        book = os.path.basename(txt)[:-4]
        if book in held:
            continue
        text = open(txt, encoding="utf-8").read()
        span_at = {}
        for line in open(os.path.join(folder, book + ".spans"), encoding="utf-8"):
            f = line.split("#")[0].split()
            if len(f) >= 4:
                span_at[f[0]] = (int(f[2]), int(f[2]) + int(f[3]))
        spans = []
        for line in open(os.path.join(folder, book + ".objects"), encoding="utf-8"):
            f = line.split("#")[0].split()
            kind = FACTRU_TYPES.get(f[1]) if len(f) > 2 else None
            parts = [span_at[s] for s in f[2:] if s in span_at]
            if kind and parts:
                spans.append([min(p[0] for p in parts), max(p[1] for p in parts), kind])
        # offsets are in the file's characters; keep only those that cut the text at word edges
        spans = [s for s in spans if s[1] <= len(text) and text[s[0]:s[1]].strip() == text[s[0]:s[1]]]
        yield {"text": text, "spans": outermost(spans)}


def tokens_to_docs(sentences_by_doc):
    """[[ [(token, tag, space_after)] per sentence ] per doc] -> documents with one sentence per line."""
    for sentences in sentences_by_doc:
        parts, spans, pos = [], [], 0
        for sent in sentences:
            open_span = None
            for token, tag, space in sent:
                kind = CONLL_TYPES.get(tag[2:]) if len(tag) > 2 else None
                begins = kind is not None and (tag.startswith("B-") or open_span is None or open_span[2] != kind)
                if open_span is not None and (kind is None or begins):
                    spans.append(open_span)
                    open_span = None
                if kind is not None:
                    if open_span is None:
                        open_span = [pos, pos + len(token), kind]
                    else:
                        open_span[1] = pos + len(token)
                parts.append(token)
                pos += len(token)
                if space:
                    parts.append(" ")
                    pos += 1
            if open_span is not None:
                spans.append(open_span)
            parts.append("\n")
            pos += 1
        if spans:
            yield {"text": "".join(parts), "spans": spans}


def closed(docs, sents, sent):
    """The documents read so far, with the last open sentence and document closed."""
    if sent:
        sents.append(sent)
    if sents:
        docs.append(sents)
    return docs


def conll(path, sep, docstart="-DOCSTART-", per_doc=None):
    """Reads token<sep>tag lines; documents split at docstart lines or every per_doc sentences."""
    docs, sents, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith(docstart):
            closed(docs, sents, sent)
            sents, sent = [], []
            continue
        if not line.strip():
            if sent:
                sents.append(sent)
                sent = []
                if per_doc and len(sents) >= per_doc:
                    docs.append(sents)
                    sents = []
            continue
        f = line.split(sep)
        if len(f) >= 2:
            sent.append((f[0], f[-1].strip(), True))
    return closed(docs, sents, sent)


def hipe(path):
    docs, sents, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# hipe2022:document_id"):
            closed(docs, sents, sent)
            sents, sent = [], []
            continue
        if line.startswith("#") or line.startswith("TOKEN\t") or not line.strip():
            continue
        f = line.split("\t")
        misc = f[-1] if len(f) > 9 else ""
        sent.append((f[0], f[1], "NoSpaceAfter" not in misc))
        if "EndOfSentence" in misc or "EndOfLine" in misc and f[0] in (".", "!", "?"):
            sents.append(sent)
            sent = []
    return closed(docs, sents, sent)


def europeana(path, lines_per_doc=400):
    """One token per line, IO tags, no sentence breaks: documents of a few hundred tokens, sentences at full stops."""
    docs, sents, sent, n = [], [], [], 0
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split(" ")
        if len(f) < 2:
            continue
        sent.append((f[0], f[-1], True))
        n += 1
        if f[0] in (".", "!", "?"):
            sents.append(sent)
            sent = []
        if n >= lines_per_doc and not sent:
            docs.append(sents)
            sents, n = [], 0
    return closed(docs, sents, sent)


def utf16(text):
    """Offsets of each code point in UTF-16 units: Java's String indices."""
    out, n = [], 0
    for ch in text:
        out.append(n)
        n += 2 if ord(ch) > 0xFFFF else 1
    out.append(n)
    return out


def line(doc):
    text = doc["text"]
    at = utf16(text)
    escaped = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", " ").replace("\n", "\\n")
    return escaped + "\t" + " ".join("%d:%d:%s" % (at[s], at[e], t) for s, e, t in doc["spans"])


def gold_dev(gold, lang):
    """gold/dev articles: each name form of a PERSON/LOCATION/ORGANIZATION entity, wherever it stands as whole words."""
    for g in sorted(glob.glob(os.path.join(gold, "dev", "*.gold.json"))):
        doc = json.load(open(g, encoding="utf-8"))
        if doc.get("lang") != lang:
            continue
        text = json.load(open(g.replace(".gold.json", ".input.json"), encoding="utf-8"))["text"]
        spans = []
        for e in doc.get("entities", []):
            kind = GOLD_TYPES.get(e.get("type"))
            for form in set(e.get("mentions", [])) if kind else ():
                for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                    spans.append([m.start(), m.end(), kind])
        yield {"text": text, "spans": outermost(spans)}


# languages whose model also trains on other languages' documents (measured on the public corpora and gold/dev2:
# French gains, English and Russian do not)
BORROWED = {"fr": ("en", "ru")}


def main():
    data, gold, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    corpora = {
        "ru": list(nerel(data)) + list(factrueval(data, gold)),
        "fr": list(tokens_to_docs(hipe(os.path.join(data, "HIPE-newseye-fr", "HIPE-2022-v2.1-newseye-dev2-fr.tsv"))))
              + list(tokens_to_docs(europeana(os.path.join(data, "europeana-ner-fr", "enp_FR.bnf.bio", "enp_FR.bnf.bio")))),
        "en": list(tokens_to_docs(conll(os.path.join(data, "ner-en", "wikigold", "wikigold.conll.txt"), " ")))
              + [d for f in sorted(glob.glob(os.path.join(data, "ner-en", "btc", "*.conll")))
                 for d in tokens_to_docs(conll(f, "\t", per_doc=20))],
    }
    for lang in corpora:
        corpora[lang] += list(gold_dev(gold, lang))
    for lang in corpora:
        docs = corpora[lang] + [d for other in BORROWED.get(lang, ()) for d in corpora[other]]
        with open(os.path.join(out, "ner-train-%s.tsv" % lang), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(line(d) + "\n")
        print("%s: %d documents, %d names" % (lang, len(docs), sum(len(d["spans"]) for d in docs)), file=sys.stderr)


if __name__ == "__main__":
    main()
