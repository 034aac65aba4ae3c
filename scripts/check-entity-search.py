#!/usr/bin/env python3
"""Checks `newsgraph search --entity` against gold annotations (needs ../shared, not part of a clone).

For each query it lists the gold articles whose entities name the referent, or a place inside it (a GeoNames
place of the shipped KB whose country is the queried country), and reports which of them the search misses and
which it finds beyond them.

    scripts/check-entity-search.py STORE GOLD_DIR... [--query NAME=CANONICAL ...]
"""
import gzip, json, glob, os, subprocess, sys

KB = os.path.join(os.path.dirname(__file__), '..', 'newsgraph-annotators/src/main/resources/org/newsgraph/annotate/entities/kb/geonames.tsv.gz')
DEFAULT = [("Tokayev", "Kassym-Jomart Tokayev"), ("Токаев", "Kassym-Jomart Tokayev"), ("Tokaïev", "Kassym-Jomart Tokayev"),
           ("Putin", "Vladimir Putin"), ("Алматы", "Almaty"), ("China", "China")]
COUNTRY_CODES = {"China": "CN", "Kazakhstan": "KZ", "Greece": "GR", "Russia": "RU", "Lebanon": "LB"}


def places_in(code):
    names = set()
    with gzip.open(KB, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            c = line.rstrip('\n').split('\t')
            if len(c) > 6 and c[3] == code:
                names.add(c[1].lower())
                names.update(a.lower() for a in c[6].split('|') if a)
    return names


def expected(gold_dirs, canonical):
    inside = places_in(COUNTRY_CODES[canonical]) if canonical in COUNTRY_CODES else set()
    out = set()
    for d in gold_dirs:
        for path in glob.glob(os.path.join(d, '*.gold.json')):
            g = json.load(open(path, encoding='utf-8'))
            for e in g.get('entities', []):
                names = [e['canonical']] + e.get('mentions', [])
                if e['canonical'] == canonical or (e['type'] == 'LOCATION' and any(n.lower() in inside for n in names)):
                    out.add(g.get('id') or os.path.basename(path)[:-len('.gold.json')])
    return out


def found(store, query):
    r = subprocess.run(['./newsgraph', 'search', '--store', store, '--entity', query, '--limit', '1000',
                        '--format', 'json'], capture_output=True, text=True, check=True)
    return {h['id'] for h in json.loads(r.stdout)['hits']}


def main(argv):
    store, dirs = argv[0], [a for a in argv[1:] if not a.startswith('--')]
    ok = True
    for q, canonical in DEFAULT:
        want, got = expected(dirs, canonical), found(store, q)
        missed, extra = sorted(want - got), sorted(got - want)
        ok &= not missed
        print(f"{q:10} → {canonical}: expected {len(want)}, found {len(got & want)}, missed {len(missed)}, beyond gold {len(extra)}")
        for m in missed:
            print(f"    missed {m}")
        for x in extra:
            print(f"    beyond {x}")
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
