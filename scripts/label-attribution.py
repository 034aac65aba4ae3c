#!/usr/bin/env python3
"""Turn `newsgraph analyze --explain` output into labelled attribution candidates for the fitter.

usage: label-attribution.py GOLD_DIR PRED_DIR EVENT_OF_SET >> candidates.tsv
For each quote and figure of PRED_DIR matched to a gold one (the scorer's own matching, imported from the shared
tools), each candidate is labelled 1 when it names the gold speaker or source by the scorer's rule, else 0; a gold
figure without source makes "nobody" the right answer. Lines: group<TAB>event<TAB>nobody-label<TAB>label|f=v,f=v...
EVENT_OF_SET: "name" to take the event from each file name (the part after the date, up to its first dash), or a
fixed event name for a whole set (e.g. "own").
"""
import json
import sys
from pathlib import Path

gold_dir, pred_dir, event_mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
tools = Path(sys.argv[4]) if len(sys.argv) > 4 else gold_dir.parent.parent / "tools"
sys.path.insert(0, str(tools))
import score  # noqa: E402  (the shared scorer: same matching and name rule as the evaluation)

ALIASES = {"marioupol": "mariupol"}


def event_of(name):
    if event_mode != "name":
        return event_mode
    tail = name.split("_")[-1]
    first = tail.split("-")[0]
    return ALIASES.get(first, first)


for gf in sorted(gold_dir.glob("*.gold.json")):
    name = gf.name[: -len(".gold.json")]
    gold = json.loads(gf.read_text(encoding="utf-8"))
    pid = gold.get("id", name)
    pf, ef = pred_dir / f"{pid}.json", pred_dir / f"{pid}.explain.json"
    if not pf.exists() or not ef.exists():
        continue
    pred = json.loads(pf.read_text(encoding="utf-8"))
    rankings = json.loads(ef.read_text(encoding="utf-8"))
    by_id = {e.get("id"): e for e in pred.get("entities") or []}
    g_ents = [e for e in gold.get("entities", []) if e.get("type") in score.ENTITY_TYPES]
    wanted = {}  # (target, start, end) -> gold name (None: nobody)
    g_q, p_q = gold.get("quotes", []), pred.get("quotes") or []
    for gi, pi in score.greedy_match(g_q, p_q, lambda g, p: score.text_match(g.get("quote"), p.get("text"))):
        if g_q[gi].get("speaker"):
            wanted[("quote", p_q[pi]["start"], p_q[pi]["end"])] = g_q[gi]["speaker"]
    g_f = [f for f in gold.get("figures", []) if f.get("measure") in score.SCORED_MEASURES]
    p_f = [f for f in pred.get("figures") or [] if f.get("measure") in score.SCORED_MEASURES]

    def fig_score(g, p):
        try:
            return 1 if float(g.get("value")) == float(p.get("value")) and g.get("measure") == p.get("measure") else 0
        except (TypeError, ValueError):
            return 0
    for gi, pi in score.greedy_match(g_f, p_f, fig_score):
        wanted[("figure", p_f[pi]["start"], p_f[pi]["end"])] = g_f[gi].get("source")
    for k, r in enumerate(rankings):
        key = (r["target"], r["start"], r["end"])
        if key not in wanted:
            continue
        gname = wanted[key]
        rows = []
        for c in r["candidates"]:
            ref = {"entity": c.get("entity"), "text": c.get("text")}
            ok = 0 if gname is None else int(score.names_match(score.ref_names(ref, by_id), score.gold_ref_names(gname, g_ents)))
            rows.append(f"{ok}|" + ",".join(f"{f}={v}" for f, v in c["features"].items()))
        nobody = int(gname is None)
        print("\t".join([f"{name}#{k}", event_of(name), str(nobody)] + rows))
