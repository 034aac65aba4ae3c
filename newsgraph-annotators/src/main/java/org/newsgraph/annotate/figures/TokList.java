package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import org.newsgraph.core.text.PhraseMatcher;

/**
 * The figures tokens of a sentence as {@link TokReader} reads them, which the core {@link PhraseMatcher} reads
 * directly: the figures look up a dozen phrase tables at most tokens, and a view made per look-up was a fifth of
 * the pipeline's allocation.
 */
final class TokList extends ArrayList<Tok> implements PhraseMatcher.Sequence {

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
