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
    /** This table's slot in the answers a {@link TokList} keeps. */
    private final int id = TABLES.getAndIncrement();

    private static final java.util.concurrent.atomic.AtomicInteger TABLES = new java.util.concurrent.atomic.AtomicInteger();
    /** Kept for a token where no phrase of the table starts. */
    private static final Match<Object> NONE = new Match<>(-1, -1, null);

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

    /**
     * The longest phrase that starts at token {@code i} and ends at or before {@code limit}, or null. On a
     * sentence's tokens the answer up to the sentence's end is kept per token: several readers of a sentence ask
     * the same table at the same token (the claims, the published data, the candidates' measures). A shorter limit
     * is answered from it when that phrase ends within the limit (no other phrase starting there is longer) or when
     * no phrase starts there at all.
     */
    Match<V> match(List<Tok> toks, int i, int limit) {
        if (i < 0 || i >= limit) return null;
        if (!(toks instanceof TokList t)) return matcher().longestAt(new Toks(toks), i, limit, Match::new);
        if (i >= t.size()) return null;
        Match<V> whole = t.known(id, i);
        if (whole == null) {
            whole = matcher().longestAt(t, i, t.size(), Match::new);
            t.remember(id, i, whole == null ? NONE : whole);
            if (whole == null) return null;
        } else if (whole == NONE) {
            return null;
        }
        return whole.end() <= limit ? whole : matcher().longestAt(t, i, limit, Match::new);
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
