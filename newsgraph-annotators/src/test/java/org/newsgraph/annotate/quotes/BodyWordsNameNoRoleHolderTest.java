package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

/**
 * "l'agence", "the agency" name a body: the person who spoke to it has the word beside the name but holds no such
 * role.
 */
class BodyWordsNameNoRoleHolderTest {

    @Test
    void theAgencyIsNotThePersonWhoSpokeToIt() {
        String fr = "Le préfet Marc Vidal a déclaré à l'agence Belga que trois cents personnes avaient été évacuées. "
                + "« Les routes resteront coupées jusqu'à lundi », a indiqué l'agence.";
        List<Quote> q = QuoteDocs.of("fr", fr).entity("e1", EntityType.PERSON, "Marc Vidal", "Marc Vidal")
                .entity("e2", EntityType.ORGANIZATION, "Belga", "Belga").quotes();
        assertThat(q).filteredOn(Quote::direct).singleElement()
                .satisfies(x -> assertThat(QuoteDocs.speakerEntity(x)).isNotEqualTo("e1"));
        String en = "Mayor Petra Lind told the agency that the roads near the river were shut. "
                + "\"Three bridges are gone,\" the agency said.";
        q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Petra Lind", "Petra Lind").quotes();
        assertThat(q).filteredOn(Quote::direct).singleElement()
                .satisfies(x -> assertThat(QuoteDocs.speakerEntity(x)).isNotEqualTo("e1"));
    }
}
