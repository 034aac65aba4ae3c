package org.newsgraph.annotate.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.lang.CoreLexicons;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;

/**
 * Produces tokens, sentences and the {@link Words} layer outside boilerplate. The language pack supplies abbreviations, elisions and
 * clitics; a language without a pack is still segmented with the language-neutral rules.
 */
public final class Segmenter implements Annotator {
    /** Tokenizer and splitter of each language, built once: they copy the pack's word lists. */
    private final java.util.Map<String, Rules> rulesByLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    /** Words whose period does not end a sentence ("M.", "Dr."), without the period. */
    static final LexiconSpec ABBREVIATIONS = LexiconSpec.named("abbreviations").column("word", LexiconSpec.Type.TEXT).required();
    /** Elided words that end at an apostrophe ("l", "qu"), without it. */
    public static final LexiconSpec ELISIONS = CoreLexicons.ELISIONS;
    /** Clitics that start at an apostrophe ("s", "t"), without it. */
    static final LexiconSpec CLITICS = LexiconSpec.named("clitics").column("clitic", LexiconSpec.Type.TEXT).optional();
    /** Letters the language folds to another in the comparison form (Russian ё → е). */
    static final LexiconSpec FOLDING = CoreLexicons.FOLDING;
    static final List<LexiconSpec> LEXICONS = List.of(ABBREVIATIONS, ELISIONS, CLITICS, FOLDING);

    private record Rules(Tokenizer tokenizer, SentenceSplitter splitter, Normalizer normalizer) {
    }

    /** Language-neutral rules for a language without a pack. */
    private static final Rules NEUTRAL = rules(Optional.empty());

    private static Rules rules(Optional<LanguagePack> pack) {
        return new Rules(new Tokenizer(terms(pack, ELISIONS), terms(pack, CLITICS)),
                new SentenceSplitter(terms(pack, ABBREVIATIONS)),
                pack.map(p -> Normalizer.of(p.lexicon(FOLDING))).orElse(Normalizer.basic()));
    }

    @Override
    public String name() {
        return "segmenter";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.BOILERPLATE);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.WORDS);
    }

    @Override
    public void annotate(Doc doc) {
        // Keyed by installed packs only, so arbitrary language codes in the input cannot grow the map.
        Rules rules = LanguagePacks.find(doc.expect(Layers.LANGUAGE).code())
                .map(pack -> rulesByLanguage.computeIfAbsent(pack.code(), code -> rules(Optional.of(pack))))
                .orElse(NEUTRAL);
        Tokenizer tokenizer = rules.tokenizer();
        SentenceSplitter splitter = rules.splitter();
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        Words.Builder words = Words.builder(text, rules.normalizer());
        int from = 0;
        for (Span skip : doc.expect(Layers.BOILERPLATE)) {
            segment(text, from, Math.max(from, skip.start()), tokenizer, splitter, tokens, sentences, words);
            from = Math.max(from, skip.end());
            words.breakParagraph();
        }
        segment(text, from, text.length(), tokenizer, splitter, tokens, sentences, words);
        doc.put(Layers.TOKENS, List.copyOf(tokens));
        doc.put(Layers.SENTENCES, List.copyOf(sentences));
        doc.put(Layers.WORDS, words.build());
    }

    private static void segment(String text, int from, int to, Tokenizer tokenizer, SentenceSplitter splitter,
                                List<Token> tokens, List<Span> sentences, Words.Builder words) {
        if (from >= to) return;
        List<Token> part = tokenizer.tokenize(text, from, to);
        List<Span> split = splitter.split(text, part);
        int s = 0;
        for (Token t : part) {
            while (s + 1 < split.size() && split.get(s).end() <= t.start()) s++;
            words.addToken(t.start(), t.end(), t.kind(), sentences.size() + s);
        }
        tokens.addAll(part);
        sentences.addAll(split);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return LEXICONS;
    }

    private static Set<String> terms(Optional<LanguagePack> pack, LexiconSpec lexicon) {
        return pack.map(p -> p.lexicon(lexicon).terms()).orElse(Set.of());
    }
}
