package org.newsgraph.annotate.quotes;

import java.util.Optional;

/**
 * A quote or an attribution found in one unit of text, with its speaker before pronouns are resolved.
 * {@code kind} says whether it is a direct quote, reported speech, a "selon X" attribution, or a request to credit
 * the previous sentence ("Об этом сообщил X").
 */
final class Found {
    enum Kind { DIRECT, REPORTED, SOURCE, BACK_REFERENCE }

    final Kind kind;
    final int start;
    final int end;
    Optional<Speaker> speaker;

    Found(Kind kind, int start, int end, Optional<Speaker> speaker) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.speaker = speaker;
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
