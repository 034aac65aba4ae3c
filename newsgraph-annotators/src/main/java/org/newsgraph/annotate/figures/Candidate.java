package org.newsgraph.annotate.figures;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.model.Measure;

/**
 * An amount that may be a figure, with what the rules learn about it: its measure and where it came from, whether
 * a noun for people heads it, and the candidate it is part of. Mutable, confined to one annotation run.
 */
final class Candidate {
    /** How sure the measure is: a cue next to the number beats a head noun, which beats one borrowed elsewhere. */
    enum Strength { NONE, PEOPLE, WEAK, INHERITED, STRONG }

    final int sentence;
    final List<Tok> toks;
    final Amount amount;
    Optional<Measure> measure = Optional.empty();
    Strength strength = Strength.NONE;
    boolean subsetCue;
    /** A date, a unit, a code: the amount is no count at all (not merely one whose head we do not know). */
    boolean ruledOut;
    /** A cue says the amount counts again what an earlier figure counted ("en a compté"). */
    boolean countsAgain;
    int parent = -1;
    /** A bare number right before a place word ("…, 6 in Olben"): a share of a list whose measure it may take. */
    boolean placed;
    /** Tokens [extentStart, extentEnd) of the figure's text: the amount with the words that say what it counts. */
    int extentStart;
    int extentEnd;

    Candidate(int sentence, List<Tok> toks, Amount amount) {
        this.sentence = sentence;
        this.toks = toks;
        this.amount = amount;
        this.extentStart = amount.first();
        this.extentEnd = amount.last();
    }

    /** Where the amount starts. */
    int start() {
        return toks.get(amount.first()).start();
    }

    /** Where the amount ends. */
    int end() {
        return toks.get(amount.last() - 1).end();
    }

    int textStart() {
        return toks.get(Math.min(extentStart, amount.first())).start();
    }

    int textEnd() {
        return toks.get(Math.max(extentEnd, amount.last()) - 1).end();
    }

    boolean isFigure() {
        return strength != Strength.NONE;
    }

    boolean hasStrongMeasure() {
        return measure.isPresent() && (strength == Strength.STRONG || strength == Strength.INHERITED);
    }

    void setMeasure(Measure m, Strength s) {
        measure = Optional.of(m);
        strength = s;
    }
}
