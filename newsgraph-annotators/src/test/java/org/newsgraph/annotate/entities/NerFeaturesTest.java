package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {
    private static final EntityAnnotator ANNOTATOR = EntityDocs.ANNOTATOR;

    private static Words words(String lang, String text) {
        return Words.of(EntityDocs.segmented(lang, text, java.util.List.of()), ANNOTATOR.lexicons(lang));
    }

    private static int[] features(String lang, String text) {
        Words w = words(lang, text);
        return ANNOTATOR.finder().features(w, ANNOTATOR.lexicons(lang), 16);
    }

    private static int[] word(int[] features, int i) {
        return Arrays.copyOfRange(features, i * NerFeatures.PER_WORD, (i + 1) * NerFeatures.PER_WORD);
    }

    @Test
    void everyWordGetsTheSameNumberOfFeaturesInsideTheBuckets() {
        int[] f = features("en", "Mayor Alma Quist opened the new bridge in Dunmere on Friday.");
        assertThat(f.length).isEqualTo(words("en", "Mayor Alma Quist opened the new bridge in Dunmere on Friday.").size()
                * NerFeatures.PER_WORD);
        assertThat(Arrays.stream(f).allMatch(b -> b >= 0 && b < (1 << 16))).isTrue();
    }

    @Test
    void theSameWordInTheSameContextHashesAlike() {
        int[] a = features("fr", "Le maire de Brévanne a parlé. Le maire de Brévanne a parlé.");
        assertThat(word(a, 3)).isEqualTo(word(a, 10));
    }

    @Test
    void casePositionAndCuesChangeTheFeatures() {
        int[] upper = features("en", "We met Brook yesterday.");
        int[] lower = features("en", "We met brook yesterday.");
        assertThat(word(upper, 2)).isNotEqualTo(word(lower, 2));
        // a title before the name is a cue the word itself does not carry
        int[] titled = features("en", "We met Dr Brook yesterday.");
        int[] plain = features("en", "We met Ed Brook yesterday.");
        assertThat(word(titled, 3)).isNotEqualTo(word(plain, 3));
    }

    @Test
    void aKnowledgeBaseNameIsAGazetteerHitOfItsWords() {
        Words w = words("en", "Flights to Kazakhstan resumed.");
        int[] gaz = NerGazetteer.of(w, java.util.List.of(new Candidate(w, 2, 2,
                org.newsgraph.core.model.EntityType.LOCATION, Candidate.KB, ANNOTATOR.lexicons("en"))),
                ANNOTATOR.knowledgeBase(), java.util.Set.of());
        assertThat(gaz[2] & 15).isEqualTo(2 * 2 + 1); // a place, its first word
        assertThat(gaz[2] & NerGazetteer.ALONE_PLACE).isNotZero();
        assertThat(gaz[0]).isZero();
    }
}
