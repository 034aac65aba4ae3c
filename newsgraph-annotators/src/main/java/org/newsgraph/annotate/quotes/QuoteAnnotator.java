package org.newsgraph.annotate.quotes;

import org.newsgraph.core.lang.LexiconSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.annotate.attribution.AttributionWords;
import org.newsgraph.annotate.attribution.Ranker;
import org.newsgraph.annotate.attribution.Ranking;
import org.newsgraph.annotate.attribution.Rankings;
import org.newsgraph.annotate.attribution.RoleHolders;
import org.newsgraph.annotate.attribution.Weights;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.lang.ModelResource;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Quote;

/**
 * Finds who said what: direct quotes in every quoting style and reported speech governed by verbs of saying, each
 * with its speaker (an entity, a role, a description, or a pronoun resolved to an earlier speaker); and
 * "selon X" / "according to X" / "по данным X" attributions with the sentence they govern. Every quote with a
 * speaker is also an attribution of its own span, so that the figures it contains can be credited.
 * Verbs and cues come from the language pack ({@code speech-verbs}, {@code speech-cues}, {@code speaker-words}).
 */
public final class QuoteAnnotator implements Annotator {
    /** Articles longer than this are read up to here only: the work per article stays bounded. */
    static final int MAX_CHARS = 200_000;

    private final Map<String, SpeechLexicon> lexicons = new ConcurrentHashMap<>();
    private final Map<String, AttributionWords> attributionWords = new ConcurrentHashMap<>();
    private final QuoteMarkScanner marks = new QuoteMarkScanner();
    private final Ranker ranker = Ranker.standard();

    /** Each language's cues and attribution words are read when the first article in it comes. */
    public QuoteAnnotator() {
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.BOILERPLATE, Layers.WORDS);
    }

    /** Entity mentions name the speakers; without them, speakers are the names and descriptions the text gives. */
    @Override
    public Set<Layer<?>> uses() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return java.util.stream.Stream.concat(SpeechLexicon.LEXICONS.stream(), java.util.stream.Stream.of(AttributionWords.SPEC)).toList();
    }

    @Override
    public List<ModelResource> resources() {
        return List.of(Weights.RESOURCE_DECLARED);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.QUOTES, Layers.ATTRIBUTIONS, Rankings.QUOTES);
    }

    @Override
    public void prepare(String lang) {
        lexicon(lang);
        attributionWords(lang);
    }

    private SpeechLexicon lexicon(String lang) {
        return lexicons.computeIfAbsent(lang, c -> LanguagePacks.find(c).map(SpeechLexicon::of).orElse(SpeechLexicon.EMPTY));
    }

    private AttributionWords attributionWords(String lang) {
        return attributionWords.computeIfAbsent(lang,
                c -> LanguagePacks.find(c).map(AttributionWords::of).orElse(AttributionWords.EMPTY));
    }

    @Override
    public void annotate(Doc doc) {
        String lang = doc.expect(Layers.LANGUAGE).code();
        SpeechLexicon lex = lexicon(lang);
        AttributionWords attribution = attributionWords(lang);
        var entities = doc.find(Layers.ENTITIES).orElse(List.of());
        MentionIndex mentions = new MentionIndex(entities);
        RoleHolders roles = new RoleHolders(doc.text(), entities, doc.expect(Layers.SENTENCES), attribution::isFunctionWord,
                lex.normalizer(), attribution::isPreposition);
        Result r = new QuoteFinder(lex.words(doc.expect(Layers.WORDS)), lex, mentions, marks, MAX_CHARS,
                attribution, roles, ranker, entities)
                .find(doc.expect(Layers.SENTENCES), doc.expect(Layers.BOILERPLATE));
        doc.put(Layers.QUOTES, r.quotes());
        doc.put(Layers.ATTRIBUTIONS, r.attributions());
        doc.put(Rankings.QUOTES, r.rankings());
    }

    /** What the annotator adds to a document: quotes, attributions, and the ranking behind each speaker. */
    record Result(List<Quote> quotes, List<Attribution> attributions, List<Ranking> rankings) {
        static Result empty() {
            return new Result(List.of(), List.of(), List.of());
        }
    }
}
