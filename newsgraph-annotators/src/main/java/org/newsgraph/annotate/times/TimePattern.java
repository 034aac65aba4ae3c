package org.newsgraph.annotate.times;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.text.FormIds;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;

/**
 * One rule of the time grammar, read from a line of the {@code times-patterns} lexicon: a name, then elements
 * separated by spaces. An element is a category of the vocabulary ({@code MONTH}), a number shape ({@code DAY},
 * {@code MONTHNUM}, {@code YEAR}, {@code MODERNYEAR} (1900–2099, a year even alone), {@code YY}, {@code HOUR}, {@code MIN}, {@code HHMM} (a military
 * clock, "1500"), {@code NUM}, {@code OFFSET}, {@code SIGN})
 * or a literal word or sign in lower case; {@code A|B} accepts either. Suffix {@code ?} makes it optional, prefix
 * {@code +} requires it to touch the previous token (no space), and {@code [..]} makes it context: it must be
 * there but is not part of the expression ("[in] YEAR"). Prefix {@code >} marks where the second of two times
 * begins: that element and the ones after it describe the end of a range or of a night ("du DAY >au DAY MONTH").
 * An optional third column gives the pattern's {@link Role}.
 */
record TimePattern(String name, List<Element> elements, Set<String> starts, Role role) {

    /** What a pattern with two times means: a range (start and end) or a night (the later day). */
    enum Role {
        SINGLE, RANGE, NIGHT;

        static Role of(String name, String column) {
            return switch (column.strip()) {
                case "" -> SINGLE;
                case "range" -> RANGE;
                case "night" -> NIGHT;
                default -> throw new IllegalArgumentException("time pattern '" + name + "': unknown role '" + column
                        + "': use range or night");
            };
        }
    }

    static final Set<String> NUMBER_SHAPES = Set.of("DAY", "MONTHNUM", "YEAR", "MODERNYEAR", "YY", "HOUR", "MIN", "NUM", "OFFSET", "HHMM");

    /** One position of a pattern. */
    record Element(List<String> alternatives, boolean optional, boolean glued, boolean context, boolean end,
                   boolean[] categories, boolean[] numberShapes, int[] literalIds) {
        Element(List<String> alternatives, boolean optional, boolean glued, boolean context, boolean end) {
            this(alternatives, optional, glued, context, end, categoriesOf(alternatives), numberShapesOf(alternatives),
                    literalIdsOf(alternatives));
        }

        /**
         * The {@link FormIds} of the literal alternatives ({@link FormIds#NONE} for a category): the scan compares a
         * piece's id with them, not its string.
         */
        private static int[] literalIdsOf(List<String> alternatives) {
            int[] out = new int[alternatives.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = isCategory(alternatives.get(i)) ? FormIds.NONE : FormIds.intern(alternatives.get(i));
            }
            return out;
        }

        private static boolean[] categoriesOf(List<String> alternatives) {
            boolean[] out = new boolean[alternatives.size()];
            for (int i = 0; i < out.length; i++) out[i] = isCategory(alternatives.get(i));
            return out;
        }

        /** Which alternatives are number shapes, known once: the scan asks at every position. */
        private static boolean[] numberShapesOf(List<String> alternatives) {
            boolean[] out = new boolean[alternatives.size()];
            for (int i = 0; i < out.length; i++) out[i] = NUMBER_SHAPES.contains(alternatives.get(i));
            return out;
        }
    }

    static TimePattern parse(String name, String source) {
        return parse(name, source, "", Normalizer.basic());
    }

    /** Literals are compared in the form {@code normalizer} gives the text's words. */
    static TimePattern parse(String name, String source, String role, Normalizer normalizer) {
        List<Element> elements = new ArrayList<>();
        boolean end = false;
        for (String raw : source.strip().split("\\s+")) {
            String s = raw;
            if (s.length() > 1 && s.startsWith(">")) {
                end = true;
                s = s.substring(1);
            }
            boolean context = s.startsWith("[") && s.endsWith("]") && s.length() > 2;
            if (context) s = s.substring(1, s.length() - 1);
            boolean optional = s.length() > 1 && s.endsWith("?");
            if (optional) s = s.substring(0, s.length() - 1);
            boolean glued = s.length() > 1 && s.startsWith("+");
            if (glued) s = s.substring(1);
            List<String> alternatives = new ArrayList<>();
            for (String a : s.split("\\|")) {
                if (a.isEmpty()) throw new IllegalArgumentException("time pattern '" + name + "': empty alternative in '" + raw + "'");
                if (!isCategory(a) && Words.of(a, normalizer).size() != 1) {
                    throw new IllegalArgumentException("time pattern '" + name + "': literal '" + a
                            + "' is not one token (a run of letters, of digits, or one sign): write each part as its own element");
                }
                alternatives.add(isCategory(a) ? a : normalizer.normalize(a));
            }
            elements.add(new Element(List.copyOf(alternatives), optional, glued, context, end));
        }
        Role r = Role.of(name, role);
        if ((r == Role.SINGLE) == end) {
            throw new IllegalArgumentException("time pattern '" + name + "': a range or night pattern marks where its end "
                    + "begins with '>', and only such a pattern may");
        }
        if (elements.isEmpty() || elements.stream().allMatch(e -> e.context() || e.optional())) {
            throw new IllegalArgumentException("time pattern '" + name + "' needs at least one required element outside context");
        }
        return new TimePattern(name, List.copyOf(elements), starts(elements), r);
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
