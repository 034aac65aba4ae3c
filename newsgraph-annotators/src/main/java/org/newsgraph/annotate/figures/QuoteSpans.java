package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Span;

/**
 * Text between paired quotation marks, for crediting a figure inside a quote to whoever the reporting clause names
 * when the quotes layer is absent. Guillemets and curly quotes pair by direction, straight quotes by alternation;
 * a quote never runs past a line break (news quotes reopen in each paragraph) or a few thousand characters.
 */
final class QuoteSpans {
    private static final int MAX_LENGTH = 3000;

    private QuoteSpans() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0) {
                if (c == closer || (closer == '"' && (c == '”'))) {
                    out.add(new Span(open, i + 1, "quote"));
                    open = -1;
                    continue;
                }
                if (i - open <= MAX_LENGTH && c != '\n') continue;
                open = -1;
            }
            closer = switch (c) {
                case '«' -> '»';
                case '“' -> '”';
                case '„' -> '“';
                case '"' -> '"';
                default -> 0;
            };
            if (closer != 0) open = i;
        }
        return out;
    }
}
