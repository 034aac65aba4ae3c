package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * Finds the written-out form of an acronym the document uses (known to the KB or not) but no name found spells out: the run of words whose
 * initials, connectors aside, are the acronym's letters ("GIGN" and "Groupe d'intervention de la gendarmerie
 * nationale", "КЧС" and "Комиссия по чрезвычайным ситуациям"). The run must open with a capital and is kept as an
 * organisation name, which the clusterer then merges with the acronym. One pass over the words per such acronym:
 * acronyms are few, so this stays linear in the text.
 */
final class AcronymExpansions {
    private static final int MIN_LETTERS = 3;
    private static final int MAX_WORDS = 12;

    private AcronymExpansions() {
    }

    static List<Candidate> find(Words w, NameLexicons lx, List<Candidate> names, NameParts parts) {
        Set<String> explained = new HashSet<>();
        for (Candidate c : names) if (!c.acronym && c.wordCount() >= 2) explained.add(parts.initials(c.surface));
        Set<String> wanted = new HashSet<>();
        List<Candidate> guessedPeople = new ArrayList<>();
        for (Candidate c : names) {
            // an acronym the recogniser alone took for a person ("ВФМБ") is looked for too: letters in capitals
            // name a body far more often, and the expansion, when the text has one, settles it
            boolean guessedPerson = c.type == EntityType.PERSON && c.confidence < Candidate.KB;
            // a body the KB knows by its acronym ("GIGN") may be spelt out in a form the KB lacks: looked for too
            if (!c.acronym || (c.entry != null && c.entry.type() != EntityType.ORGANIZATION)
                    || !(c.type == EntityType.ORGANIZATION || c.type == EntityType.OTHER || guessedPerson)) continue;
            String letters = parts.letters(c.surface);
            if (letters.length() >= MIN_LETTERS && !explained.contains(letters)) {
                wanted.add(letters);
                if (guessedPerson) guessedPeople.add(c);
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (wanted.isEmpty()) return out;
        for (int i = 0; i < w.size(); i++) {
            Word first = w.get(i);
            if (!first.isWord() || !first.capitalised || first.allCaps) continue;
            for (String letters : wanted) {
                int last = expansionEnd(w, lx, i, letters);
                if (last < 0 || covered(names, w, i, last)) continue;
                out.add(new Candidate(w, i, last, EntityType.ORGANIZATION, Candidate.CUE, lx));
                dropCutForms(names, i, last);
                for (Candidate c : guessedPeople) {
                    if (parts.letters(c.surface).equals(letters)) c.type = EntityType.ORGANIZATION;
                }
                i = last;
                break;
            }
        }
        return out;
    }

    /**
     * Acronyms no name covers whose letters are the initials of an organisation the document spells out ("Selon la
     * FFC" after "Fédération française de cardiologie"): names of that organisation, whatever the recogniser made of
     * the capitals alone. One pass over the words, a set look-up each.
     */
    static List<Candidate> unfound(Words w, NameLexicons lx, List<Candidate> names, NameParts parts) {
        List<Candidate> out = new ArrayList<>();
        Set<String> spelt = null;
        for (Candidate c : names) {
            if (c.type != EntityType.ORGANIZATION || c.acronym || c.wordCount() < 2) continue;
            if (spelt == null) spelt = new HashSet<>();
            spelt.add(parts.initials(c.surface));
        }
        if (spelt == null) return out;
        boolean[] covered = new boolean[w.size()];
        for (Candidate c : names) for (int k = c.first; k <= c.last && k < covered.length; k++) covered[k] = true;
        for (int i = 0; i < w.size(); i++) {
            Word x = w.get(i);
            if (covered[i] || !x.isWord() || !x.allCaps || x.text.length() < MIN_LETTERS || x.text.length() > 6) continue;
            if (!spelt.contains(parts.letters(x.text))) continue;
            out.add(new Candidate(w, i, i, EntityType.ORGANIZATION, Candidate.CUE, lx));
        }
        return out;
    }

    /** The last word of a run from word i whose significant words' initials are the letters, or -1. */
    private static int expansionEnd(Words w, NameLexicons lx, int i, String letters) {
        int k = 0;
        int last = -1;
        for (int j = i; j < w.size() && j - i < MAX_WORDS && k < letters.length(); j++) {
            Word x = w.get(j);
            if (!x.isWord() || !w.sameSentence(i, j)) return -1;
            if (j > i && !x.capitalised && (lx.connectors.contains(x.lower) || x.text.length() <= 2)) continue;
            if (initial(x) != letters.charAt(k)) return -1;
            k++;
            last = j;
        }
        return k == letters.length() ? last : -1;
    }

    private static char initial(Word x) {
        return NameKeys.firstLatin(x.lower.charAt(0));
    }

    /**
     * A name of ours that opens on the expansion's first word and stops inside it is that name cut short where a
     * lower-case word seemed to end it ("Association départementale de protection" of "… de protection civile
     * (ADPC)", "Областного центра аварийных" of "… аварийных работ (ОЦАР)"): the acronym's letters say where the name
     * ends, so the cut form goes. KB names and acronyms stay.
     */
    private static void dropCutForms(List<Candidate> names, int first, int last) {
        names.removeIf(c -> c.first == first && c.last > first && c.last < last && c.entry == null && !c.acronym);
    }

    private static boolean covered(List<Candidate> names, Words w, int first, int last) {
        int start = w.get(first).start;
        int end = w.get(last).end;
        for (Candidate c : names) if (c.start <= start && c.end >= end) return true;
        return false;
    }
}
