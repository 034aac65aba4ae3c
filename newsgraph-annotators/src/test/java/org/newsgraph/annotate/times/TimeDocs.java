package org.newsgraph.annotate.times;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.core.model.TimeExpression;

/**
 * Builds annotated documents by hand for the time tests: a sentence ends at a line break or after ". ", "! ", "? ";
 * no boilerplate unless given.
 */
final class TimeDocs {
    static final TimeAnnotator ANNOTATOR = new TimeAnnotator();

    private TimeDocs() {
    }

    static Doc doc(String lang, String published, String body, Span... boilerplate) {
        Article article = Article.of("test", body);
        if (published != null) article = article.withPublished(published);
        Doc doc = new Doc(article);
        doc.put(Layers.LANGUAGE, new LanguageGuess(lang, 1));
        doc.put(Layers.BOILERPLATE, List.of(boilerplate));
        doc.put(Layers.SENTENCES, sentences(body));
        Normalizer normalizer = LanguagePacks.find(lang).map(Normalizer::of).orElse(Normalizer.basic());
        doc.put(Layers.WORDS, words(body, normalizer, boilerplate));
        return doc;
    }

    /** The pieces as the segmenter makes them: by whitespace-separated chunks, none inside boilerplate. */
    private static Words words(String body, Normalizer normalizer, Span... boilerplate) {
        Words.Builder b = Words.builder(body, normalizer);
        int i = 0;
        while (i < body.length()) {
            int at = i;
            Span skipped = java.util.Arrays.stream(boilerplate).filter(s -> s.start() <= at && at < s.end()).findFirst().orElse(null);
            if (skipped != null) {
                b.breakParagraph();
                i = skipped.end();
                continue;
            }
            if (Character.isWhitespace(body.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < body.length() && !Character.isWhitespace(body.charAt(end))) end++;
            b.addToken(i, end, null, 0);
            i = end;
        }
        return b.build();
    }

    private static List<Span> sentences(String body) {
        List<Span> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < body.length() && body.charAt(i + 1) == ' ');
            if (end) {
                out.add(Span.of(start, i + 1));
                start = i + 1;
            }
        }
        if (start < body.length()) out.add(Span.of(start, body.length()));
        return out;
    }

    static List<TimeExpression> times(String lang, String published, String body) {
        Doc doc = doc(lang, published, body);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.TIMES);
    }

    /** The single expression found, failing when there is not exactly one. */
    static TimeExpression only(String lang, String published, String body) {
        List<TimeExpression> all = times(lang, published, body);
        if (all.size() != 1) throw new AssertionError("expected one time in '" + body + "', found " + all);
        return all.get(0);
    }

    static String value(TimeExpression t) {
        return t.value().orElse(null);
    }

    static Optional<String> mod(TimeExpression t) {
        return t.mod();
    }
}
