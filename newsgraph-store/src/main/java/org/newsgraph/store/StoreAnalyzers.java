package org.newsgraph.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;

/**
 * The analyzers of the store's text fields: {@code text} and {@code title} are lower-cased and folded to ASCII
 * where Latin (any language, exact words: "Tokaïev" finds "Tokaiev"); {@code text_<lang>} is the same text stemmed
 * by Lucene's analyzer for the article's language (a search for "tués" finds "tué"), for every installed language
 * pack Lucene has an analyzer for. No language is listed here: Lucene names its analyzers by the language's code and
 * English name ({@code org.apache.lucene.analysis.fr.FrenchAnalyzer}), which the pack gives ({@code fr}, "French"),
 * so a German pack gets {@code GermanAnalyzer} with no change here.
 */
final class StoreAnalyzers {
    static final Map<String, Analyzer> BY_LANGUAGE = byLanguage();

    private StoreAnalyzers() {
    }

    private static Map<String, Analyzer> byLanguage() {
        Map<String, Analyzer> out = new java.util.HashMap<>();
        for (LanguagePack pack : LanguagePacks.all()) {
            String name = "org.apache.lucene.analysis." + pack.code() + "."
                    + pack.displayName().replace(" ", "") + "Analyzer";
            try {
                Class<?> type = Class.forName(name, true, StoreAnalyzers.class.getClassLoader());
                if (Analyzer.class.isAssignableFrom(type)) {
                    out.put(pack.code(), (Analyzer) type.getConstructor().newInstance());
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // Lucene has no analyzer for this language: its articles are searched by the folded text only
            }
        }
        return Map.copyOf(out);
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
