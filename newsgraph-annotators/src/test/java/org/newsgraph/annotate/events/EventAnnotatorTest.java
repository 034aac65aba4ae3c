package org.newsgraph.annotate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Reference;

/** Events read from sentences written for this test, in French, English and Russian. */
class EventAnnotatorTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static Doc run(String lang, String text) {
        return PIPELINE.run(new Article("t", Optional.empty(), Optional.of("2023-03-10"), Optional.empty(), text,
                Optional.empty(), Optional.empty(), Optional.of(lang)));
    }

    private static List<Event> events(Doc doc) {
        return doc.expect(Layers.EVENTS);
    }

    private static String entityName(Doc doc, Optional<Reference> ref) {
        String id = ref.flatMap(Reference::entity).orElseThrow();
        return doc.expect(Layers.ENTITIES).stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElseThrow();
    }

    @Test
    void aFrenchProtestTakesItsPlaceTimeAndFigures() {
        Doc doc = run("fr", "Mardi, des manifestations ont eu lieu à Bordeaux : 3 000 personnes ont défilé contre la réforme.");
        Event e = events(doc).get(0);
        assertThat(e.type()).isEqualTo("protest");
        assertThat(e.text()).isEqualTo("manifestations");
        assertThat(doc.text().substring(e.start(), e.end())).isEqualTo(e.text());
        assertThat(entityName(doc, e.place())).isEqualTo("Bordeaux");
        assertThat(e.placeInferred()).isFalse();
        assertThat(doc.expect(Layers.TIMES).get(e.time().getAsInt()).value()).contains("2023-03-07");
        assertThat(e.cameo()).contains("141");
    }

    @Test
    void aStateOfEmergencyWithoutAPlaceInItsSentenceTakesTheArticlesCountry() {
        Doc doc = run("fr", "La colère grandit au Chili depuis des semaines. "
                + "Le gouvernement a décrété l'état d'urgence dans tout le pays jusqu'au 30 mars et a instauré un couvre-feu.");
        List<Event> found = events(doc);
        assertThat(found).extracting(Event::type).containsExactly("state_of_emergency", "curfew");
        Event emergency = found.get(0);
        assertThat(entityName(doc, emergency.place())).isEqualTo("Chile");
        assertThat(emergency.placeInferred()).isTrue();
        assertThat(emergency.place().get().start()).isEqualTo(-1);
        assertThat(doc.expect(Layers.TIMES).get(emergency.time().getAsInt()).value()).contains("2023-03-30");
        assertThat(emergency.cameo()).contains("1724");
        assertThat(found.get(1).cameo()).contains("1723");
    }

    @Test
    void aWordThatHoldsATriggerWithoutNamingAnEventIsNoEvent() {
        Doc doc = run("fr", "Les deux camps ont signé un cessez-le-feu et la police a saisi une arme à feu.");
        assertThat(events(doc)).isEmpty();
    }

    @Test
    void anEnglishCounterTerroristOperationAndAnInternetShutdownAreTyped() {
        Doc doc = run("en", "Troops launched a counter-terrorist operation in Dagestan on Friday. "
                + "Residents said the internet was shut down across the region.");
        assertThat(events(doc)).extracting(Event::type).containsExactly("counter_terrorist_operation", "internet_shutdown");
        assertThat(events(doc).get(0).cameo()).contains("190");
        assertThat(events(doc).get(1).cameo()).contains("1721");
    }

    @Test
    void theActorIsTheOrganisationOfTheSentenceNotWhoReportsIt() {
        Doc doc = run("en", "The Red Cross organised a rally outside the parliament in Oslo on Monday.");
        Event e = events(doc).get(0);
        assertThat(e.type()).isEqualTo("protest");
        assertThat(entityName(doc, e.actor())).isEqualTo("International Committee of the Red Cross");
        assertThat(entityName(doc, e.place())).isEqualTo("Oslo");
    }

    @Test
    void aDisasterHasNoCameoCodeAndKeepsTheFiguresOfItsSentence() {
        Doc doc = run("en", "An earthquake struck eastern Turkey on Sunday, and at least 40 people were killed.");
        Event e = events(doc).get(0);
        assertThat(e.type()).isEqualTo("earthquake");
        assertThat(e.cameo()).isEmpty();
        assertThat(e.figures()).containsExactly(0);
        assertThat(doc.expect(Layers.FIGURES).get(0).value()).isEqualTo(40);
    }

    @Test
    void nobodyIsTheActorOfAFlood() {
        Doc doc = run("fr", "Selon le maire Jean Dupont, les inondations ont touché Nîmes mardi.");
        Event e = events(doc).get(0);
        assertThat(e.type()).isEqualTo("flood");
        assertThat(e.actor()).isEmpty();
    }

    @Test
    void russianTriggersMatchTheirCaseForms() {
        Doc doc = run("ru", "В Алматы начались массовые беспорядки. Власти ввели режим чрезвычайного положения и "
                + "комендантский час. Жители сообщили об отключении интернета.");
        assertThat(events(doc)).extracting(Event::type)
                .containsExactly("riot", "state_of_emergency", "curfew", "internet_shutdown");
        assertThat(entityName(doc, events(doc).get(0).place())).isEqualTo("Almaty");
    }

    @Test
    void oneEventPerTypeAndSentence() {
        Doc doc = run("en", "Protesters marched in Lyon and the protest grew through the night.");
        assertThat(events(doc)).extracting(Event::type).containsExactly("protest");
    }

    @Test
    void aLanguageWithoutTriggersHasNoEvents() {
        Doc doc = run("xx", "Zorb flim protest riot.");
        assertThat(events(doc)).isEmpty();
    }
}
