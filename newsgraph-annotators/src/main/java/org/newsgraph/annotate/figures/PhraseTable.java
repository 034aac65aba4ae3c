package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.text.PhraseMatcher;
import org.newsgraph.core.text.Words;

/**
 * Lexicon phrases of one or more words, matched against the figures tokens with the core {@link PhraseMatcher}
 * (longest phrase wins; a word written with a trailing {@code *} matches every word that starts with it, "погиб*"
 * matches погибли, погибших). Phrases are cut into pieces by the core {@link Words} layer and glued by the figures'
 * {@link TokReader}, the way the text is, and normalised by the pack's normaliser.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

    /** A phrase found at tokens [start, end). */
    record Match<V>(int start, int end, V value) {
        int length() {
            return end - start;
        }
    }

    /** Filled while the vocabulary is read; the matcher is built once, at the first lookup (no add after it). */
    private final PhraseMatcher.Builder<V> builder;
    private final TokReader reader;
    private volatile PhraseMatcher<V> matcher;

    PhraseTable(TokReader reader) {
        this.reader = reader;
        this.builder = PhraseMatcher.builder(reader.normalizer());
    }

    PhraseTable<V> add(String phrase, V value) {
        List<String> words = new ArrayList<>();
        for (String piece : phrase.strip().split("\\s+")) {
            boolean prefix = piece.endsWith("*");
            List<String> parts = words(prefix ? piece.substring(0, piece.length() - 1) : piece);
            for (int k = 0; k < parts.size(); k++) {
                words.add(prefix && k == parts.size() - 1 ? parts.get(k) + "*" : parts.get(k));
            }
        }
        synchronized (builder) {
            builder.addWords(words, value);
        }
        return this;
    }

    /** The normalised words of one whitespace-free chunk of a lexicon phrase, cut the way text is. */
    private List<String> words(String chunk) {
        List<String> out = new ArrayList<>();
        for (Tok t : reader.read(Words.of(chunk, reader.normalizer()), 0, chunk.length())) out.add(t.norm());
        return out;
    }

    /** The longest phrase that starts at token {@code i} and ends at or before {@code limit}, or null. */
    Match<V> match(List<Tok> toks, int i, int limit) {
        if (i < 0 || i >= limit) return null;
        // the tokens of a sentence are read as they are; a list of other making gets a view
        PhraseMatcher.Sequence seq = toks instanceof TokList t ? t : new Toks(toks);
        return matcher().longestAt(seq, i, limit, Match::new);
    }

    private PhraseMatcher<V> matcher() {
        PhraseMatcher<V> m = matcher;
        if (m == null) {
            synchronized (builder) {
                if (matcher == null) matcher = builder.build();
                m = matcher;
            }
        }
        return m;
    }

    /** The figures tokens as the matcher reads them. */
    private record Toks(List<Tok> toks) implements PhraseMatcher.Sequence {
        @Override
        public int size() {
            return toks.size();
        }

        @Override
        public String norm(int i) {
            return toks.get(i).norm();
        }

        @Override
        public boolean spaceBefore(int i) {
            return true;
        }

        @Override
        public int formId(int i) {
            return toks.get(i).formId();
        }
    }
}
