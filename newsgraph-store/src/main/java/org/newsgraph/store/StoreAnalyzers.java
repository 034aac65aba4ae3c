package org.newsgraph.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the store's text fields: {@code text} and {@code title} are lower-cased and folded to ASCII
 * where Latin (any language, exact words: "Tokaïev" finds "Tokaiev"); {@code text_<lang>} is the same text stemmed
 * by Lucene's analyzer for the article's language (a search for "tués" finds "tué"), for the languages listed here.
 */
final class StoreAnalyzers {
    static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", new EnglishAnalyzer(), "fr", new FrenchAnalyzer(), "ru", new RussianAnalyzer());

    private StoreAnalyzers() {
    }

    static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream filtered = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, filtered);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer perField() {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        BY_LANGUAGE.forEach((lang, a) -> fields.put(StoreFields.textField(lang), a));
        return new PerFieldAnalyzerWrapper(folding(), fields);
    }

    /**
     * For queries: {@link #perField()}, and the {@code names} field read through the gazetteer's name keys (the
     * field itself is written as keys already, see {@link ReferentFields#NAMES}).
     */
    static Analyzer forQueries(org.newsgraph.facts.Gazetteer g) {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        BY_LANGUAGE.forEach((lang, a) -> fields.put(StoreFields.textField(lang), a));
        fields.put(ReferentFields.NAMES, new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new NameKeyFilter(source, g));
            }
        });
        return new PerFieldAnalyzerWrapper(folding(), fields);
    }
}
