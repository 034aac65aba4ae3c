package org.newsgraph.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The one registry of formats: every format writes one and several analyses; names are found in any case. */
class AnalysisFormatsTest {

    @Test
    void everyFormatWritesOneAndSeveralAnalyses() throws Exception {
        for (AnalysisFormat f : AnalysisFormats.all()) {
            for (boolean several : new boolean[] {false, true}) {
                StringWriter w = new StringWriter();
                try (AnalysisSink sink = f.open(w, WriteOptions.PLAIN.several(several))) {
                    sink.write(SampleAnalyses.floods());
                    if (several) sink.write(SampleAnalyses.floods());
                }
                assertThat(w.toString()).as(f.name()).contains("floods-frunze").endsWith("\n");
            }
            assertThat(f.description()).isNotBlank();
            assertThat(f.fileName()).isNotBlank();
        }
    }

    @Test
    void namesAreUniqueAndFoundInAnyCase() {
        assertThat(AnalysisFormats.names()).doesNotHaveDuplicates().contains("text", "json", "jsonl", "gkg", "webanno", "csv");
        assertThat(AnalysisFormats.find("GKG")).isPresent();
        assertThatThrownBy(() -> AnalysisFormats.expect("xml")).hasMessageContaining("use one of");
    }

    @Test
    void severalJsonAnalysesAreOneArray() throws Exception {
        StringWriter w = new StringWriter();
        try (AnalysisSink sink = AnalysisFormats.expect("json").open(w, WriteOptions.PLAIN.several(true))) {
            sink.write(SampleAnalyses.floods());
            sink.write(SampleAnalyses.floods());
        }
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toString()).size()).isEqualTo(2);
    }
}
