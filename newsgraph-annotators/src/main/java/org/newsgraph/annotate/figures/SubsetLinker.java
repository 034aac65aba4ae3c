package org.newsgraph.annotate.figures;

import java.util.List;
import java.util.Set;

/**
 * Links figures that belong together and lets measures flow between them: a subset ("dont 19 agents",
 * "в том числе", "120 of them", "40 morts – 22 … et 15 …") is part of the figure it breaks down and counts what its
 * parent counts; a parent with no measure of its own takes its subset's ("90 people, including three nurses,
 * hurt"); the first of two joined figures takes the second's ("12 manifestants et 9 gendarmes tués"); a bare count
 * of people in a list takes the measure of the figure before it ("… погибли 64 человека, … — 17 человек"), and so
 * does a bare number placed somewhere in a list of places ("Of the dead, 43 were in A, 6 in B and 3 in C").
 */
final class SubsetLinker {
    private static final Set<String> LIST_OPENERS = Set.of("-", ":", "(");
    private static final int LOOK_BACK_SENTENCES = 2;
    /** Words at most between two joined figures ("12 manifestants et 9 gendarmes"). */
    private static final int JOINED_GAP = 6;
    /** A placed share may follow a longer place ("38 were in the town of Brisk, 15 in Tolvo"). */
    private static final int PLACED_GAP = 10;
    /** Words at most of a coordinator ("as well as"). */
    private static final int COORDINATOR_WORDS = 3;

    private final FigureVocabulary vocab;

    SubsetLinker(FigureVocabulary vocab) {
        this.vocab = vocab;
    }

    void link(List<Candidate> all) {
        for (int k = 0; k < all.size(); k++) {
            Candidate c = all.get(k);
            Candidate prev = k > 0 && all.get(k - 1).sentence == c.sentence ? all.get(k - 1) : null;
            if (c.subsetCue) {
                if (prev != null) {
                    if (prev.isFigure()) c.parent = k - 1;
                } else {
                    c.parent = lastFigureBefore(all, k);
                }
            } else if (prev != null && prev.isFigure() && opensList(c, prev)) {
                c.parent = k - 1;
            } else if (prev != null && prev.parent >= 0 && joined(c, prev)) {
                c.parent = prev.parent;
            }
            if (c.placed && prev != null && prev.hasStrongMeasure() && joined(c, prev, PLACED_GAP)) {
                c.setMeasure(prev.measure.get(), Candidate.Strength.INHERITED);
            }
        }
        // a parent without a measure of its own takes its subsets'
        for (Candidate c : all) {
            if (c.parent >= 0 && c.strength == Candidate.Strength.STRONG) {
                Candidate p = all.get(c.parent);
                if (!p.hasStrongMeasure()) p.setMeasure(c.measure.get(), Candidate.Strength.INHERITED);
            }
        }
        for (int k = 0; k < all.size(); k++) {
            Candidate c = all.get(k);
            Candidate p = c.parent >= 0 ? all.get(c.parent) : null;
            if (p == null || c.hasStrongMeasure()) continue;
            if (p.hasStrongMeasure()) {
                c.setMeasure(p.measure.get(), Candidate.Strength.INHERITED);
            } else if (c.measure.isEmpty() && p.measure.isPresent()) {
                // "81 000 manifestants, dont 12 000 à Lyon": a subset counts what its whole counts, however weakly
                c.setMeasure(p.measure.get(), Candidate.Strength.WEAK);
            }
        }
        for (int k = all.size() - 2; k >= 0; k--) {
            Candidate c = all.get(k);
            Candidate next = all.get(k + 1);
            if (next.sentence == c.sentence && c.isFigure() && !c.hasStrongMeasure() && next.hasStrongMeasure()
                    && joined(next, c)) {
                c.setMeasure(next.measure.get(), Candidate.Strength.INHERITED);
            }
        }
        for (int k = 1; k < all.size(); k++) {
            Candidate c = all.get(k);
            Candidate prev = all.get(k - 1);
            // "The dead included two Americans, three Britons and a Canadian", "six children, five women and four
            // men": the next item of a list of counts counts what the item before it counts, however that was known
            if (prev.sentence == c.sentence && prev.isFigure() && prev.measure.isPresent() && joined(c, prev)
                    && (c.strength == Candidate.Strength.PEOPLE || listItemOfName(c))) {
                c.setMeasure(prev.measure.get(), prev.strength == Candidate.Strength.WEAK
                        ? Candidate.Strength.WEAK : Candidate.Strength.INHERITED);
                if (c.parent < 0) c.parent = prev.parent;
                continue;
            }
            if (c.strength != Candidate.Strength.PEOPLE) continue;
            // a count that says it recounts ("en a compté") may look back into the sentence before
            int from = c.countsAgain ? c.sentence - 1 : c.sentence;
            for (int j = k - 1; j >= 0 && all.get(j).sentence >= from; j--) {
                if (all.get(j).hasStrongMeasure() || (c.countsAgain && all.get(j).measure.isPresent())) {
                    c.setMeasure(all.get(j).measure.get(), Candidate.Strength.INHERITED);
                    break;
                }
            }
        }
        for (int k = 0; k < all.size(); k++) {
            Candidate c = all.get(k);
            if (c.parent < 0) continue;
            Candidate p = all.get(c.parent);
            // "six morts, dont trois pompiers, et onze blessés": the wounded are not part of the dead
            if (!p.isFigure() || (c.hasStrongMeasure() && p.hasStrongMeasure() && !c.measure.equals(p.measure))) {
                c.parent = -1;
            }
        }
    }

    /**
     * The whole a sentence-opening subset cue ("Among them are 43 …") refers to: the nearest count before it. When
     * that count is of something we cannot tell ("a list of 152 names"), an older figure is no safer a guess.
     */
    private static int lastFigureBefore(List<Candidate> all, int k) {
        int sentence = all.get(k).sentence;
        for (int j = k - 1; j >= 0 && all.get(j).sentence >= sentence - LOOK_BACK_SENTENCES; j--) {
            if (all.get(j).isFigure()) return j;
            if (!all.get(j).ruledOut) return -1;
        }
        return -1;
    }

    /** "three Britons" in a list: a count with nothing known of its head, a capitalised word that ends the item. */
    boolean listItemOfName(Candidate c) {
        return c.strength == Candidate.Strength.NONE && !c.ruledOut && CandidateFinder.namedListItem(vocab, c.toks, c.amount);
    }

    /** "40 morts – 22 …": a dash, colon or bracket right after the previous figure and its noun opens a breakdown. */
    private static boolean opensList(Candidate c, Candidate prev) {
        int opener = c.amount.first() - 1;
        if (opener < prev.amount.last() || opener - prev.amount.last() > 2) return false;
        Tok t = c.toks.get(opener);
        return t.kind() == Tok.Kind.PUNCT && LIST_OPENERS.contains(t.norm());
    }

    /** "12 manifestants et 9 gendarmes": a coordinating word or comma right before, a few words after the other. */
    boolean joined(Candidate c, Candidate prev) {
        return joined(c, prev, JOINED_GAP);
    }

    private boolean joined(Candidate c, Candidate prev, int maxGap) {
        int gap = c.amount.first() - prev.amount.last();
        if (gap < 1 || gap > maxGap) return false;
        int before = c.amount.first() - 1;
        Tok t = c.toks.get(before);
        if (t.is(",") || vocab.coordinators.match(c.toks, before, c.amount.first()) != null) return true;
        // "quatre Norvaniens et de deux Keldois", "three Ostrians as well as two Varnians": a coordinator of a few
        // words that ends right before the number
        for (int j = Math.max(prev.amount.last(), before - COORDINATOR_WORDS + 1); j < before; j++) {
            PhraseTable.Match<Boolean> m = vocab.coordinators.match(c.toks, j, c.amount.first());
            if (m != null && m.end() == c.amount.first()) return true;
        }
        return false;
    }
}
