package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = EntityDocs.ANNOTATOR.knowledgeBase();

    private static KbEntry first(String name) {
        return KB.lookup(NameKeys.key(name, EndingFolder.NONE)).stream().filter(a -> !a.surname())
                .map(KbAlias::entry).findFirst().orElse(null);
    }

    @Test
    void historicalNameLeadsToTheCityWithIdAndCoordinates() {
        KbEntry almaty = first("Alma-Ata");
        assertThat(almaty.name()).isEqualTo("Almaty");
        assertThat(almaty.kb()).contains("wikidata:Q35493");
        assertThat(almaty.country()).contains("KZ");
        assertThat(almaty.lat().orElseThrow()).isBetween(43.0, 43.5);
    }

    @Test
    void everyCountryHasItsEnglishFrenchAndRussianNames() {
        assertThat(first("Kazakhstan").country()).contains("KZ");
        assertThat(first("Allemagne").name()).isEqualTo("Germany");
        assertThat(first("Казахстан").name()).isEqualTo("Kazakhstan");
        assertThat(KB.country("BT")).isPresent(); // a country nobody wrote a row for
    }

    @Test
    void acronymsAreMarkedSoTheyOnlyMatchInCapitals() {
        KbAlias onu = KB.lookup(NameKeys.key("ONU", EndingFolder.NONE)).get(0);
        assertThat(onu.acronym()).isTrue();
        assertThat(onu.entry().name()).isEqualTo("United Nations");
    }

    @Test
    void peopleAreAlsoFoundByTheirSurnameAsAWeakAlias() {
        assertThat(KB.lookup(NameKeys.key("Lukashenko", EndingFolder.NONE)))
                .anyMatch(a -> a.entry().type() == EntityType.PERSON);
    }

    @Test
    void headsOfStateAreFoundByRole() {
        assertThat(KB.holders("head_of_state:KZ")).extracting(KbEntry::name).contains("Kassym-Jomart Tokayev");
    }

    @Test
    void readsALocalDirectoryOfPlaces(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(KnowledgeBase.LOCAL_FILE),
                "LOCATION\tZhetisai\tgeonames:1\tKZ\t40.77\t68.33\tZhetysay|Жетысай\t\t30000\n");
        KnowledgeBase kb = KnowledgeBase.load(Optional.of(dir), List.of(EndingFolder.NONE));
        assertThat(kb.localPlace(NameKeys.key("Zhetysay", EndingFolder.NONE)))
                .hasValueSatisfying(e -> assertThat(e.kb()).contains("geonames:1"));
        assertThat(kb.lookup(NameKeys.key("Zhetisai", EndingFolder.NONE))).isEmpty(); // links, does not find
    }

    @Test
    void capitalsAreFoundByTheirFrenchAndRussianExonyms() {
        assertThat(first("Bucarest").name()).isEqualTo("Bucharest");
        assertThat(first("Copenhague").name()).isEqualTo("Copenhagen");
        assertThat(first("Лиссабон").name()).isEqualTo("Lisbon");
        assertThat(first("Bucarest").country()).contains("RO");
    }

    @Test
    void exonymsOfCapitalsNameTheCityInEnglishInAnArticle() {
        List<Entity> fr = EntityDocs.entities("fr", "Des renforts sont partis de Bucarest et de Varsovie dimanche.");
        assertThat(fr).extracting(Entity::name).contains("Bucharest", "Warsaw");
    }

    @Test
    void theKremlinSpeaksAsAnOrganisation() {
        List<Entity> ru = EntityDocs.entities("ru", "В Кремле отказались комментировать слухи.");
        assertThat(ru).filteredOn(e -> e.name().equals("Kremlin")).extracting(Entity::type)
                .containsExactly(EntityType.ORGANIZATION);
    }
}
