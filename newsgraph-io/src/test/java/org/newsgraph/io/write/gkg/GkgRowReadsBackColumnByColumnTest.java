package org.newsgraph.io.write.gkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.write.SampleAnalyses;

/** A GKG row split as a GKG reader splits it (tabs, then each column's own separators) gives back the analysis. */
class GkgRowReadsBackColumnByColumnTest {
    private final Analysis a = SampleAnalyses.floods();
    private final Map<String, String> row = columns(GkgRow.of(a));

    private static Map<String, String> columns(String line) {
        assertThat(line).doesNotContain("\n");
        String[] fields = line.split("\t", -1);
        assertThat(fields).hasSize(GkgColumns.all().size());
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < fields.length; i++) out.put(GkgColumns.all().get(i), fields[i]);
        return out;
    }

    @Test
    void identityDateAndSource() {
        assertThat(row.get("GKGRECORDID")).isEqualTo("20240313000000-floods-frunze");
        assertThat(row.get("DATE")).isEqualTo("20240313000000");
        assertThat(row.get("SourceCollectionIdentifier")).isEqualTo("1");
        assertThat(row.get("SourceCommonName")).isEqualTo("steppe-courier.example");
        assertThat(row.get("DocumentIdentifier")).isEqualTo("https://steppe-courier.example/floods");
    }

    @Test
    void countsCarryTypeNumberObjectLocationOffsetAndTheExtensionTheirSource() {
        List<String> counts = List.of(row.get("V2Counts").split(";"));
        assertThat(counts).hasSize(2);
        String[] killed = counts.get(0).split("#", -1);
        assertThat(killed).hasSize(11);
        assertThat(killed[0]).isEqualTo("KILL");
        assertThat(killed[1]).isEqualTo("12");
        assertThat(killed[2]).isEqualTo("killed");
        assertThat(killed[3]).isEqualTo("4");
        assertThat(killed[4]).isEqualTo("Bishkek, Kyrgyzstan");
        assertThat(killed[5]).as("FIPS 10-4 country code").isEqualTo("KG");
        assertThat(killed[10]).isEqualTo(String.valueOf(a.figures().get(0).start()));
        assertThat(counts.get(1)).startsWith("EVACUATION#300#evacuated#");
        assertThat(row.get("Counts").split(";")[0].split("#", -1)).hasSize(10);
        assertThat(row.get("NewsgraphCountSources").split(";"))
                .containsExactly("KILL#12#" + a.figures().get(0).start() + "#Ministry of Emergency Situations",
                        "EVACUATION#300#" + a.figures().get(1).start() + "#");
    }

    @Test
    void locationsGiveCoordinatesFipsCodesAndOneEntryPerMention() {
        assertThat(row.get("Locations").split(";")).contains("4#Bishkek, Kyrgyzstan#KG#KG#42.8700#74.5900#wikidata:Q9361",
                "1#Kyrgyzstan#KG#KG###KG");
        List<String> enhanced = List.of(row.get("V2Locations").split(";"));
        assertThat(enhanced).hasSize(3);
        String[] first = enhanced.get(0).split("#", -1);
        assertThat(first).hasSize(9);
        assertThat(first[8]).isEqualTo(String.valueOf(a.entities().get(0).mentions().get(0).start()));
    }

    @Test
    void personsOrganisationsAndNamesWithOffsets() {
        assertThat(row.get("Persons")).isEqualTo("Aibek Toktorov");
        assertThat(row.get("V2Persons")).isEqualTo("Aibek Toktorov," + SampleAnalyses.TEXT.indexOf("Aibek"));
        assertThat(row.get("Organizations")).isEqualTo("Ministry of Emergency Situations");
        assertThat(row.get("V2Organizations")).as("role mentions are not names").isEmpty();
        assertThat(row.get("AllNames").split(";")).contains("Frunze," + SampleAnalyses.TEXT.indexOf("Frunze"));
    }

    @Test
    void datesQuotationsAmountsThemesAndTitle() {
        assertThat(row.get("Dates")).isEqualTo("4#3#12#2024#" + SampleAnalyses.TEXT.indexOf("12 March"));
        String[] quote = row.get("Quotations").split("\\|", -1);
        assertThat(quote).hasSize(4);
        assertThat(quote[0]).isEqualTo(String.valueOf(a.quotes().get(0).start()));
        assertThat(quote[1]).isEqualTo(String.valueOf(a.quotes().get(0).text().length()));
        assertThat(quote[2]).as("the speaker, in the verb field").isEqualTo("Aibek Toktorov");
        assertThat(quote[3]).isEqualTo(a.quotes().get(0).text());
        assertThat(row.get("Amounts")).isEqualTo("12,killed," + a.figures().get(0).start() + ";300,evacuated,"
                + a.figures().get(1).start());
        assertThat(row.get("Themes")).isEqualTo("FLOOD");
        assertThat(row.get("V2Themes")).isEqualTo("FLOOD," + SampleAnalyses.TEXT.indexOf("floods"));
        assertThat(row.get("GCAM")).matches("wc:\\d+");
        assertThat(row.get("TranslationInfo")).isEmpty();
        assertThat(row.get("Extras")).isEqualTo("<PAGE_TITLE>Floods hit Frunze 🌊</PAGE_TITLE>");
    }

    @Test
    void separatorsInsideValuesNeverSplitAField() {
        assertThat(GkgRow.clean("a\tb\nc#d;e", "#;")).isEqualTo("a b c d e");
    }
}
