package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class NameFinderTest {

    @Test
    void aTitleBeforeAnUnknownNameMakesItAPerson() {
        List<Entity> fr = entities("fr", "Selon M. Kerimbekov, la situation reste tendue dans la région.");
        assertThat(named(fr, "Kerimbekov").type()).isEqualTo(EntityType.PERSON);
        List<Entity> ru = entities("ru", "Об этом сообщил пресс-секретарь Нуржан Абдыкалыков журналистам.");
        assertThat(named(ru, "Нуржан Абдыкалыков").type()).isEqualTo(EntityType.PERSON);
        List<Entity> en = entities("en", "The decision was announced by spokesman Dauren Zhakupov on Tuesday.");
        assertThat(named(en, "Dauren Zhakupov").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void acronymsInCapitalsAreOrganisationsButLowerCaseWordsAreNot() {
        List<Entity> fr = entities("fr", "Le secrétaire général de l'ONU a appelé au calme, comme l'OTAN.");
        assertThat(named(fr, "ONU").name()).isEqualTo("United Nations");
        assertThat(named(fr, "OTAN").type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> en = entities("en", "Troops from the CSTO arrived, and many of us watched them.");
        assertThat(named(en, "CSTO").name()).isEqualTo("Collective Security Treaty Organization");
        assertThat(en).noneMatch(e -> e.name().equals("United States"));
        List<Entity> ru = entities("ru", "Миротворцы ОДКБ начали выводить войска.");
        assertThat(named(ru, "ОДКБ").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void officialNamesInLowerCaseAndRussianGenitiveChainsAreOrganisations() {
        List<Entity> fr = entities("fr", "Le bilan a été revu par le ministère de la Santé dimanche.");
        assertThat(named(fr, "ministère de la Santé").type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> ru = entities("ru", "Данные опубликовала пресс-служба Генеральной прокуратуры Казахстана во вторник.");
        assertThat(named(ru, "Генеральной прокуратуры Казахстана").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(ru, "Казахстана").name()).isEqualTo("Kazakhstan"); // the country inside is a place too
    }

    @Test
    void multiWordAndHyphenatedNamesStayWhole() {
        List<Entity> en = entities("en", "The interview aired on Khabar 24 after Kassym-Jomart Tokayev returned to Alma-Ata.");
        assertThat(named(en, "Khabar 24").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(en, "Kassym-Jomart Tokayev").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(en, "Alma-Ata").name()).isEqualTo("Almaty");
    }

    @Test
    void weekdaysMonthsAndSentenceOpenersAreNotNames() {
        List<Entity> fr = entities("fr", "Samedi, les habitants sont sortis. Début janvier, Lors des émeutes, rien.");
        assertThat(fr).isEmpty();
    }

    @Test
    void knownNamesJoinedByHyphensAreFoundInside() {
        List<Entity> en = entities("en", "The Russia-led alliance sent troops.");
        assertThat(named(en, "Russia").name()).isEqualTo("Russia");
    }

    @Test
    void aTitleInsideARunOfCapitalsIsNotPartOfTheName() {
        List<Entity> en = entities("en", "On Friday, Kazakh President Kassym-Jomart Tokayev spoke.");
        assertThat(en).extracting(Entity::name).containsExactly("Kassym-Jomart Tokayev");
    }
}
