package org.newsgraph.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static Article titled(String title, String body, String published) {
        return new Article("x", Optional.empty(), Optional.ofNullable(published), Optional.ofNullable(title), body,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void textIsTitleBlankLineBodyAndBodyOffsetPointsAtTheBody() {
        Article a = titled("Un titre", "Le corps.", null);
        assertThat(a.text()).isEqualTo("Un titre\n\nLe corps.");
        assertThat(a.text().substring(a.bodyOffset())).isEqualTo("Le corps.");
    }

    @Test
    void aBodyOpeningWithItsTitleIsTheWholeTextFromOffsetZero() {
        Article a = titled("Crue à Veyrac", "Crue à Veyrac : la rivière déborde.", null);
        assertThat(a.text()).isEqualTo("Crue à Veyrac : la rivière déborde.");
        assertThat(a.bodyOffset()).isZero();
        Article other = titled("Crue à Veyrac", "La rivière déborde.", null);
        assertThat(other.bodyOffset()).isEqualTo(other.text().length() - other.body().length());
    }

    @Test
    void withoutTitleTheTextIsTheBody() {
        Article a = titled("  ", "Le corps.", null);
        assertThat(a.title()).isEmpty();
        assertThat(a.text()).isEqualTo("Le corps.");
        assertThat(a.bodyOffset()).isZero();
    }

    @Test
    void publicationDateReadsDatesAndDateTimes() {
        assertThat(titled(null, "b", "2022-01-15").publicationDate()).contains(LocalDate.of(2022, 1, 15));
        assertThat(titled(null, "b", "2022-01-15T22:34:33+06:00").publicationDate()).contains(LocalDate.of(2022, 1, 15));
        assertThat(titled(null, "b", "last Tuesday").publicationDate()).isEmpty();
    }
}
