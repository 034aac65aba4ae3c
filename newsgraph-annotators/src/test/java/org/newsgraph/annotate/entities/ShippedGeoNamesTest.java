package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** The GeoNames table shipped in the jar: loaded by default, linked in articles, and in step with the code. */
class ShippedGeoNamesTest {
    private static final KnowledgeBase KB = EntityDocs.ANNOTATOR.knowledgeBase();

    @Test
    void aCityNoHandWrittenRowNamesIsLinkedWithItsGeoNamesIdAndCountry() {
        Entity city = EntityDocs.named(EntityDocs.entities("fr",
                "Les secours sont arrivés samedi à Agadir après la tempête."), "Agadir");
        assertThat(city).isNotNull();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
        assertThat(city.kb()).hasValueSatisfying(id -> assertThat(id).startsWith("geonames:"));
        assertThat(city.country()).contains("MA");
        assertThat(city.lat()).isPresent();
    }

    @Test
    void anInflectedRussianCityTakesItsEnglishNameFromTheKb() {
        Entity city = EntityDocs.named(EntityDocs.entities("ru",
                "Спасатели работали всю ночь в Кемерове, сообщили в городской администрации."), "Кемерове");
        assertThat(city).isNotNull();
        assertThat(city.name()).isEqualTo("Kemerovo");
        assertThat(city.country()).contains("RU");
    }

    @Test
    void alternateNamesInLatinAndCyrillicScriptLeadToThePlace() {
        assertThat(KB.localPlace(NameKeys.key("Marrakech", EndingFolder.NONE)))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Marrakesh"));
        assertThat(KB.localPlace(NameKeys.key("Марракеш", EndingFolder.NONE)))
                .hasValueSatisfying(p -> assertThat(p.country()).contains("MA"));
    }

    @Test
    void countriesCarryTheirGeoNamesPopulationAndRegionsAreKnown() {
        assertThat(KB.country("MA").orElseThrow().rank()).isGreaterThan(1_000_000_000L + 1_000_000L);
        assertThat(KB.places(NameKeys.key("Bavaria", EndingFolder.NONE)))
                .anyMatch(p -> p.country().orElse("").equals("DE"));
    }

    @Test
    void gazetteerLookUpGivesTheTypesAKeyNames() {
        assertThat(KB.typesOfName("Rennes", EndingFolder.NONE)).containsExactly(EntityType.LOCATION);
        assertThat(KB.typesOfName("ONU", EndingFolder.NONE)).contains(EntityType.ORGANIZATION);
        assertThat(KB.typesOfName("Xqzvwy", EndingFolder.NONE)).isEmpty();
    }

    @Test
    void theShippedKeysAreTheKeysTheCodeComputesToday() throws IOException {
        // a change to NameKeys or to a name-endings lexicon makes the keys stale: rerun scripts/build-kb.sh
        KnowledgeBase keys = KnowledgeBase.of(List.of(), EntityAnnotator.endingFolders());
        List<String> stale = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                KnowledgeBase.class.getResourceAsStream(KnowledgeBase.GEONAMES)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f[7].equals("country")) continue;
                String names = f[6].isEmpty() ? f[1] : f[1] + "|" + f[6];
                if (!String.join("|", keys.keys(names)).equals(f[10])) stale.add(f[1]);
            }
        }
        assertThat(stale).as("rows whose keys are stale: rerun scripts/build-kb.sh").isEmpty();
    }
}
