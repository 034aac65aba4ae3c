package org.newsgraph.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.newsgraph.facts.Gazetteer;

/**
 * Replaces each word by the gazetteer's name keys of it, the extra keys stacked at the same position: a query word
 * "Tokaïev" or "Токаев" becomes {@code tokaev}, the key the store's {@code names} field holds for "Tokayev",
 * "Токаева" and "Tokaïev" in the articles. Words without a key are dropped.
 */
final class NameKeyFilter extends TokenFilter {
    private final Gazetteer gazetteer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> stacked = new ArrayDeque<>();
    private State state;

    NameKeyFilter(TokenStream in, Gazetteer gazetteer) {
        super(in);
        this.gazetteer = gazetteer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!stacked.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(stacked.pop());
            position.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            var keys = gazetteer.nameKeys(term.toString());
            if (keys.isEmpty()) continue;
            var it = keys.iterator();
            term.setEmpty().append(it.next());
            while (it.hasNext()) stacked.add(it.next());
            state = captureState();
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked.clear();
        state = null;
    }
}
