package org.newsgraph.annotate.entities;

/**
 * Where a long official name that carries lower-case words ends, in languages that write them so: "Organisation
 * mondiale de la santé", "Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge",
 * "Haut-Commissariat des Nations unies aux réfugiés". After the organisation noun the name goes on over adjectives of
 * official names (pack lexicon {@code org-name-adjectives}: "internationale", "mondiale", "unies"), complements
 * opened by a connector ("de la", "des", "aux", "d'") and their nouns, capitalised words, and a conjunction before
 * another such complement ("et du Croissant-Rouge").
 * <p>
 * The name is kept only where its end is sure: on a capitalised word, or, when an adjective of official names
 * follows the capitalised noun right away ("Organisation mondiale", "Office national"), on the last noun or adjective
 * of at most two lower-case complements ("… de la santé", "… des forêts"). A verb, a number, a function word or a
 * punctuation mark ends it. Bounded: a few words per head, so the pass stays linear.
 */
final class LongOfficialNames {
    /** At most this many words after the head: official names longer than this are rare, run-ons are not. */
    private static final int MAX_WORDS = 14;
    /** At most this many complements that end on a lower-case word. */
    private static final int MAX_LOWER_COMPLEMENTS = 2;

    private LongOfficialNames() {
    }

    /** The last word of the long name opening with the organisation noun at h, or -1 when there is none. */
    static int end(Words w, NameLexicons lx, int h) {
        if (lx.orgNameAdjectives.isEmpty() || lx.orgNameOpeners.isEmpty()) return -1;
        Word head = w.get(h);
        boolean adjectiveFirst = h + 1 < w.size() && w.sameSentence(h, h + 1) && adjective(w.get(h + 1), lx);
        // a lower-case ending is trusted only after a capitalised noun and its adjective: "Organisation mondiale"
        boolean lowerEndAllowed = head.capitalised && adjectiveFirst;
        int sureEnd = -1;
        int lowerComplements = 0;
        int k = h + 1;
        boolean lowerSeen = false;
        while (k < w.size() && k - h <= MAX_WORDS && w.sameSentence(h, k)) {
            Word x = w.get(k);
            if (!x.isWord()) {
                if ((x.is("-") || x.is("–")) && k + 1 < w.size() && w.get(k + 1).capitalised && !x.spaceBefore) {
                    k++; // "Croix- Rouge", "Croix -Rouge": a hyphen inside a capitalised compound
                    continue;
                }
                break;
            }
            if (x.capitalised) {
                if (lx.nonNames.contains(x.lower) || lx.isDemonym(x.lower)) break;
                while (k + 1 < w.size() && w.sameSentence(k, k + 1) && continuesCapitalised(w, lx, k + 1)) k++;
                sureEnd = k;
                k++;
                while (k < w.size() && w.sameSentence(h, k) && adjective(w.get(k), lx)) k++; // "Nations unies"
                if (k - 1 > sureEnd) sureEnd = k - 1;
                continue;
            }
            if (adjective(x, lx) && (k == h + 1 || w.get(k - 1).isWord())) {
                lowerSeen = true;
                if (lowerEndAllowed && lowerComplements == 0) sureEnd = k;
                k++;
                continue;
            }
            int noun = complementNoun(w, lx, k, h);
            if (noun < 0) break;
            lowerSeen = true;
            k = noun;
            Word n = w.get(noun);
            if (n.capitalised) continue; // the capitalised branch above takes it
            lowerComplements++;
            if (lowerComplements > MAX_LOWER_COMPLEMENTS) break;
            int last = noun;
            while (last + 1 < w.size() && w.sameSentence(h, last + 1) && adjective(w.get(last + 1), lx)) last++;
            if (lowerEndAllowed) sureEnd = last;
            k = last + 1;
        }
        return lowerSeen && sureEnd > h ? sureEnd : -1;
    }

    /** A capitalised word that goes on with the run before it: "Rouge" after "Croix-", "Unies", not a new head. */
    private static boolean continuesCapitalised(Words w, NameLexicons lx, int k) {
        Word x = w.get(k);
        return x.capitalised && !x.elided && !lx.nonNames.contains(x.lower) && !lx.orgHeads.contains(x.key)
                && !lx.isDemonym(x.lower);
    }

    /**
     * The word a complement at k names: after a word that opens one ("de", "des", "aux"; pack lexicon
     * {@code org-name-words}, kind {@code opener}) and maybe an article ("de la"; an elided "l'" is one, an elided
     * "d'" opens it), or after a conjunction and an opener ("et du"), a lower-case noun or a capitalised word; -1
     * when no complement opens at k. "et le Parlement" opens none: an article after "et" starts another name.
     */
    private static int complementNoun(Words w, NameLexicons lx, int k, int h) {
        int j = k;
        Word x = w.get(j);
        if (x.elided && elidedOpener(w, lx, x)) return x.capitalised || noun(x, lx) ? j : -1; // "d'urgence"
        if (lx.conjunctions.contains(x.lower)) j++; // "et du Croissant-Rouge", "et des Outre-mer"
        if (j >= w.size() || !w.sameSentence(h, j) || !opener(w.get(j), lx)) return -1;
        j++;
        if (j < w.size() && w.sameSentence(h, j) && w.get(j).isWord() && !w.get(j).capitalised && !w.get(j).elided
                && lx.connectors.contains(w.get(j).lower) && !opener(w.get(j), lx)) j++; // "de la"
        if (j >= w.size() || !w.sameSentence(h, j)) return -1;
        Word n = w.get(j);
        if (!n.isWord()) return -1;
        if (n.capitalised) return lx.nonNames.contains(n.lower) ? -1 : j;
        return noun(n, lx) ? j : -1;
    }

    private static boolean opener(Word x, NameLexicons lx) {
        return x.isWord() && !x.capitalised && !x.elided && lx.orgNameOpeners.contains(x.lower);
    }

    private static boolean elidedOpener(Words w, NameLexicons lx, Word x) {
        String elided = lx.normalizer.normalize(w.text, x.tokenStart, x.start).replace("'", "");
        String full = lx.elisionFullForms.get(elided);
        return full != null && lx.orgNameOpeners.contains(full);
    }

    /** A lower-case content word: not a function word, a number word or a verb the pack lists as a non-name. */
    private static boolean noun(Word n, NameLexicons lx) {
        return n.isWord() && !n.capitalised && n.text.length() >= 3 && !lx.commonWords.contains(n.lower)
                && !lx.nonNames.contains(n.lower) && !lx.connectors.contains(n.lower);
    }

    /** A lower-case adjective of official names ("internationale", "unies"), by the pack's list of endings. */
    static boolean adjective(Word x, NameLexicons lx) {
        if (!x.isWord() || x.capitalised || x.elided || lx.commonWords.contains(x.lower)) return false;
        for (String e : lx.orgNameAdjectives) {
            if (x.lower.endsWith(e) && (x.lower.length() >= e.length() + 3 || x.lower.length() >= 4 && x.lower.equals(e))) {
                return true;
            }
        }
        return false;
    }
}
