package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The build's table of country names is what the running JDK says, and is refused when made elsewhere. */
class CountryNamesTest {
    private static final Locale[] LANGUAGES = CountryNames.languages();

    @Test
    void theShippedTableHoldsWhatTheJdkNamesWhenMadeWithThisJdk() throws IOException {
        byte[] table;
        try (InputStream in = CountryNames.class.getResourceAsStream(CountryNames.TABLE)) {
            assertThat(in).as("the build writes " + CountryNames.TABLE).isNotNull();
            table = in.readAllBytes();
        }
        List<CountryNames.Country> asked = CountryNames.asked(LANGUAGES);
        List<CountryNames.Country> read = CountryNames.read(table, CountryNames.stamp(LANGUAGES));
        // the build's JVM may differ from the tests' (then the table is not used, and that is right too)
        if (read != null) assertThat(read).isEqualTo(asked);
        assertThat(CountryNames.of(LANGUAGES)).isEqualTo(asked);
        assertThat(asked).anyMatch(c -> c.code().equals("FR") && c.name().equals("France")
                && c.names().contains("Франция"));
    }

    @Test
    void aTableMadeForOtherLanguagesOrAnotherJdkIsNotUsed() throws IOException {
        byte[] table = CountryNames.write(CountryNames.asked(LANGUAGES), CountryNames.stamp(LANGUAGES));
        assertThat(CountryNames.read(table, CountryNames.stamp(LANGUAGES))).isEqualTo(CountryNames.asked(LANGUAGES));
        assertThat(CountryNames.read(table, CountryNames.stamp(new Locale[] {Locale.ENGLISH}))).isNull();
        assertThat(CountryNames.read(table, "another JDK")).isNull();
        assertThat(CountryNames.read(java.util.Arrays.copyOf(table, 40), CountryNames.stamp(LANGUAGES))).isNull();
    }
}
