package org.newsgraph.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A span a careful reader would flag, with the reason: a loaded term (and its neutral alternative), a superseded
 * place name used instead of the current one, a figure without a source, or a hedge ("selon des sources non
 * confirmées"). {@code speaker} is set when the span stands inside a quote: the words are the speaker's, not the
 * outlet's. {@code basis} names where the judgement comes from (a style guide, the KB row's source).
 */
public record Framing(Kind kind, String text, int start, int end, String reason, Optional<String> alternative,
                      Optional<String> basis, Optional<Reference> speaker) {

    /** What kind of wording is flagged. */
    public enum Kind {
        LOADED_TERM, HISTORICAL_NAME, UNSOURCED_FIGURE, HEDGE;

        /** The name in the JSON output: {@code loaded_term}, {@code historical_name}… */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind a JSON name stands for; empty for an unknown name. */
        public static Optional<Kind> fromJson(String name) {
            for (Kind k : values()) if (k.jsonName().equals(name)) return Optional.of(k);
            return Optional.empty();
        }
    }
}
