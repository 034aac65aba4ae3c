package org.newsgraph.annotate.figures;

import org.newsgraph.core.lang.LexiconSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.annotate.attribution.AttributionWords;
import org.newsgraph.annotate.attribution.Ranker;
import org.newsgraph.annotate.attribution.Ranking;
import org.newsgraph.annotate.attribution.Rankings;
import org.newsgraph.annotate.attribution.Weights;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.lang.ModelResource;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.text.Words;

/**
 * Produces {@link Layers#FIGURES}: numbers of people killed, injured, arrested… with whether they are approximate,
 * what they are part of and who the text credits them to. Language knowledge comes from the {@code figure-*}
 * lexicons of the document's language pack. Uses the entities, quotes and attributions layers when an earlier
 * annotator produced them, and falls back on its own minimal claim and quote reading otherwise.
 *
 * <p>The same (value, measure) reported twice in an article is one figure: the first mention is kept and takes the
 * source of a later one when it has none.
 */
public final class FigureAnnotator implements Annotator {
    /** Number words ("mille", "тысяча"): also the common words the name finder must not take for names. */
    public static final LexiconSpec NUMBER_WORDS = FigureVocabulary.NUMBERS;
    /** Work cap: longer sentences are read up to this many characters. */
    private static final int MAX_SENTENCE = 4000;
    /** Work cap: amounts read per article beyond this are ignored. */
    private static final int MAX_AMOUNTS = 5000;

    private final Map<String, Optional<Pipeline>> byLanguage = new ConcurrentHashMap<>();

    /** The per-language parts, built once per language and shared between documents. */
    private record Pipeline(FigureVocabulary vocab, TokReader reader, CandidateFinder finder, SubsetLinker linker,
                            EarlierWhole earlierWhole, SourceFinder sources) {
        static Pipeline of(LanguagePack pack) {
            FigureVocabulary v = FigureVocabulary.of(pack);
            SubsetLinker linker = new SubsetLinker(v);
            return new Pipeline(v, v.reader, new CandidateFinder(v), linker, new EarlierWhole(linker),
                    new SourceFinder(v, AttributionWords.of(pack), Ranker.standard()));
        }
    }

    /** Each language's parts are built when the first article in it comes: a batch in one language reads one vocabulary. */
    public FigureAnnotator() {
    }

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.BOILERPLATE, Layers.WORDS);
    }

    /** Speakers, attributions and entity mentions are the figures' sources when present. */
    @Override
    public Set<Layer<?>> uses() {
        return Set.of(Layers.ENTITIES, Layers.QUOTES, Layers.ATTRIBUTIONS);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return java.util.stream.Stream.concat(FigureVocabulary.LEXICONS.stream(), java.util.stream.Stream.of(AttributionWords.SPEC)).toList();
    }

    @Override
    public List<ModelResource> resources() {
        return List.of(Weights.RESOURCE_DECLARED);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.FIGURES, Rankings.FIGURES);
    }

    @Override
    public void prepare(String lang) {
        pipeline(lang);
    }

    private Optional<Pipeline> pipeline(String code) {
        return byLanguage.computeIfAbsent(code, c -> LanguagePacks.find(c).map(Pipeline::of));
    }

    @Override
    public void annotate(Doc doc) {
        String code = doc.expect(Layers.LANGUAGE).code();
        Optional<Pipeline> p = pipeline(code);
        doc.put(Layers.FIGURES, p.map(pipeline -> figures(doc, pipeline)).orElse(List.of()));
    }

    private static List<Figure> figures(Doc doc, Pipeline p) {
        List<List<Tok>> sentences = new ArrayList<>();
        Words words = doc.expect(Layers.WORDS);
        List<Span> spans = readableSentences(doc);
        int[] paragraph = new int[spans.size()];
        int previousEnd = -1;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            int par = sentences.isEmpty() ? 0 : paragraph[sentences.size() - 1];
            paragraph[sentences.size()] = previousEnd >= 0 && lineBreakBetween(doc.text(), previousEnd, s.start())
                    ? par + 1 : par;
            List<Tok> toks = p.reader().read(words, s.start(), Math.min(s.end(), s.start() + MAX_SENTENCE));
            while (endsWithAbbreviatedScale(toks, p.vocab()) && i + 1 < spans.size()
                    && spans.get(i + 1).start() - s.end() < 3) {
                s = new Span(s.start(), spans.get(++i).end(), s.label());
                toks = p.reader().read(words, s.start(), Math.min(s.end(), s.start() + MAX_SENTENCE));
            }
            sentences.add(toks);
            previousEnd = s.end();
        }
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < sentences.size() && all.size() < MAX_AMOUNTS; i++) {
            all.addAll(p.finder().find(i, sentences.get(i)));
        }
        p.linker().link(all);
        p.earlierWhole().link(all, paragraph);
        List<Candidate> kept = new ArrayList<>();
        Map<Candidate, Integer> index = new HashMap<>();
        for (Candidate c : all) {
            if (c.isFigure()) {
                index.put(c, kept.size());
                kept.add(c);
            }
        }
        List<Ranking> rankings = new ArrayList<>();
        List<Optional<Figure.Denial>> denials = new ArrayList<>();
        List<Reference> sources = new ArrayList<>(p.sources().find(doc, sentences, kept, rankings, denials));
        doc.put(Rankings.FIGURES, List.copyOf(rankings));
        // a subset the text does not credit separately comes from where its whole comes from
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            Integer parent = c.parent >= 0 ? index.get(all.get(c.parent)) : null;
            if (sources.get(i) == null && parent != null && parent < i) sources.set(i, sources.get(parent));
        }
        List<Figure> figures = new ArrayList<>(kept.size());
        int[] sentenceOf = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            sentenceOf[i] = c.sentence;
            Amount a = c.amount;
            Integer parent = c.parent >= 0 ? index.get(all.get(c.parent)) : null;
            figures.add(new Figure(a.value(), a.max(), a.approximate(), a.bound(), c.measure.orElse(Measure.OTHER),
                    doc.text(c.textStart(), c.textEnd()), c.textStart(), c.textEnd(),
                    Optional.ofNullable(sources.get(i)),
                    parent == null ? OptionalInt.empty() : OptionalInt.of(parent), denials.get(i)));
        }
        return Deduplicator.merge(figures, sentenceOf);
    }

    /** A line break between two sentences starts a paragraph (the headline, the lead and each block of the body). */
    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') return true;
        }
        return false;
    }

    /** "Более 2,5 тыс." cut from "человек пострадали" by the sentence splitter: the number needs its noun. */
    private static boolean endsWithAbbreviatedScale(List<Tok> toks, FigureVocabulary vocab) {
        int n = toks.size();
        if (n < 3 || !toks.get(n - 1).is(".") || !toks.get(n - 3).isNumber()) return false;
        PhraseTable.Match<FigureVocabulary.NumberWord> m = vocab.numbers.match(toks, n - 2, n - 1);
        return m != null && m.value().abbreviation();
    }

    /** Sentences that do not overlap boilerplate. */
    private static List<Span> readableSentences(Doc doc) {
        List<Span> boilerplate = doc.find(Layers.BOILERPLATE).orElse(List.of());
        List<Span> out = new ArrayList<>();
        for (Span s : doc.expect(Layers.SENTENCES)) {
            if (boilerplate.stream().anyMatch(b -> b.overlaps(s))) continue;
            out.add(s);
        }
        return out;
    }
}
