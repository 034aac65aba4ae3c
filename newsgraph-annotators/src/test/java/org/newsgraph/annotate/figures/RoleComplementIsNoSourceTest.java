package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.annotate.attribution.Ranking;
import org.newsgraph.annotate.attribution.Rankings;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;

/**
 * "According to the head of the regional Red Cross, 30 …": the body in the complement of a role says whom the role
 * serves; it is no candidate source of the figure (the role's phrase is, and the person named with that role),
 * so the figure goes to the person named earlier with the role, never to the body. Russian puts the body in the
 * genitive without a preposition ("глава Красного Креста") and is not covered by this rule.
 */
class RoleComplementIsNoSourceTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static Doc run(String lang, String text) {
        return PIPELINE.run(new Article("t", Optional.empty(), Optional.of("2031-03-02"), Optional.empty(), text,
                Optional.empty(), Optional.empty(), Optional.of(lang)));
    }

    /** The entity ids of the persons or the organisations of the document. */
    private static List<String> ids(Doc doc, EntityType type) {
        return doc.expect(Layers.ENTITIES).stream().filter(e -> e.type() == type).map(Entity::id).toList();
    }

    private static void bodyIsNoCandidateAndPersonIsSource(Doc doc) {
        List<String> bodies = ids(doc, EntityType.ORGANIZATION);
        List<String> persons = ids(doc, EntityType.PERSON);
        assertThat(bodies).isNotEmpty();
        assertThat(persons).hasSize(1);
        List<Ranking> rankings = doc.expect(Rankings.FIGURES);
        assertThat(rankings).isNotEmpty();
        for (Ranking r : rankings) {
            assertThat(r.scored()).noneSatisfy(s ->
                    assertThat(s.candidate().ref().entity().filter(bodies::contains)).isPresent());
        }
        for (Figure f : doc.expect(Layers.FIGURES)) {
            assertThat(f.source().flatMap(s -> s.entity())).hasValue(persons.get(0));
        }
    }

    @Test
    void englishHeadOfABodyIsThePersonNamedWithTheRole() {
        bodyIsNoCandidateAndPersonIsSource(run("en", "Lorcan Mabry, the head of the regional Red Cross, toured the "
                + "valley on Monday with volunteers.\n\nAccording to the head of the regional Red Cross, 30 people "
                + "were evacuated from the valley."));
    }

    @Test
    void frenchDirectorOfABodyIsThePersonNamedWithTheRole() {
        bodyIsNoCandidateAndPersonIsSource(run("fr", "Lorcan Mabry, le directeur de la Croix-Rouge régionale, s'est "
                + "rendu lundi dans la vallée avec des bénévoles.\n\nSelon le directeur de la Croix-Rouge régionale, "
                + "30 personnes ont été évacuées de la vallée."));
    }
}
