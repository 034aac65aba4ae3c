package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.LanguagePacks;

/** The cue lexicons shipped in the language packs load and catch the usual wordings. */
class LanguagePackCuesTest {

    private static Cues retraction(String lang) {
        return Cues.of(LanguagePacks.expect(lang).lexicon("retraction-cues"));
    }

    @Test
    void russianRetractionCues() {
        assertThat(retraction("ru").find("Минздрав опроверг сообщения о погибших.")).isPresent();
        assertThat(retraction("ru").find("Сведения оказались технической ошибкой.")).isPresent();
        assertThat(retraction("ru").find("Число погибших выросло.")).isEmpty();
    }

    @Test
    void frenchRetractionCues() {
        assertThat(retraction("fr").find("Le ministère a démenti ce bilan.")).isPresent();
        assertThat(retraction("fr").find("Le bilan s'alourdit encore.")).isEmpty();
    }

    @Test
    void englishRetractionCues() {
        assertThat(retraction("en").find("The ministry said the toll was published in error.")).isPresent();
        assertThat(retraction("en").find("Troops began to withdraw.")).isEmpty();
    }

    @Test
    void earlierCuesInEveryLanguage() {
        assertThat(Cues.of(LanguagePacks.expect("en").lexicon("earlier-cues")).find("The previous toll was 12.")).isPresent();
        assertThat(Cues.of(LanguagePacks.expect("fr").lexicon("earlier-cues")).find("Le précédent bilan était de 12.")).isPresent();
        assertThat(Cues.of(LanguagePacks.expect("ru").lexicon("earlier-cues")).find("Ранее сообщалось о 12 погибших.")).isPresent();
    }

    @Test
    void subgroupNounsInEveryLanguage() {
        assertThat(ReportExtractor.subgroup("12 police officers", Cues.of(LanguagePacks.expect("en").lexicon("subgroup-nouns")))).isPresent();
        assertThat(ReportExtractor.subgroup("26 manifestants", Cues.of(LanguagePacks.expect("fr").lexicon("subgroup-nouns")))).isPresent();
        assertThat(ReportExtractor.subgroup("19 полицейских и военных", Cues.of(LanguagePacks.expect("ru").lexicon("subgroup-nouns")))).isPresent();
        assertThat(ReportExtractor.subgroup("164 человека", Cues.of(LanguagePacks.expect("ru").lexicon("subgroup-nouns")))).isEmpty();
    }
}
