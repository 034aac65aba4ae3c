package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

class AnalysisRowsTest {

    /** Every optional field both present and absent somewhere, every nested list non-empty. */
    static Analysis rich() {
        Entity mayor = new Entity("e1", EntityType.PERSON, "Anne Vasseur", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(new Mention("Anne Vasseur", 40, 52, Mention.Kind.NAME),
                new Mention("la maire", 90, 98, Mention.Kind.ROLE)));
        Entity city = new Entity("e2", EntityType.LOCATION, "Nantes", Optional.of("wikidata:Q12191"), Optional.of("FR"),
                Optional.of(47.218), Optional.of(-1.553), List.of(new Mention("Nantes", 10, 16, Mention.Kind.NAME)));
        Quote direct = new Quote("Nous rouvrirons les écoles lundi", 100, 132, true,
                Optional.of(new Reference(Optional.of("e1"), Optional.of("Anne Vasseur"), 40, 52)));
        Quote unattributed = new Quote("les routes seront dégagées", 140, 166, false, Optional.empty());
        Figure range = new Figure(120, OptionalDouble.of(150), true, Optional.empty(), Measure.EVACUATED,
                "entre 120 et 150 habitants évacués", 170, 204, Optional.of(Reference.ofText("la préfecture", 210, 223)),
                OptionalInt.empty());
        Figure part = new Figure(4.5, OptionalDouble.empty(), false, Optional.of(Figure.Bound.AT_LEAST), Measure.INJURED,
                "au moins 4,5", 230, 242, Optional.empty(), OptionalInt.of(0));
        TimeExpression monday = new TimeExpression("lundi", 127, 132, Optional.of("2024-05-06"), Optional.empty());
        TimeExpression soon = new TimeExpression("bientôt", 250, 257, Optional.empty(), Optional.of("AFTER"));
        TimeExpression days = new TimeExpression("du 4 au 7 mai", 260, 273, Optional.of("2024-05-04"), Optional.empty(),
                Optional.of("2024-05-07"));
        Figure denied = new Figure(160, OptionalDouble.empty(), false, Optional.empty(), Measure.KILLED, "160 morts", 280,
                289, Optional.empty(), OptionalInt.empty(),
                Optional.of(new Figure.Denial(Optional.of(Reference.ofText("le ministère", 300, 312)))));
        Figure deniedByNobody = new Figure(12, OptionalDouble.empty(), false, Optional.empty(), Measure.KILLED,
                "12 morts", 320, 328, Optional.empty(), OptionalInt.empty(), Optional.of(new Figure.Denial(Optional.empty())));
        Outlet outlet = new Outlet("Journal de l'Ouest", Optional.of("ouest.example.fr"), "url", Optional.of("FR"),
                Optional.empty(), List.of("AFP"));
        return new Analysis("n-1", "fr", Optional.of("2024-05-02"), Optional.of(outlet), Optional.of("Crue à Nantes"),
                "Crue à Nantes\n\n…", "…", Optional.of("https://ouest.example.fr/n-1"), List.of(mayor, city),
                List.of(direct, unattributed), List.of(range, part, denied, deniedByNobody), List.of(monday, soon, days),
                List.of("quotes: timeout"));
    }

    @Test
    void rowGivesBackTheSameAnalysis() {
        Analysis a = rich();
        assertThat(AnalysisRows.fromRow(AnalysisRows.toRow(a))).isEqualTo(a);
    }

    @Test
    void analysisWithoutOptionalPartsSurvivesTheRoundTrip() {
        Analysis bare = new Analysis("n-2", "und", Optional.empty(), Optional.empty(), Optional.empty(), "texte", "texte",
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(AnalysisRows.fromRow(AnalysisRows.toRow(bare))).isEqualTo(bare);
    }
}
