package org.newsgraph.annotate.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.text.Words;

/**
 * Produces {@link Layers#FRAMING}: the wording a careful reader flags, each span with its reason.
 * <ul>
 *   <li>loaded terms of the pack's {@code framing-terms} lexicon, with the neutral alternative;</li>
 *   <li>hedges of {@code framing-hedges} ("selon des sources non confirmées", "reportedly");</li>
 *   <li>superseded place names: a place mention whose words are a former name of a renamed place in the KB list
 *       ({@link SupersededNames}); only mentions the entities layer typed as a place, so "Frunze" the general is
 *       not Bishkek;</li>
 *   <li>figures of a scored measure whose source is unknown.</li>
 * </ul>
 * A span inside a quote carries the quote's speaker: the words are the speaker's, not the outlet's.
 *
 * <p>Cost: one phrase look-up per word of the {@link Layers#WORDS} layer, one hash look-up per place mention, one
 * pass over the figures, and a binary search among the quotes per span.
 */
public final class FramingAnnotator implements Annotator {
    public static final LexiconSpec TERMS = LexiconSpec.named("framing-terms").column("phrase", LexiconSpec.Type.TEXT)
            .column("alternative", LexiconSpec.Type.TEXT).column("reason", LexiconSpec.Type.TEXT).optional();
    public static final LexiconSpec HEDGES = LexiconSpec.named("framing-hedges").column("phrase", LexiconSpec.Type.TEXT)
            .column("reason", LexiconSpec.Type.TEXT).optional();
    /** Work cap: spans kept per article beyond this are dropped. */
    private static final int MAX_SPANS = 5000;

    private final Map<String, FramingLexicon> byLanguage = new ConcurrentHashMap<>();
    private final SupersededNames superseded;

    public FramingAnnotator() {
        this(SupersededNames.standard());
    }

    FramingAnnotator(SupersededNames superseded) {
        this.superseded = superseded;
        // each language's lexicon is built when the first article in it comes (annotate)
    }

    @Override
    public String name() {
        return "framing";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.WORDS);
    }

    /** Places, figures without source and the speakers of quotes. */
    @Override
    public Set<Layer<?>> uses() {
        return Set.of(Layers.ENTITIES, Layers.FIGURES, Layers.QUOTES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.FRAMING);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return List.of(TERMS, HEDGES);
    }

    @Override
    public void prepare(String lang) {
        lexicon(lang);
    }

    private FramingLexicon lexicon(String code) {
        return byLanguage.computeIfAbsent(code,
                c -> LanguagePacks.find(c).map(p -> FramingLexicon.of(p, TERMS, HEDGES)).orElse(FramingLexicon.EMPTY));
    }

    @Override
    public void annotate(Doc doc) {
        String code = doc.expect(Layers.LANGUAGE).code();
        FramingLexicon lexicon = lexicon(code);
        List<Framing> out = new ArrayList<>();
        Words w = doc.expect(Layers.WORDS);
        lexicon.find(w, out, MAX_SPANS);
        historicalNames(doc, out);
        unsourcedFigures(doc, out);
        out.sort(Comparator.comparingInt(Framing::start).thenComparingInt(Framing::end));
        List<Framing> spoken = Speakers.attach(out, doc.find(Layers.QUOTES).orElse(List.of()));
        doc.put(Layers.FRAMING, List.copyOf(spoken.size() > MAX_SPANS ? spoken.subList(0, MAX_SPANS) : spoken));
    }

    private void historicalNames(Doc doc, List<Framing> out) {
        for (Entity e : doc.find(Layers.ENTITIES).orElse(List.of())) {
            if (e.type() != EntityType.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME || out.size() >= MAX_SPANS) continue;
                Optional<SupersededNames.Renaming> r = superseded.find(m.text());
                // a place the KB linked to another country is a namesake (Salisbury, England), not the renamed one
                if (r.isEmpty() || e.country().filter(c -> !c.equals(r.get().country())).isPresent()) continue;
                SupersededNames.Renaming renaming = r.get();
                out.add(new Framing(Framing.Kind.HISTORICAL_NAME, m.text(), m.start(), m.end(),
                        "superseded place name: renamed " + renaming.current() + " (" + renaming.renamed() + ")",
                        Optional.of(renaming.current()), Optional.of(renaming.source()), Optional.empty()));
            }
        }
    }

    private static void unsourcedFigures(Doc doc, List<Framing> out) {
        for (Figure f : doc.find(Layers.FIGURES).orElse(List.of())) {
            // A denied figure has no source by design (its denier is not its source): the text says who rejects
            // it, so flagging it as a number nobody vouches for would mislead.
            if (f.measure() == Measure.OTHER || f.source().isPresent() || f.denied() || out.size() >= MAX_SPANS) continue;
            out.add(new Framing(Framing.Kind.UNSOURCED_FIGURE, f.text(), f.start(), f.end(),
                    "figure without a source: the text does not say who counted " + f.measure().jsonName(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    /** Gives each span inside a quote the quote's speaker. */
    static final class Speakers {
        private Speakers() {
        }

        static List<Framing> attach(List<Framing> spans, List<Quote> quotes) {
            if (quotes.isEmpty()) return spans;
            List<Quote> sorted = new ArrayList<>(quotes);
            sorted.sort(Comparator.comparingInt(Quote::start));
            List<Framing> out = new ArrayList<>(spans.size());
            for (Framing f : spans) {
                Quote q = enclosing(sorted, f);
                out.add(q == null || q.speaker().isEmpty() ? f : new Framing(f.kind(), f.text(), f.start(), f.end(),
                        f.reason(), f.alternative(), f.basis(), q.speaker()));
            }
            return out;
        }

        private static Quote enclosing(List<Quote> sorted, Framing f) {
            int lo = 0;
            int hi = sorted.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).start() <= f.start()) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            // quotes rarely nest; look back a few for a longer one holding the span
            for (int i = found; i >= 0 && i > found - 4; i--) {
                Quote q = sorted.get(i);
                if (q.start() <= f.start() && q.end() >= f.end()) return q;
            }
            return null;
        }
    }
}
