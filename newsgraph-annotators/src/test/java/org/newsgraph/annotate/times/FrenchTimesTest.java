package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.only;
import static org.newsgraph.annotate.times.TimeDocs.times;
import static org.newsgraph.annotate.times.TimeDocs.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.TimeExpression;

class FrenchTimesTest {
    private static final String SATURDAY = "2023-03-18";

    @Test
    void fullAndPartialDatesTakeTheYearNearestThePublication() {
        assertThat(value(only("fr", SATURDAY, "Le musée rouvrira le 2 avril 2024 après travaux."))).isEqualTo("2024-04-02");
        TimeExpression t = only("fr", SATURDAY, "La grève est prolongée jusqu'au 21 mars.");
        assertThat(t.text()).isEqualTo("21 mars");
        assertThat(value(t)).isEqualTo("2023-03-21");
        assertThat(value(only("fr", "2023-01-04", "Le marché a fermé le 28 décembre."))).isEqualTo("2022-12-28");
        assertThat(value(only("fr", SATURDAY, "Le décret du 03.02.2021 est abrogé."))).isEqualTo("2021-02-03");
        assertThat(value(only("fr", SATURDAY, "Le vote du mardi 1er novembre 2022 a été annulé."))).isEqualTo("2022-11-01");
    }

    @Test
    void weekdaysFallOnOrBeforeThePublicationUnlessTheTextLooksAhead() {
        assertThat(value(only("fr", SATURDAY, "Le maire a démissionné mercredi."))).isEqualTo("2023-03-15");
        assertThat(value(only("fr", SATURDAY, "Le maire a démissionné samedi."))).isEqualTo("2023-03-18");
        assertThat(value(only("fr", SATURDAY, "Le conseil se réunira lundi prochain."))).isEqualTo("2023-03-20");
        assertThat(value(only("fr", SATURDAY, "Le film sera diffusé dimanche sur la chaîne publique."))).isEqualTo("2023-03-19");
        assertThat(value(only("fr", SATURDAY, "Il est arrivé jeudi dernier."))).isEqualTo("2023-03-16");
        assertThat(value(only("fr", SATURDAY, "Les pourparlers reprendront lundi."))).isEqualTo("2023-03-20");
    }

    @Test
    void relativeDaysWeeksAndYearsCountFromThePublication() {
        assertThat(value(only("fr", SATURDAY, "Hier soir, la neige a bloqué les routes."))).isEqualTo("2023-03-17");
        assertThat(value(only("fr", SATURDAY, "Le pont s'est effondré il y a trois jours."))).isEqualTo("2023-03-15");
        assertThat(value(only("fr", SATURDAY, "Les ventes ont chuté cette semaine."))).isEqualTo("2023-W11");
        assertThat(value(only("fr", SATURDAY, "Le chantier a commencé l'an dernier."))).isEqualTo("2022");
        assertThat(value(only("fr", SATURDAY, "Les prix ont baissé le mois dernier."))).isEqualTo("2023-02");
    }

    @Test
    void partsOfPeriodsCarryTheirModifier() {
        TimeExpression start = only("fr", SATURDAY, "Début février, les stocks étaient vides.");
        assertThat(value(start)).isEqualTo("2023-02");
        assertThat(start.mod()).contains("START");
        TimeExpression mid = only("fr", SATURDAY, "La décision est attendue à la mi-avril.");
        assertThat(value(mid)).isEqualTo("2023-04");
        assertThat(mid.mod()).contains("MID");
        TimeExpression year = only("fr", SATURDAY, "Dans les premiers jours de 2023, le port était fermé.");
        assertThat(year.text()).isEqualTo("les premiers jours de 2023");
        assertThat(value(year)).isEqualTo("2023");
        assertThat(year.mod()).contains("START");
        TimeExpression end = only("fr", SATURDAY, "Le rapport sortira à la fin de l'année.");
        assertThat(value(end)).isEqualTo("2023");
        assertThat(end.mod()).contains("END");
    }

    @Test
    void aPartOfTheDayNamedAsATimeIsTheDayInFocus() {
        assertThat(times("fr", SATURDAY, "Le 14 mars, dans la soirée, le toit a cédé. En matinée, la pluie a repris."))
                .extracting(TimeDocs::value).containsExactly("2023-03-14", "2023-03-14", "2023-03-14");
        assertThat(times("fr", SATURDAY, "Le soir, il lit. Il travaille dans une boîte de nuit.")).isEmpty();
    }

    @Test
    void fixedDateHolidays() {
        assertThat(value(only("fr", "2023-01-04", "Les routes étaient vides à Noël."))).isEqualTo("2022-12-25");
        assertThat(value(only("fr", "2023-01-04", "Le Nouvel An 2020 fut calme."))).isEqualTo("2020-01-01");
        assertThat(times("fr", "2023-01-04", "Le marché de Noël a fermé.")).isEmpty();
    }

    @Test
    void namedMonthsAndBareYears() {
        assertThat(value(only("fr", SATURDAY, "Les inondations de février ont coûté cher."))).isEqualTo("2023-02");
        assertThat(value(only("fr", SATURDAY, "Le barrage a été construit en 1987."))).isEqualTo("1987");
        assertThat(value(only("fr", SATURDAY, "Les orages de juillet ont abîmé les vignes."))).isEqualTo("2022-07");
        assertThat(value(only("fr", SATURDAY, "Le festival aura lieu en juillet."))).isEqualTo("2023-07");
        assertThat(times("fr", SATURDAY, "Environ 1500 personnes ont défilé.")).isEmpty();
    }

    @Test
    void clockTimesTakeTheDayInFocusAndTheirZone() {
        assertThat(value(only("fr", SATURDAY, "Le match commence à 21h30."))).isEqualTo("2023-03-18T21:30");
        assertThat(value(only("fr", SATURDAY, "Le discours est prévu à 14 h 15 heure de Paris."))).isEqualTo("2023-03-18T14:15+01:00");
        assertThat(value(only("fr", "2023-07-01", "Le discours est prévu à 14 h 15 heure de Paris."))).isEqualTo("2023-07-01T14:15+02:00");
        assertThat(value(only("fr", SATURDAY, "La fusée décollera à 6h00 GMT."))).isEqualTo("2023-03-18T06:00+00:00");
        assertThat(value(only("fr", SATURDAY, "Le vol atterrit à 9h10 UTC+6."))).isEqualTo("2023-03-18T09:10+06:00");
        TimeExpression bracketed = only("fr", SATURDAY, "Le vote s'ouvre à 8h00 (heure de Moscou), dit-on.");
        assertThat(bracketed.text()).isEqualTo("8h00 (heure de Moscou)");
        assertThat(value(bracketed)).isEqualTo("2023-03-18T08:00+03:00");
        TimeExpression afterComma = only("fr", SATURDAY, "Le vote s'ouvre à 8h00, heure de Moscou.");
        assertThat(value(afterComma)).isEqualTo("2023-03-18T08:00+03:00");
        assertThat(only("fr", SATURDAY, "Le vote s'ouvre à 8h00, dit-on.").text()).isEqualTo("8h00");
    }

    @Test
    void aTimeRestatedInAnotherZoneLendsItsOffset() {
        List<TimeExpression> t = times("fr", SATURDAY, "Le concert sera retransmis à 19h00 (16h00 heure de Moscou).");
        assertThat(t).extracting(TimeExpression::text).containsExactly("19h00", "16h00 heure de Moscou");
        assertThat(t).extracting(TimeDocs::value).containsExactly("2023-03-18T19:00+06:00", "2023-03-18T16:00+03:00");
        assertThat(times("fr", SATURDAY, "Le concert sera retransmis à 19h00 (16h00 heure de Moscou). La rediffusion suivra à 23h00."))
                .as("the local zone learnt from the restatement").extracting(TimeDocs::value)
                .containsExactly("2023-03-18T19:00+06:00", "2023-03-18T16:00+03:00", "2023-03-18T23:00+06:00");
    }

    @Test
    void relativeExpressionsStayUnresolvedWithoutAPublicationDate() {
        assertThat(value(only("fr", null, "Le maire a démissionné mercredi."))).isNull();
        assertThat(value(only("fr", null, "Le pont s'est effondré hier."))).isNull();
        assertThat(value(only("fr", null, "La grève est prolongée jusqu'au 21 mars."))).isNull();
        assertThat(value(only("fr", null, "Le musée rouvrira le 2 avril 2024."))).isEqualTo("2024-04-02");
    }

    @Test
    void setsAndDurationsAreNotTimes() {
        assertThat(times("fr", SATURDAY, "Le marché se tient chaque mardi.")).isEmpty();
        assertThat(times("fr", SATURDAY, "Le défilé du Mardi gras et le lundi de Pâques.")).isEmpty();
        assertThat(times("fr", SATURDAY, "Les pompiers ont lutté pendant 12 heures.")).isEmpty();
        assertThat(times("fr", SATURDAY, "Le siège a duré trois semaines.")).isEmpty();
    }
}
