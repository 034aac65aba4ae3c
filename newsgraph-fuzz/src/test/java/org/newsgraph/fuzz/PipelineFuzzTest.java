package org.newsgraph.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Analysis;

/**
 * Any text through the whole standard pipeline, in each language or identified: no annotator fails, and every
 * entity mention, quote, figure and time lies inside the text and says what the text says there.
 */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();
    private static final String[] LANGS = {"", "fr", "en", "ru"};

    static {
        // the packs, models and knowledge base load lazily: loaded here, before the fuzzer's clock starts
        for (String lang : new String[] {"fr", "en", "ru"}) {
            PIPELINE.run(Article.of("warm-up", "Le maire a dit lundi que 3 personnes sont mortes à Lyon.").withLanguage(lang));
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyTextThroughThePipeline(FuzzedDataProvider data) {
        String lang = data.pickValue(LANGS);
        String text = data.consumeRemainingAsString();
        if (text.isBlank()) return;
        Article article = Article.of("fuzz", text);
        if (!lang.isEmpty()) article = article.withLanguage(lang);
        Doc doc = PIPELINE.run(article);
        if (!doc.failures().isEmpty()) throw new IllegalStateException("annotator failed: " + doc.failures().get(0));
        Analysis a = org.newsgraph.core.Analyses.of(doc);
        String t = doc.text();
        a.entities().forEach(e -> e.mentions().forEach(m -> inText(t, m.start(), m.end(), m.text())));
        a.quotes().forEach(q -> inText(t, q.start(), q.end(), q.text()));
        a.figures().forEach(f -> inText(t, f.start(), f.end(), f.text()));
        a.times().forEach(x -> inText(t, x.start(), x.end(), x.text()));
    }

    private static void inText(String text, int start, int end, String said) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalStateException("span " + start + ".." + end + " outside a text of " + text.length());
        }
        if (said != null && !said.equals(text.substring(start, end))) {
            throw new IllegalStateException("span " + start + ".." + end + " says [" + said + "], the text [" + text.substring(start, end) + "]");
        }
    }
}
