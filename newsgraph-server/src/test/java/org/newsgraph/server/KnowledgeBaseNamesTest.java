package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactComparison;
import org.newsgraph.io.json.FactGroupJsonWriter;
import org.newsgraph.store.CorpusStore;

/**
 * Names in the filters of the API are matched through the knowledge base, as {@code newsgraph search --entity} and
 * {@code newsgraph compare --entity} match them: any spelling or script of a person finds the articles naming them,
 * and the fact groups are those of {@code compare}.
 */
class KnowledgeBaseNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> ids(String query) throws Exception {
        JsonNode r = JSON.readTree(SharedServer.get("/api/articles?limit=50&entity=" + Paths.param(query)).body());
        List<String> out = new ArrayList<>();
        r.get("articles").forEach(a -> out.add(a.get("id").asText()));
        assertThat(r.get("total").asInt()).isEqualTo(out.size());
        return out;
    }

    @Test
    void anySpellingOrScriptOfAPersonFindsTheArticlesNamingThem() throws Exception {
        List<String> visit = List.of("steppe-visit-en", "steppe-visit-fr", "steppe-visit-ru");
        assertThat(ids("Tokaïev")).containsExactlyInAnyOrderElementsOf(visit);
        assertThat(ids("Токаев")).containsExactlyInAnyOrderElementsOf(visit);
        assertThat(ids("Kassym-Jomart Tokayev")).containsExactlyInAnyOrderElementsOf(visit);
    }

    @Test
    void theFactGroupsAreThoseOfCompare() throws Exception {
        try (CorpusStore store = CorpusStore.openReadOnly(SharedServer.storeDir())) {
            store.useGazetteer(KbGazetteer.load(Optional.empty()));
            FactComparison comparison = FactComparison.standard(store.gazetteer());
            FactGroupJsonWriter writer = new FactGroupJsonWriter(true);
            for (String entity : new String[] {"Токаев", "Tokaïev"}) {
                String served = SharedServer.get("/api/facts?measure=injured&entity=" + Paths.param(entity)).body();
                String compared = writer.toJson(store.compare(Optional.of(Measure.INJURED), Optional.of(entity), comparison),
                        Optional.of("injured"), Optional.of(entity));
                assertThat(served).isEqualTo(compared);
                JsonNode groups = JSON.readTree(served).get("groups");
                assertThat(groups).hasSize(1);
                assertThat(groups.get(0).get("reports")).hasSize(3);
            }
            String all = SharedServer.get("/api/facts").body();
            assertThat(all).isEqualTo(writer.toJson(store.compare(Optional.empty(), Optional.empty(), comparison),
                    Optional.empty(), Optional.empty()));
        }
    }
}
