package org.newsgraph.io.write.webanno;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.write.SampleAnalyses;

/**
 * The Web Annotation output meets the required fields of the W3C Web Annotation Data Model: every annotation has an
 * IRI id, type Annotation, a target with a source, and selectors whose text and code-point positions agree with the
 * article; motivations and purposes are terms of the anno.jsonld context; bodies carry type, name, KB id, speaker
 * or source.
 */
class WebAnnotationValidatesTest {
    /** The motivations the W3C model defines (oa:Motivation instances in the anno.jsonld context). */
    private static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
            "tagging");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Analysis a = SampleAnalyses.floods();

    private JsonNode page() throws Exception {
        return JSON.readTree(new WebAnnotationWriter(true).toJson(a));
    }

    @Test
    void thePageHasTheW3cContextAndOneAnnotationPerSpan() throws Exception {
        JsonNode page = page();
        assertThat(page.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(page.get("id").asText()).startsWith("urn:newsgraph:");
        int mentions = a.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        assertThat(page.get("items")).hasSize(mentions + a.quotes().size() + a.figures().size() + a.times().size()
                + a.events().size() + a.framing().size());
    }

    @Test
    void everyAnnotationHasTheRequiredFieldsAndSelectorsThatAgreeWithTheText() throws Exception {
        String text = SampleAnalyses.TEXT;
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page().get("items")) {
            assertThat(item.get("id").asText()).matches("[a-z]+:.+");
            ids.add(item.get("id").asText());
            assertThat(item.get("type").asText()).isEqualTo("Annotation");
            assertThat(MOTIVATIONS).contains(item.get("motivation").asText());
            for (JsonNode body : item.get("body")) {
                assertThat(MOTIVATIONS).as("purpose").contains(body.get("purpose").asText());
                assertThat(body.has("value") || body.has("id")).isTrue();
            }
            JsonNode target = item.get("target");
            assertThat(target.get("source").asText()).isEqualTo("https://steppe-courier.example/floods");
            JsonNode quote = target.get("selector").get(0);
            JsonNode position = target.get("selector").get(1);
            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            int start = text.offsetByCodePoints(0, position.get("start").asInt());
            int end = text.offsetByCodePoints(0, position.get("end").asInt());
            assertThat(text.substring(start, end)).isEqualTo(quote.get("exact").asText());
            assertThat(text.substring(0, start)).endsWith(quote.get("prefix").asText());
            assertThat(text.substring(end)).startsWith(quote.get("suffix").asText());
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void positionsCountCodePointsNotUtf16Units() throws Exception {
        JsonNode time = find("time");
        int utf16 = a.times().get(0).start();
        assertThat(time.get("target").get("selector").get(1).get("start").asInt()).isEqualTo(utf16 - 1);
    }

    @Test
    void bodiesCarryTypeCanonicalNameKbIdSpeakerAndSource() throws Exception {
        JsonNode mention = page().get("items").get(0);
        assertThat(values(mention)).contains("entity LOCATION", "Bishkek");
        assertThat(mention.get("body").findValuesAsText("id")).contains("http://www.wikidata.org/entity/Q9361");
        assertThat(values(find("quote direct"))).contains("speaker: Aibek Toktorov");
        assertThat(values(find("figure killed"))).contains("value: ~12 (at_least)", "source: Ministry of Emergency Situations");
        assertThat(values(find("event flood"))).contains("place: Bishkek", "time: 2024-03-12");
        assertThat(values(find("framing historical_name"))).contains("Bishkek");
    }

    private JsonNode find(String tag) throws Exception {
        for (JsonNode item : page().get("items")) if (values(item).contains(tag)) return item;
        throw new AssertionError("no annotation tagged " + tag);
    }

    private static List<String> values(JsonNode item) {
        List<String> out = new ArrayList<>();
        for (JsonNode b : item.get("body")) if (b.has("value")) out.add(b.get("value").asText());
        return out;
    }
}
