package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.model.EntityType;

/** Reading the recogniser's BIO labels: the names they mark, and the type they give a run of words. */
final class NerSpans {
    private NerSpans() {
    }

    /** Each name the labels mark, as {first word, last word, B- label}. */
    static List<int[]> spans(Words w, int[] tags) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            int t = tags[i];
            if (t == NerModel.O) {
                i++;
                continue;
            }
            int begin = NerModel.inside(t) ? t - 1 : t;
            int j = i;
            while (j + 1 < tags.length && tags[j + 1] == begin + 1 && w.sameSentence(j, j + 1)) j++;
            out.add(new int[] {i, j, begin});
            i = j + 1;
        }
        return out;
    }

    /** The type most words of a run are labelled with (the first such word breaks ties), OTHER when none is. */
    static EntityType type(int[] tags, int first, int last) {
        int[] votes = new int[4];
        int firstType = 0;
        for (int k = first; k <= last; k++) {
            int t = (tags[k] + 1) / 2;
            if (t == 0) continue;
            votes[t]++;
            if (firstType == 0) firstType = t;
        }
        int best = firstType;
        for (int t = 1; t <= 3; t++) {
            if (votes[t] > votes[best]) best = t;
        }
        return best == 0 ? EntityType.OTHER : NerModel.type(best * 2 - 1);
    }

    /**
     * True when the recognised name around word i goes on over a capitalised word before or after it: the word
     * was only part of a longer name for the recogniser ("Économie" in "l'Économie Bruno Lemaire"), which the rules
     * split, so the label says nothing about the word alone.
     */
    static boolean extendsOverCapitals(Words w, int[] tags, int i) {
        if (tags[i] == NerModel.O) return false;
        if (NerModel.inside(tags[i]) && i > 0 && w.get(i - 1).capitalised) return true;
        int next = i + 1;
        return next < tags.length && NerModel.inside(tags[next]) && w.get(next).capitalised && w.sameSentence(i, next);
    }
}
