package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The places of the GeoNames table looked up in place give what the KB's maps of the same rows give. */
class PlaceIndexTest {
    private static final String HEAD = "# type\tname\tid\tcountry\tlat\tlon\taliases\tkind\trank\tregion\tkeys\tfound\n";

    private static byte[] binary(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoNamesTable.writeBinary(new BufferedReader(new StringReader(HEAD + text)), out);
        return out.toByteArray();
    }

    private static String place(String name, int id, long rank, String keys) {
        return "LOCATION\t" + name + "\tgeonames:" + id + "\tXA\t1.5\t2.5\t\tcity\t" + rank + "\tNorth Reach\t" + keys + "\n";
    }

    @Test
    void aKeyGivesItsNamesakesMostPopulousFirst() throws IOException {
        PlaceIndex index = PlaceIndex.of(binary(place("Marvel", 1, 300, "marvel")
                + place("Marvel Heights", 2, 9000, "marvel heights|marvel")
                + place("Тарвель", 3, 50, "тарвель|tarvel")));
        assertThat(index.placeCount()).isEqualTo(3);
        assertThat(index.namesakes("marvel")).extracting(KbEntry::name).containsExactly("Marvel Heights", "Marvel");
        assertThat(index.mostPopulous("marvel").name()).isEqualTo("Marvel Heights");
        assertThat(index.mostPopulous("тарвель").name()).isEqualTo("Тарвель");
        assertThat(index.names("tarvel")).isTrue();
        assertThat(index.names("marve")).isFalse();
        assertThat(index.namesakes("marvels")).isNull();
        assertThat(index.mostPopulous("тарвел")).isNull();
        assertThat(index.startsName("marvel")).isTrue();
        assertThat(index.startsName("heights")).isFalse();
    }

    @Test
    void aPlaceFoundTwiceIsOneObject() throws IOException {
        PlaceIndex index = PlaceIndex.of(binary(place("Ostrava Nova", 4, 100, "ostrava nova|nova ostrava")));
        assertThat(index.mostPopulous("nova ostrava")).isSameAs(index.mostPopulous("ostrava nova"));
    }

    @Test
    void aKeyKeepsItsEightMostPopulousNamesakes() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 11; i++) rows.append(place("Lindor " + i, 10 + i, i * 100L, "lindor"));
        KbEntry[] namesakes = PlaceIndex.of(binary(rows.toString())).namesakes("lindor");
        assertThat(namesakes).extracting(KbEntry::rank).containsExactly(1100L, 1000L, 900L, 800L, 700L, 600L, 500L, 400L);
    }

    @Test
    void countriesAndPlacesFoundWithoutACueAreGivenInTheTablesOrder() throws IOException {
        PlaceIndex index = PlaceIndex.of(binary(
                "LOCATION\tArdenia\tgeonames:900\tXA\t\t\t\tcountry\t4100000\t\t\n"
                        + "LOCATION\tPravany Region\tgeonames:103\tXB\t45.0\t30.0\tPravany\tregion\t900000\t\tpravany region|pravany\tPravany\n"
                        + place("Velmora", 5, 52000, "velmora")));
        List<String> countries = new ArrayList<>();
        index.countries(f -> countries.add(f[1] + " " + f[3]));
        assertThat(countries).containsExactly("Ardenia XA");
        List<String> found = new ArrayList<>();
        index.foundPlaces((e, names) -> found.add(e.name() + " " + e.aliases() + " " + names));
        assertThat(found).containsExactly("Pravany Region [Pravany Region, Pravany] Pravany");
        assertThat(index.mostPopulous("pravany")).isSameAs(index.mostPopulous("pravany region"));
    }

    @Test
    void rowsWhoseKeysDependOnTheInstalledLanguagesGetNoIndex() throws IOException {
        // a Cyrillic alias without precomputed keys: its keys fold the endings of the packs installed at run time
        byte[] table = binary("LOCATION\tKeyless Town\t\tXB\t1.0\t2.0\tKeyless|Ключ\tcity\t\tSouth Reach\t\n");
        assertThat(PlaceIndex.of(table)).isNull();
        List<String> rows = new ArrayList<>();
        GeoNamesTable.readBinary(table, new GeoNamesTable.Rows() {
            @Override
            public void country(String[] fields) {
            }

            @Override
            public void place(KbEntry place, String[] keys, String names, String found) {
                rows.add(place.name() + " " + names);
            }
        });
        assertThat(rows).containsExactly("Keyless Town Keyless Town|Keyless|Ключ");
    }

    @Test
    void theShippedTableAnswersAsTheMapsOfItsRows() {
        List<EndingFolder> folders = EntityAnnotator.endingFolders();
        KnowledgeBase maps = KnowledgeBase.load(Optional.empty(), folders, false);
        KnowledgeBase inPlace = KnowledgeBase.load(Optional.empty(), folders, true);
        assertThat(maps.placeKeys()).hasSizeGreaterThan(50_000);
        assertThat(inPlace.placeKeys()).isEmpty();
        assertThat(inPlace.size()).isEqualTo(maps.size());
        for (String key : maps.placeKeys()) {
            assertThat(inPlace.places(key)).as(key).isEqualTo(maps.places(key));
            assertThat(inPlace.typesOf(key)).as(key).isEqualTo(maps.typesOf(key));
            int space = key.indexOf(' ');
            String first = space > 0 ? key.substring(0, space) : key;
            assertThat(inPlace.startsPlaceName(first)).as(first).isEqualTo(maps.startsPlaceName(first));
            assertThat(inPlace.places(key + "x")).isEqualTo(maps.places(key + "x"));
        }
        // the places found without a cue are indexed with the hand rows in both
        for (String key : maps.placeKeys()) {
            assertThat(inPlace.lookup(key)).as(key).hasSameSizeAs(maps.lookup(key));
        }
    }
}
