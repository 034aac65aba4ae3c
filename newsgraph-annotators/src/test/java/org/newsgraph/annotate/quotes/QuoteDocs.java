package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.text.Words;

/** Builds documents by hand for the quote tests: sentences cut at ". " and new lines, entities placed by surface. */
final class QuoteDocs {
    private final String text;
    private final String lang;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Span> boilerplate = new ArrayList<>();
    private boolean oneSentence;

    private QuoteDocs(String lang, String text) {
        this.lang = lang;
        this.text = text;
    }

    static QuoteDocs of(String lang, String text) {
        return new QuoteDocs(lang, text);
    }

    /** An entity whose mentions are every occurrence of each surface; a surface prefixed with "role:" is a role. */
    QuoteDocs entity(String id, EntityType type, String name, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : surfaces) {
            boolean role = s.startsWith("role:");
            String surface = role ? s.substring(5) : s;
            for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
                mentions.add(new Mention(surface, i, i + surface.length(), role ? Mention.Kind.ROLE : Mention.Kind.NAME));
            }
        }
        entities.add(new Entity(id, type, name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), mentions));
        return this;
    }

    /** The whole text is one sentence, as a segmenter that missed a boundary would leave it. */
    QuoteDocs asOneSentence() {
        oneSentence = true;
        return this;
    }

    QuoteDocs boilerplate(String surface) {
        int i = text.indexOf(surface);
        boilerplate.add(Span.of(i, i + surface.length()));
        return this;
    }

    Doc annotate() {
        Doc doc = new Doc(Article.of("test", text));
        doc.put(Layers.LANGUAGE, new LanguageGuess(lang, 1.0));
        doc.put(Layers.SENTENCES, oneSentence ? List.of(Span.of(0, text.length())) : sentences(text, boilerplate));
        doc.put(Layers.BOILERPLATE, List.copyOf(boilerplate));
        doc.put(Layers.ENTITIES, List.copyOf(entities));
        doc.put(Layers.WORDS, words(doc));
        new QuoteAnnotator().annotate(doc);
        return doc;
    }

    List<Quote> quotes() {
        return annotate().expect(Layers.QUOTES);
    }

    static String speakerText(Quote q) {
        return q.speaker().flatMap(r -> r.text()).orElse(null);
    }

    static String speakerEntity(Quote q) {
        return q.speaker().flatMap(r -> r.entity()).orElse(null);
    }

    /** The shared token layer as the real segmenter makes it (its own sentences are not used: ours are by hand). */
    private static Words words(Doc doc) {
        Doc segmented = new Doc(doc.article());
        segmented.put(Layers.LANGUAGE, doc.expect(Layers.LANGUAGE));
        segmented.put(Layers.BOILERPLATE, doc.expect(Layers.BOILERPLATE));
        new Segmenter().annotate(segmented);
        return segmented.expect(Layers.WORDS);
    }

    private static List<Span> sentences(String t, List<Span> boilerplate) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            boolean end = i == t.length() || t.charAt(i) == '\n';
            int cut = i;
            if (!end && (t.charAt(i) == '.' || t.charAt(i) == '!' || t.charAt(i) == '?') && i + 1 < t.length()) {
                int j = i + 1;
                while (j < t.length() && "»”\"’".indexOf(t.charAt(j)) >= 0) j++;
                if (j + 1 < t.length() && t.charAt(j) == ' ' && !Character.isLowerCase(t.charAt(j + 1))) {
                    end = true;
                    cut = j;
                    i = j;
                }
            }
            if (!end) continue;
            int s = start;
            while (s < cut && Character.isWhitespace(t.charAt(s))) s++;
            Span span = Span.of(s, cut);
            if (cut > s && boilerplate.stream().noneMatch(b -> b.overlaps(span))) out.add(span);
            start = cut;
        }
        return out;
    }
}
