package org.newsgraph.annotate.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;

/**
 * Produces tokens and sentences outside boilerplate. The language pack supplies abbreviations, elisions and
 * clitics; a language without a pack is still segmented with the language-neutral rules.
 */
public final class Segmenter implements Annotator {

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
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public void annotate(Doc doc) {
        var pack = LanguagePacks.find(doc.expect(Layers.LANGUAGE).code());
        Tokenizer tokenizer = new Tokenizer(terms(pack, "elisions"), terms(pack, "clitics"));
        SentenceSplitter splitter = new SentenceSplitter(terms(pack, "abbreviations"));
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        int from = 0;
        for (Span skip : doc.expect(Layers.BOILERPLATE)) {
            segment(text, from, Math.max(from, skip.start()), tokenizer, splitter, tokens, sentences);
            from = Math.max(from, skip.end());
        }
        segment(text, from, text.length(), tokenizer, splitter, tokens, sentences);
        doc.put(Layers.TOKENS, List.copyOf(tokens));
        doc.put(Layers.SENTENCES, List.copyOf(sentences));
    }

    private static void segment(String text, int from, int to, Tokenizer tokenizer, SentenceSplitter splitter,
                                List<Token> tokens, List<Span> sentences) {
        if (from >= to) return;
        List<Token> part = tokenizer.tokenize(text, from, to);
        tokens.addAll(part);
        sentences.addAll(splitter.split(text, part));
    }

    private static Set<String> terms(java.util.Optional<LanguagePack> pack, String lexicon) {
        return pack.map(p -> p.lexicon(lexicon).terms()).orElse(Set.of());
    }
}
