package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search --entity/--speaker/--source} find articles by referent through the knowledge base: any spelling,
 * script or case form of a name, and the places inside a country or region. Articles written for this test.
 */
class ReferentSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static String store;

    private static void article(String id, String title, String text) throws Exception {
        Files.writeString(dir.resolve("in").resolve(id + ".json"), JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", id).put("published", "2031-04-02").put("title", title).put("text", text)));
    }

    @BeforeAll
    static void ingest() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        article("tok-en", "Farmers meet the president", "President Kassym-Jomart Tokayev met farmers in Almaty on "
                + "Monday. \"We will rebuild every farm,\" Tokayev said.");
        article("tok-fr", "Le président reçoit les agriculteurs", "Le président kazakh Kassym-Jomart Tokaïev a reçu "
                + "les agriculteurs lundi à Astana.");
        article("tok-ru", "Президент встретился с фермерами", "Президент Казахстана Касым-Жомарт Токаев встретился с "
                + "фермерами в понедельник.");
        article("put-en", "Speech in Moscow", "Vladimir Putin spoke to governors in Moscow on Tuesday.");
        article("quake", "Earthquake in the west", "An earthquake shook Urumqi on Tuesday. At least 12 people died, "
                + "the Ministry of Emergency Management said.");
        store = dir.resolve("store").toString();
        CliRun run = CliRun.of("ingest", "--store", store, dir.resolve("in").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<String> ids(String... filter) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", "--store", store, "--format", "json"));
        args.addAll(List.of(filter));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode h : JSON.readTree(run.out()).get("hits")) out.add(h.get("id").asText());
        return out;
    }

    @Test
    void aPersonIsFoundUnderEverySpellingAndScript() throws Exception {
        for (String name : List.of("Tokayev", "Токаев", "Tokaïev", "TOKAYEV", "Токаева")) {
            assertThat(ids("--entity", name)).as(name).containsExactlyInAnyOrder("tok-en", "tok-fr", "tok-ru");
        }
        assertThat(ids("--entity", "Путин")).containsExactly("put-en");
    }

    @Test
    void aCountryOrRegionFindsTheArticlesAboutItsCities() throws Exception {
        assertThat(ids("--entity", "China")).containsExactly("quake");
        assertThat(ids("--entity", "Китай")).containsExactly("quake");
        assertThat(ids("--entity", "Xinjiang")).containsExactly("quake");
        assertThat(ids("--entity", "Алматы")).containsExactly("tok-en");
    }

    @Test
    void speakersAndSourcesAreResolvedLikeEntities() throws Exception {
        assertThat(ids("--speaker", "Токаев")).containsExactly("tok-en");
        assertThat(ids("--speaker", "Putin")).isEmpty();
        assertThat(ids("--source", "ministry of emergency management")).containsExactly("quake");
    }

    @Test
    void fullTextFindsNamesAcrossScriptsAndDiacritics() throws Exception {
        for (String word : List.of("Tokayev", "Токаев", "Tokaïev")) {
            assertThat(ids(word)).as(word).containsExactlyInAnyOrder("tok-en", "tok-fr", "tok-ru");
        }
        assertThat(ids("Путин")).containsExactly("put-en");
        assertThat(ids("Tokayev", "farmers")).containsExactly("tok-en");
    }
}
