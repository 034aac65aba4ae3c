package org.newsgraph.annotate.entities;

import java.util.List;
import org.newsgraph.core.Token;
import org.newsgraph.core.model.EntityType;

/**
 * An organisation's acronym followed by a small number names one numbered unit of it ("CRS 8", "BAC 93", "ОМОН 2"):
 * the number belongs to the name, and the unit is a body of its own, not the whole corps the KB links the acronym to.
 */
final class NumberedUnits {
    /** Unit numbers have at most three digits; a longer number after an acronym is a count or a year. */
    private static final int MAX_DIGITS = 3;

    private NumberedUnits() {
    }

    static void apply(Words w, NameLexicons lx, List<Candidate> names) {
        for (int n = 0; n < names.size(); n++) {
            Candidate c = names.get(n);
            if (!c.acronym || c.type != EntityType.ORGANIZATION || c.last + 1 >= w.size()) continue;
            Word next = w.get(c.last + 1);
            if (next.kind != Token.Kind.NUMBER || !next.spaceBefore || !w.sameSentence(c.last, c.last + 1)
                    || next.text.length() > MAX_DIGITS || !digits(next.text)) continue;
            if (c.last + 2 < w.size() && w.sameSentence(c.last + 1, c.last + 2) && w.get(c.last + 2).kind == Token.Kind.NUMBER) {
                continue; // "CRS 8 000": a figure, not a unit
            }
            names.set(n, new Candidate(w, c.first, c.last + 1, EntityType.ORGANIZATION, Candidate.CUE, lx));
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return !s.isEmpty();
    }
}
