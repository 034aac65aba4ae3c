package org.newsgraph.annotate.framing;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.PhraseMatcher;
import org.newsgraph.core.text.Words;

/** One language's loaded terms and hedges as one phrase matcher over the Words layer. */
final class FramingLexicon {
    static final FramingLexicon EMPTY = new FramingLexicon(null);

    /** What a phrase flags: its kind, the neutral alternative (terms only) and the reason. */
    private record Row(Framing.Kind kind, Optional<String> alternative, String reason, Optional<String> basis) {
    }

    private final PhraseMatcher<Row> matcher;

    private FramingLexicon(PhraseMatcher<Row> matcher) {
        this.matcher = matcher;
    }

    static FramingLexicon of(LanguagePack pack, LexiconSpec termsSpec, LexiconSpec hedgesSpec) {
        Lexicon terms = pack.lexicon(termsSpec);
        Lexicon hedges = pack.lexicon(hedgesSpec);
        if (terms.isEmpty() && hedges.isEmpty()) return EMPTY;
        PhraseMatcher.Builder<Row> b = PhraseMatcher.builder(Normalizer.of(pack));
        // the basis of a row is its lexicon, whose header names the guidance it follows
        Optional<String> termsBasis = Optional.of("lexicon " + pack.code() + "/" + termsSpec.fileName());
        Optional<String> hedgesBasis = Optional.of("lexicon " + pack.code() + "/" + hedgesSpec.fileName());
        for (List<String> row : terms.rows()) {
            b.add(row.get(0), new Row(Framing.Kind.LOADED_TERM, Optional.of(row.get(1)), "loaded term: " + row.get(2), termsBasis));
        }
        for (List<String> row : hedges.rows()) {
            b.add(row.get(0), new Row(Framing.Kind.HEDGE, Optional.empty(), "hedge: " + row.get(1), hedgesBasis));
        }
        return new FramingLexicon(b.build());
    }

    /** "terroriste" in "anti-terroriste" is part of another word. */
    private static boolean insideCompound(Words w, int i) {
        return i >= 2 && w.glued(i) && w.glued(i - 1) && w.is(i - 1, "-") && w.isWord(i - 2);
    }

    /** Adds every loaded term and hedge of the words, longest phrase first, never two overlapping. */
    void find(Words w, List<Framing> out, int max) {
        if (matcher == null) return;
        String text = w.text();
        for (int i = 0; i < w.size() && out.size() < max; i++) {
            if (!w.isWord(i) || (i > 0 && w.glued(i) && w.isWord(i - 1)) || insideCompound(w, i)) continue;
            PhraseMatcher.Match<Row> m = matcher.longestAt(w, i, w.size());
            if (m == null) continue;
            int last = m.end() - 1;
            // a phrase ends at the end of a word: "mob" is not the start of "mobile"; stems may run on
            if (last + 1 < w.size() && w.glued(last + 1) && w.isWord(last + 1)) continue;
            int start = w.start(i);
            int end = w.end(last);
            Row r = m.value();
            out.add(new Framing(r.kind(), text.substring(start, end), start, end, r.reason(), r.alternative(),
                    r.basis(), Optional.empty()));
            i = last;
        }
    }
}
