package org.newsgraph.annotate.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.annotate.events.EventAnnotator;
import org.newsgraph.annotate.framing.FramingAnnotator;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;

/**
 * The events and framing lexicons of the real packs are substantial (a few dozen rows each, not a list written for
 * one article) and cover every event type; the pack kit already checks their shape.
 */
class EventAndFramingLexiconsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "ru"})
    void everyEventTypeHasTriggersAndTheListsAreSubstantial(String code) {
        LanguagePack pack = LanguagePacks.expect(code);
        List<List<String>> triggers = pack.lexicon(EventAnnotator.TRIGGERS).rows();
        Set<String> types = new TreeSet<>();
        for (List<String> row : triggers) types.add(row.get(1));
        assertThat(types).containsAll(List.of("protest", "riot", "attack", "explosion", "shooting", "earthquake",
                "flood", "fire", "storm", "crash", "state_of_emergency", "curfew", "counter_terrorist_operation",
                "internet_shutdown", "arrest_campaign"));
        assertThat(triggers).hasSizeGreaterThanOrEqualTo(60);
        assertThat(pack.lexicon(FramingAnnotator.TERMS).rows()).hasSizeGreaterThanOrEqualTo(36);
        assertThat(pack.lexicon(FramingAnnotator.HEDGES).rows()).hasSizeGreaterThanOrEqualTo(15);
    }
}
