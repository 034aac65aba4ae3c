package org.newsgraph.core.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * What an annotator expects of one lexicon of a language pack: its name, its columns with their types, and whether
 * a pack must have it. Declared next to the code that reads the lexicon, so the name is written once; checked when
 * the pack loads the file ({@link LanguagePack#lexicon(LexiconSpec)}), so a missing file or a malformed row fails
 * with {@code file:line} and what to do instead of reading as an empty lexicon.
 *
 * <p>Names are lower-case words joined by hyphens ({@code speech-verbs}, {@code figure-measures}); the file is
 * {@code <name>.tsv} in the pack's package.
 */
public final class LexiconSpec {
    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    /** What a column holds. */
    public enum Type {
        /** any non-empty text */
        TEXT,
        /** a whole number, optionally signed */
        INTEGER,
        /** a decimal number */
        NUMBER,
        /** a Java regular expression */
        REGEX,
        /** one of a fixed set of values, compared without case */
        CHOICE
    }

    /** One column: a name for messages, its type, the allowed values of a choice, and whether rows may omit it. */
    public record Column(String name, Type type, Set<String> choices, boolean optional) {
        public Column {
            choices = Set.copyOf(choices);
        }

        /** Why the value does not fit, or null when it does. */
        String problem(String value) {
            if (value.isEmpty()) return optional ? null : "is empty";
            return switch (type) {
                case TEXT -> null;
                case INTEGER -> value.matches("[+-]?\\d{1,9}") ? null : "is '" + value + "', not a whole number";
                case NUMBER -> value.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?") ? null : "is '" + value + "', not a number";
                case REGEX -> regexProblem(value);
                case CHOICE -> choices.contains(value.toLowerCase(Locale.ROOT)) ? null
                        : "is '" + value + "', not one of " + new TreeSet<>(choices);
            };
        }

        private static String regexProblem(String value) {
            try {
                Pattern.compile(value);
                return null;
            } catch (PatternSyntaxException e) {
                return "is not a valid regular expression (" + e.getDescription() + ")";
            }
        }

        @Override
        public String toString() {
            return optional ? "[" + name + "]" : name;
        }
    }

    private final String name;
    private final List<Column> columns;
    private final boolean required;
    private final int minColumns;

    private LexiconSpec(String name, List<Column> columns, boolean required) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.required = required;
        int min = 0;
        while (min < columns.size() && !columns.get(min).optional()) min++;
        this.minColumns = min;
    }

    /** Starts a spec; fails when the name is not lower-case words joined by hyphens. */
    public static Builder named(String name) {
        checkName(name);
        return new Builder(name);
    }

    /** Fails, saying how to write it, when a lexicon name is not in the one naming style. */
    public static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("lexicon name '" + name + "' is not lower-case words joined by hyphens:"
                    + " write '" + name.toLowerCase(Locale.ROOT).replace('_', '-') + "'");
        }
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    /** True when every pack must have this lexicon; an optional one may be absent (read as empty). */
    public boolean required() {
        return required;
    }

    /** The file name of this lexicon in a pack: {@code <name>.tsv}. */
    public String fileName() {
        return name + ".tsv";
    }

    /**
     * Checks every row of a loaded lexicon and throws {@link LexiconException} at the first that does not fit,
     * naming {@code file:line}, the column and the expected layout.
     */
    public void check(Lexicon lexicon, String file) {
        List<List<String>> rows = lexicon.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = file + ":" + lexicon.line(r);
            if (row.size() < minColumns || row.size() > columns.size()) {
                throw new LexiconException(where + ": " + row.size() + " column(s), expected "
                        + (minColumns == columns.size() ? minColumns : minColumns + " to " + columns.size())
                        + " separated by tabs: " + layout());
            }
            for (int c = 0; c < row.size(); c++) {
                String problem = columns.get(c).problem(row.get(c));
                if (problem != null) {
                    throw new LexiconException(where + ": column '" + columns.get(c).name() + "' " + problem
                            + ": fix the row (" + layout() + ")");
                }
            }
        }
    }

    /** The columns as a header line: {@code phrase<TAB>measure<TAB>[flag]}. */
    public String layout() {
        return columns.stream().map(Column::toString).collect(Collectors.joining(" TAB "));
    }

    @Override
    public String toString() {
        return name + " (" + layout() + (required ? ", required" : ", optional") + ")";
    }

    /** Adds columns in file order; optional columns come last. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder column(String column, Type type) {
            return add(new Column(column, type, Set.of(), false));
        }

        public Builder optionalColumn(String column, Type type) {
            return add(new Column(column, type, Set.of(), true));
        }

        /** A column holding one of the values (lower case). */
        public Builder choice(String column, Collection<String> values) {
            return add(new Column(column, Type.CHOICE, lower(values), false));
        }

        public Builder optionalChoice(String column, Collection<String> values) {
            return add(new Column(column, Type.CHOICE, lower(values), true));
        }

        private static Set<String> lower(Collection<String> values) {
            return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }

        private Builder add(Column c) {
            if (!c.optional() && !columns.isEmpty() && columns.get(columns.size() - 1).optional()) {
                throw new IllegalStateException("lexicon " + name + ": required column '" + c.name()
                        + "' after an optional one");
            }
            columns.add(c);
            return this;
        }

        /** Every pack must have the lexicon. */
        public LexiconSpec required() {
            return new LexiconSpec(name, columns, true);
        }

        /** A pack may lack the lexicon: the language has no such words (e.g. elisions in Russian). */
        public LexiconSpec optional() {
            return new LexiconSpec(name, columns, false);
        }
    }
}
