package org.newsgraph.store;

/**
 * The bounds of a search query, checked before it is parsed so that an oversized query is refused in words
 * rather than answered wrongly: each word becomes a clause per searched field (titles, texts, one per language),
 * and Lucene caps a query at 1,024 clauses; a word longer than any indexed word (the analyser drops words over 255
 * characters) could never match.
 */
public final class QueryLimits {
    /** Words (and operators) in one query: with five searched fields per word this stays under Lucene's 1,024 clauses. */
    public static final int MAX_WORDS = 100;
    /** Characters in one word: the store's analysers index no longer word. */
    public static final int MAX_WORD_CHARS = 255;

    private QueryLimits() {
    }

    /** Throws {@link IllegalArgumentException} with a one-line reason when the query is out of bounds. */
    public static void check(String query) {
        if (query == null) return;
        int words = 0;
        int operators = 0;
        int longest = 0;
        int start = -1;
        for (int i = 0; i <= query.length(); i++) {
            if (i == query.length() || Character.isWhitespace(query.charAt(i))) {
                if (start >= 0) {
                    if (isOperator(query, start, i)) operators++;
                    else words++;
                    longest = Math.max(longest, i - start);
                }
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        if (words + operators > MAX_WORDS) {
            String counted = operators == 0 ? words + " words"
                    : words + " words and " + operators + " operators (AND, OR, NOT)";
            throw new IllegalArgumentException("the query has " + counted + ", over the limit of " + MAX_WORDS
                    + ": search with fewer words (filters like --entity and --measure narrow it too)");
        }
        if (longest > MAX_WORD_CHARS) {
            throw new IllegalArgumentException("a word of the query is " + longest + " characters long, over the limit of "
                    + MAX_WORD_CHARS + ": no stored word is that long; search with shorter words");
        }
    }

    /** AND, OR, NOT, &&, || between words: they cost no clause of their own, but are counted with the words. */
    private static boolean isOperator(String query, int start, int end) {
        String w = query.substring(start, end);
        return w.equals("AND") || w.equals("OR") || w.equals("NOT") || w.equals("&&") || w.equals("||");
    }

    /** The message for a query that still expands past Lucene's clause limit (many fields, phrases, wildcards). */
    static IllegalArgumentException tooManyClauses() {
        return new IllegalArgumentException("the query expands to more than " + org.apache.lucene.search.IndexSearcher.getMaxClauseCount()
                + " search clauses: use fewer words, or fewer OR alternatives and wildcards");
    }
}
