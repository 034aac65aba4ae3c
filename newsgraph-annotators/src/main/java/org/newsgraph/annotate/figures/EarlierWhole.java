package org.newsgraph.annotate.figures;

import java.util.List;

/**
 * Breakdowns whose whole stands in an earlier sentence of the paragraph: "The blast killed 14 people. They included
 * four Norvanians and two Keldans.", "Не менее 20 человек погибли. Среди них двое детей и трое учителей." A sentence
 * that opens with counts of people naming nothing that befell them, listed ("four Norvanians and two Keldans") or
 * after a subset cue ("Among them are …"), counts what the nearest measured figure of the one or two sentences before
 * it counts, and is part of it, when the listed counts together do not exceed it. The whole is looked for in the
 * breakdown's paragraph, or in the sentence right before it (wire copy gives many sentences a paragraph each). Runs after {@link SubsetLinker},
 * once the measures found inside each sentence are known.
 */
final class EarlierWhole {
    /** Sentences at most between a breakdown and its whole. */
    private static final int LOOK_BACK_SENTENCES = 2;

    private final SubsetLinker linker;

    EarlierWhole(SubsetLinker linker) {
        this.linker = linker;
    }

    /**
     * @param paragraph the paragraph of each sentence (by sentence index)
     */
    void link(List<Candidate> all, int[] paragraph) {
        for (int k = 0; k < all.size(); k++) {
            Candidate c = all.get(k);
            if (!opensSentence(all, k) || !unmeasuredPeople(c)) continue;
            int last = lastItem(all, k);
            if (last == k && !c.subsetCue) continue;
            double sum = 0;
            for (int i = k; i <= last; i++) sum += all.get(i).amount.value();
            int whole = wholeBefore(all, k, paragraph, sum);
            if (whole < 0) continue;
            Candidate w = all.get(whole);
            for (int i = k; i <= last; i++) {
                all.get(i).setMeasure(w.measure.get(), Candidate.Strength.INHERITED);
                all.get(i).parent = whole;
            }
            k = last;
        }
    }

    /** No count of its sentence before it says what it counts (dates and codes aside). */
    private static boolean opensSentence(List<Candidate> all, int k) {
        int sentence = all.get(k).sentence;
        for (int j = k - 1; j >= 0 && all.get(j).sentence == sentence; j--) {
            if (!all.get(j).ruledOut) return false;
        }
        return true;
    }

    /** A count of people ("four nurses", "two Keldans") that no cue of its sentence measures. */
    private boolean unmeasuredPeople(Candidate c) {
        return c.measure.isEmpty() && !c.ruledOut && c.parent < 0
                && (c.strength == Candidate.Strength.PEOPLE || linker.listItemOfName(c));
    }

    /** The last item of the list of people counts starting at {@code k} (k itself when none follows). */
    private int lastItem(List<Candidate> all, int k) {
        int last = k;
        while (last + 1 < all.size()) {
            Candidate next = all.get(last + 1);
            if (next.sentence != all.get(k).sentence || !unmeasuredPeople(next)
                    || !linker.joined(next, all.get(last))) break;
            last++;
        }
        return last;
    }

    /** The nearest count of the sentences just before, when it has a measure of its own and is no smaller than the breakdown. */
    private static int wholeBefore(List<Candidate> all, int k, int[] paragraph, double sum) {
        int sentence = all.get(k).sentence;
        for (int j = k - 1; j >= 0; j--) {
            Candidate w = all.get(j);
            // wire copy often gives each sentence a paragraph of its own: the sentence right before may start another
            if (w.sentence < sentence - LOOK_BACK_SENTENCES
                    || (w.sentence < sentence - 1 && paragraph[w.sentence] != paragraph[sentence])) return -1;
            if (w.ruledOut) continue;
            // "… 900 people were injured. The office released a list of 61 names. Among them are …": the nearest
            // count is of something we cannot tell, and an older figure is no safer a guess
            if (!w.hasStrongMeasure()) return -1;
            double whole = w.amount.max().orElse(w.amount.value());
            return whole >= sum ? j : -1;
        }
        return -1;
    }
}
