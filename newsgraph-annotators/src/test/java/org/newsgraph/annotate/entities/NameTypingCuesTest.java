package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** Cues that decide whether a capitalised word is one of our names at all, and of which type. */
class NameTypingCuesTest {

    @Test
    void stormsAndOperationsAreNoPeople() {
        List<Entity> en = entities("en", "Storm Valentina flooded the valley before Hurricane Ottavio arrived.");
        assertThat(en).noneMatch(e -> e.type() == EntityType.PERSON);
        List<Entity> fr = entities("fr", "La tempête Valentina a inondé la vallée.");
        assertThat(fr).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void peoplesNamedByTheirNationalityAreNoPlaces() {
        List<Entity> en = entities("en", "Hundreds of Syrians and Filipinos queued at the border post.");
        assertThat(en).noneMatch(e -> e.name().contains("Syrian") || e.name().contains("Filipino"));
        List<Entity> fr = entities("fr", "Des centaines de Syriens attendaient à la frontière.");
        assertThat(fr).noneMatch(e -> e.name().contains("Syrien"));
    }

    @Test
    void oneUnknownWordAfterAPlacePrepositionIsAPlace() {
        List<Entity> fr = entities("fr", "Les secours sont arrivés à Tazoult après le séisme.");
        assertThat(named(fr, "Tazoult").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aHighlandPrefixMakesAPlace() {
        List<Entity> fr = entities("fr", "Les villages du Haut Zagros sont isolés.");
        assertThat(named(fr, "Haut Zagros").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aFacilityOfAKnownTownIsAPlaceOfItsOwnInEitherWordOrder() {
        List<Entity> en = entities("en", "Ships left the port of Marseille at dawn. Later Marseille port was closed.");
        Entity port = named(en, "port of Marseille");
        assertThat(port.type()).isEqualTo(EntityType.LOCATION);
        assertThat(EntityDocs.names(port)).contains("Marseille port");
        assertThat(named(en, "Marseille")).isNotNull();
    }

    @Test
    void aQuotedNameAfterAFacilityNounIsAPlaceInEveryCase() {
        List<Entity> ru = entities("ru", "Пожар в ТЦ «Белая роща» потушили. Посетителей «Белой рощи» эвакуировали.");
        assertThat(named(ru, "Белая роща").type()).isEqualTo(EntityType.LOCATION);
        assertThat(ru).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aLatinWordNeverMeetsAKbNameThroughItsCyrillicSpelling() {
        List<Entity> en = entities("en", "The governor, Karim Abboud, visited the site.");
        assertThat(en).noneMatch(e -> e.name().equals("Abuja"));
    }
}
