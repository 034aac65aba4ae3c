package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.only;
import static org.newsgraph.annotate.times.TimeDocs.times;
import static org.newsgraph.annotate.times.TimeDocs.value;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.TimeExpression;

class RussianTimesTest {
    private static final String THURSDAY = "2023-09-21";

    @Test
    void inflectedMonthsAndYearWords() {
        assertThat(value(only("ru", THURSDAY, "Закон вступил в силу 3 марта 2022 года."))).isEqualTo("2022-03-03");
        assertThat(value(only("ru", THURSDAY, "Выставка открылась 12 сентября."))).isEqualTo("2023-09-12");
        assertThat(value(only("ru", THURSDAY, "В феврале цены выросли."))).isEqualTo("2023-02");
        assertThat(value(only("ru", THURSDAY, "Завод построили в 1975 году."))).isEqualTo("1975");
        assertThat(times("ru", THURSDAY, "На площадь вышли 2000 человек.")).isEmpty();
        assertThat(times("ru", THURSDAY, "Мода 1990-х годов вернулась.")).isEmpty();
        assertThat(value(only("ru", THURSDAY, "Итоги июльских выборов оспорили."))).isEqualTo("2023-07");
        assertThat(times("ru", THURSDAY, "Суд Октябрьского района отклонил иск.")).as("a district, not October").isEmpty();
        assertThat(value(only("ru", THURSDAY, "Приказ от 14.08.2023 отменен."))).isEqualTo("2023-08-14");
    }

    @Test
    void weekdaysAndRelativeDays() {
        assertThat(value(only("ru", THURSDAY, "Во вторник мост закрыли."))).isEqualTo("2023-09-19");
        assertThat(value(only("ru", THURSDAY, "Встреча состоится в субботу."))).isEqualTo("2023-09-23");
        assertThat(value(only("ru", THURSDAY, "В следующий понедельник начнется суд."))).isEqualTo("2023-09-25");
        assertThat(value(only("ru", THURSDAY, "Вчера вечером пошел снег."))).isEqualTo("2023-09-20");
        assertThat(value(only("ru", THURSDAY, "В ночь на среду прошел ливень."))).isEqualTo("2023-09-20");
        assertThat(value(only("ru", THURSDAY, "В ночь на 3 сентября прошел ливень."))).isEqualTo("2023-09-03");
        assertThat(value(only("ru", THURSDAY, "Пожар начался три дня назад."))).isEqualTo("2023-09-18");
        assertThat(value(only("ru", THURSDAY, "На этой неделе прошли обыски."))).isEqualTo("2023-W38");
        assertThat(value(only("ru", THURSDAY, "В прошлом году урожай был хуже."))).isEqualTo("2022");
        assertThat(value(only("ru", THURSDAY, "В минувшие выходные прошли акции."))).isEqualTo("2023-W37-WE");
        assertThat(times("ru", THURSDAY, "Суд начался 4 сентября. В этот день пришли сотни людей."))
                .extracting(TimeDocs::value).containsExactly("2023-09-04", "2023-09-04");
    }

    @Test
    void partsOfPeriods() {
        TimeExpression end = only("ru", THURSDAY, "В конце августа река вышла из берегов.");
        assertThat(end.text()).isEqualTo("конце августа");
        assertThat(value(end)).isEqualTo("2023-08");
        assertThat(end.mod()).contains("END");
        TimeExpression start = only("ru", THURSDAY, "В начале 2021 года завод закрылся.");
        assertThat(value(start)).isEqualTo("2021");
        assertThat(start.mod()).contains("START");
    }

    @Test
    void clockTimesAndMoscowTime() {
        assertThat(value(only("ru", THURSDAY, "Трансляция начнется в 19:30 по московскому времени."))).isEqualTo("2023-09-21T19:30+03:00");
        assertThat(value(only("ru", THURSDAY, "Поезд прибыл вечером 5 сентября."))).isEqualTo("2023-09-05");
        TimeExpression approx = only("ru", THURSDAY, "Взрыв прогремел около 8 часов вечера.");
        assertThat(value(approx)).isEqualTo("2023-09-21T20:00");
        assertThat(approx.mod()).contains("APPROX");
    }

    @Test
    void aPlaceWithOneKnownZoneGivesClockTimesTheirOffset() {
        assertThat(times("ru", THURSDAY, "В Минске к 18:00 задержали десять человек. Протесты прошли по всей Белоруссии."))
                .extracting(TimeDocs::value).containsExactly("2023-09-21T18:00+03:00");
        assertThat(times("ru", THURSDAY, "В Минске к 18:00 задержали десять человек."))
                .as("one mention is too little to lend a zone").extracting(TimeDocs::value).containsExactly("2023-09-21T18:00");
        assertThat(times("ru", THURSDAY, "В Минске и Пекине к 18:00 прошли акции. Минск и Пекин спорят."))
                .as("places in different zones lend none").extracting(TimeDocs::value).containsExactly("2023-09-21T18:00");
    }

    @Test
    void setsAndDurationsAreNotTimes() {
        assertThat(times("ru", THURSDAY, "Рынок работает каждую субботу.")).isEmpty();
        assertThat(times("ru", THURSDAY, "В течение трех дней шли дожди.")).isEmpty();
        assertThat(times("ru", THURSDAY, "Спасатели работали около 20 часов.")).isEmpty();
    }
}
