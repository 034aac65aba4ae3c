package org.newsgraph.annotate.quotes;

import java.util.Optional;

/**
 * A quote or an attribution found in one unit of text, with its speaker before pronouns are resolved.
 * {@code kind} says whether it is a direct quote, reported speech, a "selon X" attribution, or a request to credit
 * the previous sentence ("Об этом сообщил X").
 */
final class Found {
    enum Kind { DIRECT, REPORTED, SOURCE, BACK_REFERENCE }

    /**
     * Where the reading found the speaker: the subject of a verb of saying (either side of it), the complement of a
     * cue ("selon X", "по словам X", "as X said"), a phrase and colon before a quote, or none (a continuation).
     */
    enum Slot { SUBJECT, CUE, COLON, NONE }

    final Kind kind;
    final int start;
    final int end;
    Optional<Speaker> speaker;
    Slot slot = Slot.SUBJECT;

    Found(Kind kind, int start, int end, Optional<Speaker> speaker) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.speaker = speaker;
    }

    Found(Kind kind, int start, int end, Optional<Speaker> speaker, Slot slot) {
        this(kind, start, end, speaker);
        this.slot = slot;
    }

    boolean isQuote() {
        return kind == Kind.DIRECT || kind == Kind.REPORTED;
    }

    int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return kind + "[" + start + "," + end + ")" + speaker.map(s -> " by " + s.ref().text().orElse("?")).orElse("");
    }
}
