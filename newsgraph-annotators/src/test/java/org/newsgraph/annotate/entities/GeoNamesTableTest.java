package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The binary copy of the GeoNames table gives the KB exactly the rows the text gives. */
class GeoNamesTableTest {
    private static final String TEXT = String.join("\n",
            "# a comment line",
            "# type\tname\tid\tcountry\tlat\tlon\taliases\tkind\trank\tregion\tkeys\tfound",
            "LOCATION\tVelmora\tgeonames:101\tXA\t12.5\t-3.25\tVelmorra|Вельмора\tcity\t52000\tNorth Reach\tvelmora|velmorra|вельмора",
            "LOCATION\t Ostrel \tgeonames:102\tXA\t\tnot-a-number\tOstrell\tcity\t8000\tNorth Reach\tostrel",
            "LOCATION\tPravany Region\tgeonames:103\tXB\t45.0\t30.0\tPravany|Праваны\tregion\t900000\t\tpravany region|pravany\tPravany|Праваны",
            "LOCATION\tKeyless Town\t\tXB\t1.0\t2.0\tKeyless|Ключ\tcity\t\tSouth Reach\t",
            "LOCATION\tArdenia\tgeonames:900\tXA\t\t\t\tcountry\t4100000\t\t",
            "LOCATION\tToo short\tgeonames:104\tXA",
            "");

    private static List<String> rowsOf(java.util.function.Consumer<GeoNamesTable.Rows> reader) {
        List<String> out = new ArrayList<>();
        reader.accept(new GeoNamesTable.Rows() {
            @Override
            public void country(String[] fields) {
                out.add("country " + Arrays.toString(fields));
            }

            @Override
            public void place(KbEntry place, String[] keys, String names, String found) {
                out.add(place + " keys=" + Arrays.toString(keys) + " names=" + names + " found=" + found);
            }
        });
        return out;
    }

    private static List<String> fromText() {
        return rowsOf(rows -> {
            try {
                GeoNamesTable.readText(new BufferedReader(new StringReader(TEXT)), rows);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static byte[] binary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoNamesTable.writeBinary(new BufferedReader(new StringReader(TEXT)), out);
        return out.toByteArray();
    }

    @Test
    void theBinaryCopyGivesTheRowsOfTheText() throws IOException {
        byte[] bytes = binary();
        assertThat(rowsOf(rows -> GeoNamesTable.readBinary(bytes, rows))).isEqualTo(fromText());
    }

    @Test
    void theTextGivesCountriesPlacesAndSkipsCommentsAndShortRows() {
        List<String> rows = fromText();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).contains("name=Velmora", "lat=Optional[12.5]", "lon=Optional[-3.25]",
                "keys=[velmora, velmorra, вельмора]", "aliases=[Velmora]");
        assertThat(rows.get(1)).contains("name=Ostrel", "lat=Optional.empty", "lon=Optional.empty", "keys=[ostrel]");
        assertThat(rows.get(2)).contains("aliases=[Pravany Region, Pravany, Праваны]", "found=Pravany|Праваны");
        assertThat(rows.get(3)).contains("id=place:Keyless Town", "keys=null", "names=Keyless Town|Keyless|Ключ");
        assertThat(rows.get(4)).startsWith("country [LOCATION, Ardenia, geonames:900, XA");
    }

    @Test
    void theSameTextGivesTheSameBytes() throws IOException {
        assertThat(binary()).isEqualTo(binary());
    }

    @Test
    void bytesOfAnotherFormatAreRefused() {
        assertThatThrownBy(() -> GeoNamesTable.readBinary(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedBinaryCopyHoldsTheRowsOfTheShippedText() {
        assertThat(GeoNamesTable.class.getResource(GeoNamesTable.BINARY)).isNotNull();
        List<String> shipped = rowsOf(GeoNamesTable::readShipped);
        List<String> text = rowsOf(rows -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                    GeoNamesTable.class.getResourceAsStream(GeoNamesTable.TEXT)), StandardCharsets.UTF_8))) {
                GeoNamesTable.readText(r, rows);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(shipped.size()).isGreaterThan(20_000);
        assertThat(shipped).isEqualTo(text);
    }
}
