package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDayTest {

    @Test
    void readsTheDaysLocalDateReadsAndRefusesTheOthers() {
        for (String s : List.of("2024-02-29", "0000-01-01", "1999-12-31", "2023-07-04")) {
            assertThat(DocumentTimeFrame.isoDay(s)).as(s).isEqualTo(LocalDate.parse(s));
        }
        for (String s : List.of("2023-02-29", "2023-13-01", "2023-00-10", "2023-01-32", "2023/01/15", "２０２３-01-15",
                "+202-01-15", "2023-1-150", "20230115xx")) {
            assertThatThrownBy(() -> LocalDate.parse(s)).as(s).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> DocumentTimeFrame.isoDay(s)).as(s).isInstanceOf(DateTimeParseException.class);
        }
    }
}
