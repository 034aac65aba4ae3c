package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.junit.jupiter.api.Test;

/** Each installed language pack gets Lucene's stemming analyzer of its language, found by the pack's code and name. */
class StoreAnalyzersFollowThePacksTest {

    @Test
    void everyInstalledPackWithALuceneAnalyzerHasItsStemmedField() {
        assertThat(StoreAnalyzers.BY_LANGUAGE).containsOnlyKeys("en", "fr", "ru");
        assertThat(StoreAnalyzers.BY_LANGUAGE.get("fr")).isInstanceOf(FrenchAnalyzer.class);
        assertThat(StoreAnalyzers.BY_LANGUAGE.get("ru")).isInstanceOf(RussianAnalyzer.class);
    }
}
