package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import org.newsgraph.core.text.PhraseMatcher;

/**
 * The figures tokens of a sentence as {@link TokReader} reads them, which the core {@link PhraseMatcher} reads
 * directly: the figures look up a dozen phrase tables at most tokens, and a view made per look-up was a fifth of
 * the pipeline's allocation.
 */
final class TokList extends ArrayList<Tok> implements PhraseMatcher.Sequence {
    /** Per phrase table (by its id), its answer at each token up to the sentence's end, once asked. */
    private PhraseTable.Match<?>[][] answers;

    /** The answer table {@code table} gave at token {@code i}, or null when not asked yet. */
    @SuppressWarnings("unchecked")
    <V> PhraseTable.Match<V> known(int table, int i) {
        if (answers == null || table >= answers.length || answers[table] == null || answers[table].length != size()) return null;
        return (PhraseTable.Match<V>) answers[table][i];
    }

    /** Keeps the answer of table {@code table} at token {@code i}; the tokens are no longer changed once asked. */
    void remember(int table, int i, PhraseTable.Match<?> answer) {
        if (answers == null || table >= answers.length) {
            answers = java.util.Arrays.copyOf(answers == null ? new PhraseTable.Match<?>[0][] : answers, table + 8);
        }
        if (answers[table] == null || answers[table].length != size()) answers[table] = new PhraseTable.Match<?>[size()];
        answers[table][i] = answer;
    }

    @Override
    public String norm(int i) {
        return get(i).norm();
    }

    @Override
    public boolean spaceBefore(int i) {
        return true;
    }

    @Override
    public int formId(int i) {
        return get(i).formId();
    }
}
