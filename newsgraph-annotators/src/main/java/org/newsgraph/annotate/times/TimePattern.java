package org.newsgraph.annotate.times;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One rule of the time grammar, read from a line of the {@code times-patterns} lexicon: a name, then elements
 * separated by spaces. An element is a category of the vocabulary ({@code MONTH}), a number shape ({@code DAY},
 * {@code MONTHNUM}, {@code YEAR}, {@code MODERNYEAR} (1900–2099, a year even alone), {@code YY}, {@code HOUR}, {@code MIN}, {@code NUM}, {@code OFFSET}, {@code SIGN})
 * or a literal word or sign in lower case; {@code A|B} accepts either. Suffix {@code ?} makes it optional, prefix
 * {@code +} requires it to touch the previous token (no space), and {@code [..]} makes it context: it must be
 * there but is not part of the expression ("[in] YEAR").
 */
record TimePattern(String name, List<Element> elements, Set<String> starts) {

    static final Set<String> NUMBER_SHAPES = Set.of("DAY", "MONTHNUM", "YEAR", "MODERNYEAR", "YY", "HOUR", "MIN", "NUM", "OFFSET");

    /** One position of a pattern. */
    record Element(List<String> alternatives, boolean optional, boolean glued, boolean context, boolean[] categories) {
        Element(List<String> alternatives, boolean optional, boolean glued, boolean context) {
            this(alternatives, optional, glued, context, categoriesOf(alternatives));
        }

        private static boolean[] categoriesOf(List<String> alternatives) {
            boolean[] out = new boolean[alternatives.size()];
            for (int i = 0; i < out.length; i++) out[i] = isCategory(alternatives.get(i));
            return out;
        }
    }

    static TimePattern parse(String name, String source) {
        List<Element> elements = new ArrayList<>();
        for (String raw : source.strip().split("\\s+")) {
            String s = raw;
            boolean context = s.startsWith("[") && s.endsWith("]") && s.length() > 2;
            if (context) s = s.substring(1, s.length() - 1);
            boolean optional = s.length() > 1 && s.endsWith("?");
            if (optional) s = s.substring(0, s.length() - 1);
            boolean glued = s.length() > 1 && s.startsWith("+");
            if (glued) s = s.substring(1);
            List<String> alternatives = new ArrayList<>();
            for (String a : s.split("\\|")) {
                if (a.isEmpty()) throw new IllegalArgumentException("time pattern '" + name + "': empty alternative in '" + raw + "'");
                if (!isCategory(a) && TimeTokenizer.tokenize(a, 0, a.length()).size() != 1) {
                    throw new IllegalArgumentException("time pattern '" + name + "': literal '" + a
                            + "' is not one token (a run of letters, of digits, or one sign): write each part as its own element");
                }
                alternatives.add(isCategory(a) ? a : TimeTokenizer.fold(a));
            }
            elements.add(new Element(List.copyOf(alternatives), optional, glued, context));
        }
        if (elements.isEmpty() || elements.stream().allMatch(e -> e.context() || e.optional())) {
            throw new IllegalArgumentException("time pattern '" + name + "' needs at least one required element outside context");
        }
        return new TimePattern(name, List.copyOf(elements), starts(elements));
    }

    /** What the first token of the expression may be: the alternatives up to the first required element. */
    private static Set<String> starts(List<Element> elements) {
        Set<String> out = new java.util.HashSet<>();
        for (Element e : elements) {
            if (e.context()) continue;
            out.addAll(e.alternatives());
            if (!e.optional()) break;
        }
        return Set.copyOf(out);
    }

    /** Upper-case names are categories or number shapes; anything else is a literal. */
    static boolean isCategory(String s) {
        return s.length() > 1 && s.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '_');
    }
}
