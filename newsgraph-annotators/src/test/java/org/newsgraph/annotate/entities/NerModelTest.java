package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

class NerModelTest {
    private static final EntityAnnotator ANNOTATOR = EntityDocs.ANNOTATOR;
    private static final int BITS = 14;

    private static Words words(String text) {
        return Words.of(EntityDocs.segmented("en", text, List.of()), ANNOTATOR.lexicons("en"));
    }

    private static int[] features(Words w) {
        return ANNOTATOR.finder().features(w, ANNOTATOR.lexicons("en"), BITS);
    }

    /** A toy language: after "visited" comes a place, after "met" a person, after "joined" an organisation. */
    private static NerModel toyModel() {
        NerTrainer trainer = new NerTrainer(BITS);
        String[][] rows = {
            {"Yesterday we visited Porlock Bay and then met Anna Verl.", "21:32:LOC 46:55:PER"},
            {"They met Olek Danner before they visited Trant.", "9:20:PER 41:46:LOC"},
            {"She joined Varm Industries after she met Ivo Sart.", "11:26:ORG 41:49:PER"},
            {"He visited Elmsworth, then joined Kestrel Group.", "11:20:LOC 34:47:ORG"},
            {"We joined Brill Partners and visited Oskar Fell.", "10:24:ORG 37:47:LOC"},
        };
        for (String[] row : rows) {
            Words w = words(row[0]);
            trainer.add(w, features(w), NerTrainer.labels(w, row[1]));
        }
        return trainer.train(10, new Random(1));
    }

    @Test
    void aTinyTrainedModelLearnsWhichVerbIntroducesWhichType() {
        NerModel model = toyModel();
        Words w = words("Later they visited Quenby and met Tamsin Hale, then joined Orvel Works.");
        int[] tags = model.tag(w, features(w));
        List<int[]> spans = NerSpans.spans(w, tags);
        assertThat(spans).extracting(s -> w.surface(s[0], s[1]) + "/" + NerModel.type(s[2]))
                .containsExactly("Quenby/LOCATION", "Tamsin Hale/PERSON", "Orvel Works/ORGANIZATION");
    }

    @Test
    void aWrittenModelReadsBackAndTagsAlike() throws IOException {
        NerModel model = toyModel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
        Words w = words("Then they met Corin Vale.");
        assertThat(back.tag(w, features(w))).isEqualTo(model.tag(w, features(w)));
    }

    @Test
    void theShippedModelsLoadAndLanguagesWithoutOneHaveNone() {
        for (String lang : List.of("en", "fr", "ru")) assertThat(NerModel.load(lang)).isPresent();
        assertThat(NerModel.load("xx")).isEmpty();
    }

    @Test
    void decodingNeverOpensANameWithAnInsideLabel() {
        Words w = words("Ada Brent spoke. Carl Dunn answered.");
        float[] emit = new float[w.size() * NerModel.LABELS];
        // every word prefers I-PER on its own: the decoder must still start each sentence's name with B-PER
        for (int i = 0; i < w.size(); i++) emit[i * NerModel.LABELS + 2] = 5f;
        int[] out = new int[w.size()];
        NerModel.decode(w, emit, new float[NerModel.LABELS * NerModel.LABELS], new float[NerModel.LABELS], out);
        assertThat(out[0]).isEqualTo(1);
        for (int i = 1; i < out.length; i++) {
            if (!w.sameSentence(i - 1, i)) assertThat(out[i]).isNotEqualTo(2);
            else assertThat(NerModel.allowed(out[i - 1], out[i])).isTrue();
        }
    }

    @Test
    void aRunTakesTheTypeMostOfItsWordsCarry() {
        int[] tags = {0, 3, 2, 2, 0};
        assertThat(NerSpans.type(tags, 1, 3)).isEqualTo(EntityType.PERSON);
        assertThat(NerSpans.type(tags, 0, 0)).isEqualTo(EntityType.OTHER);
    }
}
