package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.figures.FigureVocabulary.MeasureCue;
import org.newsgraph.annotate.figures.FigureVocabulary.NotCount;
import org.newsgraph.core.model.Measure;

/**
 * Finds the amounts of one sentence that count people and what each counts, from the words around it: a measure
 * word after the number ("225 personnes sont mortes", "1,250 people were listed as victims") or before it
 * ("погибли 47 человек", "death toll was 88"), else a noun for people ("19 agents") or a weak head noun
 * ("20.000 bandits"). Dates, units, codes and names with digits ("Khabar 24") are ruled out here.
 */
final class CandidateFinder {
    private static final int FORWARD = 10;
    private static final int BACKWARD = 6;
    private static final int TOLL_BACKWARD = 14;
    /** Words at most from a count head to its measure word, the head's own words included ("number of people who"). */
    private static final int COUNT_HEAD_GAP = 5;
    /** Words at most in a clause set off by commas between a total and its verb ("The toll, which …, rose to 41"). */
    private static final int INSERT_WORDS = 14;
    /** Words at most of the subject naming a total before such a clause ("the number of people injured"). */
    private static final int SUBJECT_WORDS = 6;
    private static final Set<String> FORWARD_STOPS = Set.of(";", ":", "(", ")", "?", "!", ".", "-", "[", "]");
    private static final Set<String> BACKWARD_STOPS = Set.of(",", ";", ":", "(", ")", "?", "!", ".", "[", "]");

    private final FigureVocabulary vocab;
    private final AmountReader amounts;

    CandidateFinder(FigureVocabulary vocab) {
        this.vocab = vocab;
        this.amounts = new AmountReader(vocab);
    }

    /** Every amount of the sentence in order, figures or not; non-figures have strength NONE. */
    List<Candidate> find(int sentence, List<Tok> toks) {
        List<Amount> found = new ArrayList<>();
        for (int i = 0; i < toks.size(); ) {
            Amount a = amounts.read(toks, i, toks.size());
            if (a == null) {
                i++;
            } else {
                found.add(a);
                i = a.last();
            }
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Amount a = found.get(k);
            Candidate c = new Candidate(sentence, toks, a);
            out.add(c);
            if (isRuledOut(toks, a)) {
                c.ruledOut = true;
                continue;
            }
            int previousEnd = k > 0 ? found.get(k - 1).last() : 0;
            int nextStart = k + 1 < found.size() ? found.get(k + 1).first() : toks.size();
            measure(c, previousEnd, nextStart);
            c.subsetCue = hasSubsetCue(toks, a, previousEnd, nextStart) || framed(c, k > 0 ? found.get(k - 1) : null);
        }
        return out;
    }

    private boolean isRuledOut(List<Tok> toks, Amount a) {
        int n = toks.size();
        NotCount after = notCountAt(toks, a.last(), n);
        if (after == NotCount.UNIT || after == NotCount.DATE) return true;
        // "one of the participants" picks someone out; "one of them was hospitalised" counts one of a group before
        if (after == NotCount.PARTITIVE && a.value() == 1 && !toks.get(a.numberFirst()).isNumber()
                && vocab.subsetsAfter.match(toks, a.last(), n) == null) return true;
        int before = a.first() - 1;
        if (before >= 0 && toks.get(before).is(".") && before > 0) before--;
        NotCount prev = notCountAt(toks, before, a.first());
        if (prev == NotCount.DATE || prev == NotCount.BEFORE) return true;
        if (a.year() && (prev == NotCount.YEAR || !isPeopleOrMeasure(toks, a.last()))) return true;
        return isPartOfName(toks, a);
    }

    private NotCount notCountAt(List<Tok> toks, int i, int limit) {
        if (i < 0 || i >= limit) return null;
        PhraseTable.Match<NotCount> m = vocab.notCounts.match(toks, i, toks.size());
        return m == null ? null : m.value();
    }

    /**
     * "Khabar 24", "Boeing 737": digits right after a capitalised word that is not a cue of ours, unless a measure
     * follows (a title-case headline: "Report Says 300 Drowned").
     */
    private boolean isPartOfName(List<Tok> toks, Amount a) {
        int p = a.first() - 1;
        if (a.first() != a.numberFirst() || p <= 0 || !toks.get(a.first()).isNumber()) return false;
        if (isPeopleOrMeasure(toks, a.last())) return false;
        Tok t = toks.get(p);
        if (!t.isWord() || !t.capitalised()) return false;
        return vocab.measures.match(toks, p, a.first()) == null && vocab.sources.match(toks, p, a.first()) == null
                && vocab.subsetsBefore.match(toks, p, a.first()) == null;
    }

    private static int firstWordAfter(List<Tok> toks, int i) {
        while (i < toks.size() && toks.get(i).is("\"")) i++;
        return i;
    }

    private boolean isPeopleOrMeasure(List<Tok> toks, int i) {
        if (i >= toks.size()) return false;
        PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, i, toks.size());
        return m != null && !m.value().same();
    }

    private void measure(Candidate c, int previousEnd, int nextStart) {
        List<Tok> toks = c.toks;
        Amount a = c.amount;
        Measure forwardStrong = null;
        int forwardDistance = 0;
        int peopleEnd = a.last();
        Measure weak = null;
        boolean people = false;
        // a number whose first word counts nothing we know ("two weeks later, and …") looks no further than
        // its clause
        boolean knownHead = isPeopleOrMeasure(toks, firstWordAfter(toks, a.last()));
        int limit = Math.min(nextStart, Math.min(toks.size(), a.last() + FORWARD));
        boolean coordinated = false;
        for (int j = a.last(); j < limit; ) {
            Tok t = toks.get(j);
            if (t.kind() == Tok.Kind.PUNCT && (FORWARD_STOPS.contains(t.norm()) || (!knownHead && t.is(",")))) break;
            PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, j, limit);
            if (m == null) {
                if (vocab.coordinators.match(toks, j, limit) != null) coordinated = true;
                j++;
                continue;
            }
            MeasureCue cue = m.value();
            // "deaths rose to 190 and injuries to 6,000", "killed 150, including seven Germans, and injured 5,000":
            // a cue past a coordinating word, with another amount still to come, opens that amount's item of the
            // list (or a second verb of the clause's subject), not this one's
            if (cue.strong() && coordinated && nextStart < toks.size()) break;
            if (cue.strong()) {
                forwardStrong = cue.measure().get();
                forwardDistance = j - a.last();
                c.extentEnd = m.end();
                break;
            }
            if (cue.measure().isPresent() && weak == null && j - a.last() <= 2) weak = cue.measure().get();
            if (cue.measure().isEmpty() && !cue.same() && j - a.last() <= 2) {
                people = true;
                peopleEnd = m.end();
                c.extentEnd = m.end();
            }
            j = m.end();
        }
        Measure adjacentBefore = adjacentMeasureBefore(toks, a, previousEnd);
        // "killed three soldiers and wounded six", "погиб один и ранено двое": a verb right before the number beats a
        // later one, unless the later one follows the number or its noun directly
        if (forwardStrong != null && (adjacentBefore == null || forwardDistance == 0
                || (forwardDistance == 1 && people))) {
            c.setMeasure(forwardStrong, Candidate.Strength.STRONG);
            return;
        }
        Measure backwardStrong = null;
        boolean toll = false;
        boolean backwardNear = false;
        boolean coordinatedBack = false;
        for (int j = a.first() - 1; j >= Math.max(previousEnd, a.first() - TOLL_BACKWARD); j--) {
            Tok t = toks.get(j);
            if (t.kind() == Tok.Kind.PUNCT && BACKWARD_STOPS.contains(t.norm())) {
                // "The death toll, which stood at 30 on Monday, rose to 41", "Число людей, погибших в …, возросло
                // до 40": a total named before a clause set off by commas, the number right after its verb
                PhraseTable.Match<MeasureCue> total = t.is(",") && a.first() - j <= BACKWARD
                        ? totalBeforeInsert(toks, j) : null;
                if (total != null) {
                    backwardStrong = total.value().measure().get();
                    toll = true;
                    c.extentStart = total.start();
                }
                break;
            }
            if (vocab.coordinators.match(toks, j, a.first()) != null) coordinatedBack = true;
            PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, j, a.first());
            if (m == null || m.value().measure().isEmpty()) continue;
            boolean near = a.first() - j <= BACKWARD;
            boolean counted = m.value().strong() && !near && !m.value().toll() && countedBefore(toks, j, previousEnd);
            if (m.value().strong() && (near || m.value().toll() || counted)) {
                backwardStrong = m.value().measure().get();
                toll = m.value().toll() || counted;
                backwardNear = near && !coordinatedBack;
                c.extentStart = j;
                break;
            }
            if (weak == null && near) weak = m.value().measure().get();
        }
        // a measure before the number counts it only when right before it, or when the number heads people or ends
        // the clause ("погибли в 3 городах" counts towns)
        boolean placed = !people && weak == null && a.last() < toks.size()
                && vocab.places.match(toks, a.last(), toks.size()) != null;
        // "The dead included 43 in Tarsk": a number placed somewhere is as headless as one ending its clause
        // "rose to 190 and injuries to …": a number a coordinating word follows has no head noun either
        boolean headless = a.last() >= toks.size() || !toks.get(a.last()).isWord() || placed
                || vocab.coordinators.match(toks, a.last(), toks.size()) != null;
        // a weak head noun gives way to a strong cue before it in its own clause as to one after it ("hospitals
        // treated 230 victims"; not "800 were evacuated and 5,000 protesters marched")
        boolean weakHead = weak != null && backwardNear;
        // "Those killed included two Norvanians, three …": a capitalised head closing a list item names people
        boolean namedItem = !people && weak == null && namedListItem(vocab, toks, a);
        if (backwardStrong != null && (people || headless || toll || weakHead || adjacentBefore != null || namedItem)) {
            c.setMeasure(backwardStrong, Candidate.Strength.STRONG);
            c.extentEnd = peopleEnd;
            return;
        }
        c.extentStart = a.first();
        c.extentEnd = peopleEnd;
        if (weak != null) {
            c.setMeasure(weak, Candidate.Strength.WEAK);
        } else if (people) {
            c.strength = Candidate.Strength.PEOPLE;
        } else if (countsAgain(toks, a, previousEnd)) {
            c.strength = Candidate.Strength.PEOPLE;
            c.countsAgain = true;
        } else {
            c.placed = placed;
        }
    }

    /**
     * "Of those who were killed, at least 145 were Egyptian", "Parmi les morts, 14 sont italiens", "Of the 300
     * injured, 45 were children": a clause opening with a frame phrase names the whole the amount after its comma is
     * drawn from. When the whole is the number right after the frame phrase, the amount is its subset (true);
     * otherwise the amount only takes the frame's measure when it has no strong one of its own.
     */
    private boolean framed(Candidate c, Amount previous) {
        List<Tok> toks = c.toks;
        int comma = c.amount.first() - 1;
        while (comma >= 0 && !(toks.get(comma).kind() == Tok.Kind.PUNCT && BACKWARD_STOPS.contains(toks.get(comma).norm()))) {
            comma--;
        }
        if (comma < 1 || !(toks.get(comma).is(",") || toks.get(comma).is(":"))) return false;
        if (c.amount.first() - comma > BACKWARD) return false;
        int start = comma - 1;
        while (start > 0 && !(toks.get(start - 1).kind() == Tok.Kind.PUNCT && BACKWARD_STOPS.contains(toks.get(start - 1).norm()))) {
            start--;
        }
        PhraseTable.Match<Boolean> frame = vocab.frames.match(toks, start, comma);
        if (frame == null) return false;
        // "Of the 300 injured, 45 …": the whole is the number right after the frame phrase
        if (previous != null && previous.last() > start) return previous.first() == frame.end();
        // "Of those who were killed, 145 …": the whole is not in this sentence; only its measure is taken
        if (c.hasStrongMeasure()) return false;
        for (int j = frame.end(); j < comma; j++) {
            PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, j, comma);
            if (m != null && m.value().strong()) {
                c.setMeasure(m.value().measure().get(), Candidate.Strength.STRONG);
                return false;
            }
        }
        return false;
    }

    /**
     * True when the word after the amount is capitalised (not an acronym, not opening the sentence) and ends the
     * item: a comma, a coordinating word or the sentence's end follows ("two Norvanians, three …"). Such a head is a
     * people or a town's inhabitants in a list of counts.
     */
    static boolean namedListItem(FigureVocabulary vocab, List<Tok> toks, Amount a) {
        int head = a.last();
        if (head >= toks.size() || !toks.get(head).isWord() || !toks.get(head).capitalised() || toks.get(head).acronym()) return false;
        int after = head + 1;
        return after >= toks.size() || toks.get(after).is(",") || toks.get(after).is(".")
                || vocab.coordinators.match(toks, after, toks.size()) != null;
    }

    /**
     * The total a clause set off by commas interrupts, the clause's second comma at {@code comma}: a toll phrase
     * among the few words before its first comma ("The death toll, …", "Le bilan, …"), or a count head there whose
     * measure word follows it or opens the inserted clause ("The number of people injured, …", "Число людей,
     * погибших …"). Null when the words before hold a number of their own or no such total.
     */
    private PhraseTable.Match<MeasureCue> totalBeforeInsert(List<Tok> toks, int comma) {
        int first = comma - 1;
        while (first > 0 && comma - first <= INSERT_WORDS && !toks.get(first).is(",")) {
            Tok t = toks.get(first);
            if (t.kind() == Tok.Kind.PUNCT && BACKWARD_STOPS.contains(t.norm())) return null;
            first--;
        }
        if (first < 1 || !toks.get(first).is(",")) return null;
        int start = first;
        while (start > 0 && first - start < SUBJECT_WORDS && !(toks.get(start - 1).kind() == Tok.Kind.PUNCT
                && BACKWARD_STOPS.contains(toks.get(start - 1).norm()))) start--;
        boolean counted = false;
        for (int k = start; k < first; k++) {
            if (toks.get(k).isNumber()) return null;
            PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, k, first);
            if (m != null && m.value().strong() && (m.value().toll() || counted)) return new PhraseTable.Match<>(start, m.end(), m.value());
            if (vocab.countHeads.match(toks, k, first) != null) counted = true;
        }
        if (!counted) return null;
        PhraseTable.Match<MeasureCue> opening = vocab.measures.match(toks, first + 1, comma);
        return opening != null && opening.value().strong() ? new PhraseTable.Match<>(start, opening.end(), opening.value()) : null;
    }

    /** "the number of (people who) killed": a count head a few words before the measure word at {@code cue}. */
    private boolean countedBefore(List<Tok> toks, int cue, int previousEnd) {
        for (int j = cue - 1; j >= Math.max(previousEnd, cue - COUNT_HEAD_GAP); j--) {
            if (toks.get(j).kind() == Tok.Kind.PUNCT) return false;
            PhraseTable.Match<Boolean> m = vocab.countHeads.match(toks, j, cue);
            if (m != null) return true;
        }
        return false;
    }

    /** "la police en a compté 18 000": a cue right before the amount says it counts what a figure before counted. */
    private boolean countsAgain(List<Tok> toks, Amount a, int previousEnd) {
        for (int j = Math.max(previousEnd, a.first() - 4); j < a.first(); j++) {
            PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, j, a.first());
            if (m != null && m.value().same() && m.end() == a.first()) return true;
        }
        return false;
    }

    /** A strong measure word right before the amount ("погибли 47", "killed three", "задержали не менее 75"). */
    private Measure adjacentMeasureBefore(List<Tok> toks, Amount a, int previousEnd) {
        for (int j = Math.max(previousEnd, a.first() - 3); j < a.first(); j++) {
            PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, j, a.first());
            if (m != null && m.value().strong() && m.end() == a.first()) return m.value().measure().get();
        }
        return null;
    }

    private boolean hasSubsetCue(List<Tok> toks, Amount a, int previousEnd, int nextStart) {
        for (int j = Math.max(previousEnd, a.first() - 5); j < a.first(); j++) {
            PhraseTable.Match<Boolean> m = vocab.subsetsBefore.match(toks, j, a.first());
            if (m != null && onlyPunctuationOrMeasure(toks, m.end(), a.first())) return true;
        }
        int limit = Math.min(nextStart, Math.min(toks.size(), a.last() + 7));
        for (int j = a.last(); j < limit; j++) {
            Tok t = toks.get(j);
            if (t.kind() == Tok.Kind.PUNCT && (FORWARD_STOPS.contains(t.norm()) || t.is(","))) break;
            PhraseTable.Match<Boolean> m = vocab.subsetsAfter.match(toks, j, toks.size());
            // "из них" right before the next number introduces that number, not this one
            if (m != null) return m.end() + 1 < nextStart || nextStart == toks.size();
        }
        return false;
    }

    private boolean onlyPunctuationOrMeasure(List<Tok> toks, int from, int to) {
        for (int j = from; j < to; ) {
            if (toks.get(j).kind() == Tok.Kind.PUNCT) {
                j++;
                continue;
            }
            PhraseTable.Match<MeasureCue> m = vocab.measures.match(toks, j, to);
            if (m == null) return false;
            j = m.end();
        }
        return true;
    }
}
