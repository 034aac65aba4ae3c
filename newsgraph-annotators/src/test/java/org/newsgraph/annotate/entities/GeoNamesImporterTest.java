package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Entity;

class GeoNamesImporterTest {
    private static String row(String id, String name, String alternates, String lat, String lon, String cc, String pop) {
        return String.join("\t", id, name, name, alternates, lat, lon, "P", "PPL", cc, "", "01", "", "", "", pop,
                "", "300", "Asia/Almaty", "2020-01-01");
    }

    @Test
    void importsPlacesWithLatinAndCyrillicNamesOnly(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities.txt");
        Files.writeString(cities, row("111", "Saryagash", "Saryagach,Сарыагаш,サルヤガシュ,SRG", "41.45", "69.17", "KZ", "40000") + "\n");
        GeoNamesImporter.Summary s = GeoNamesImporter.importCities(cities, Optional.empty(), dir.resolve("kb"));
        assertThat(s.places()).isEqualTo(1);
        String written = Files.readString(s.file());
        assertThat(written).contains("Сарыагаш").contains("geonames:111").doesNotContain("サルヤガシュ").doesNotContain("|SRG");
    }

    @Test
    void theLinkerGivesAnImportedTownItsCoordinates(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities.txt");
        Files.writeString(cities, row("222", "Saryagash", "Сарыагаш", "41.45", "69.17", "KZ", "40000") + "\n");
        GeoNamesImporter.importCities(cities, Optional.empty(), dir.resolve("kb"));
        EntityAnnotator withKb = EntityAnnotator.create(Optional.of(dir.resolve("kb")));
        var doc = EntityDocs.segmented("fr", "Des habitants ont manifesté samedi à Saryagash, près de la frontière.", List.of());
        withKb.annotate(doc);
        Entity town = EntityDocs.named(doc.expect(org.newsgraph.core.Layers.ENTITIES), "Saryagash");
        assertThat(town).isNotNull();
        assertThat(town.kb()).contains("geonames:222");
        assertThat(town.lat()).contains(41.45);
        assertThat(town.country()).contains("KZ");
    }

    @Test
    void alternateNamesKeepReadableSpellingsAndDropCodesAndRomanisations() {
        assertThat(GeoNamesImporter.keepAlias("Marrakech")).isTrue();
        assertThat(GeoNamesImporter.keepAlias("Ростов-на-Дону")).isTrue();
        assertThat(GeoNamesImporter.keepAlias("les Escaldes")).isTrue();
        assertThat(GeoNamesImporter.keepAlias("RNS")).isFalse(); // an airport code
        assertThat(GeoNamesImporter.keepAlias("lei en")).isFalse(); // a machine romanisation, in lower case
        assertThat(GeoNamesImporter.keepAlias("レンヌ")).isFalse();
        assertThat(GeoNamesImporter.keepAlias("Zone 4")).isFalse();
    }

    @Test
    void citiesRomanisedFromCyrillicLoseTheirSignMarks() {
        assertThat(GeoNamesImporter.englishName("Perm’", "RU")).isEqualTo("Perm");
        assertThat(GeoNamesImporter.englishName("Mar’’ina Horka", "BY")).isEqualTo("Marina Horka");
        assertThat(GeoNamesImporter.englishName("Ra’s al Khaymah", "AE")).isEqualTo("Ra’s al Khaymah");
    }
}
