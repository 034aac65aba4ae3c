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
        String[] verbs = {"visited", "met", "joined"};
        String[] types = {"LOC", "PER", "ORG"};
        String[] names = {"Porlock Bay", "Anna Verl", "Varm Industries", "Trant", "Olek Danner", "Kestrel Group",
            "Elmsworth", "Ivo Sart", "Brill Partners", "Oskar Fell", "Dane Moor", "Lisbet Oyle"};
        int k = 0;
        for (int round = 0; round < 4; round++) {
            for (int a = 0; a < 3; a++) {
                int b = (a + 1 + round % 2) % 3;
                String first = names[k++ % names.length];
                String second = names[(k * 5) % names.length];
                String text = "Yesterday we " + verbs[a] + " " + first + " and then " + verbs[b] + " " + second + ".";
                int s1 = text.indexOf(first);
                int s2 = text.lastIndexOf(second);
                String spans = s1 + ":" + (s1 + first.length()) + ":" + types[a] + " "
                        + s2 + ":" + (s2 + second.length()) + ":" + types[b];
                Words w = words(text);
                trainer.add(w, features(w), NerTrainer.labels(w, spans));
            }
        }
        return trainer.train(10, new Random(1));
    }

    @Test
    void aTinyTrainedModelLearnsWhichVerbIntroducesWhichType() {
        NerModel model = toyModel();
        Words w = words("Later they visited Quenby and then met Tamsin Hale and then joined Orvel Works.");
        int[] tags = model.tag(w, features(w), NerFeatures.active(w));
        List<int[]> spans = NerSpans.spans(w, tags);
        assertThat(spans).extracting(s -> w.surface(s[0], s[1]) + "/" + NerModel.type(s[2]))
                .containsExactly("Quenby/LOCATION", "Tamsin Hale/PERSON", "Orvel Works/ORGANIZATION");
    }

    @Test
    void theHeldOutCurveScoresEachEpochOnDocumentsLeftOutOfTraining() {
        NerTrainer trainer = new NerTrainer(BITS);
        String[] people = {"Anna Verl", "Olek Danner", "Ivo Sart", "Oskar Fell", "Lisbet Oyle", "Corin Vale",
            "Tamsin Hale", "Bram Ostley", "Edda Moll", "Piet Carn"};
        for (String person : people) {
            String text = "Yesterday we met " + person + " at noon.";
            int s = text.indexOf(person);
            Words w = words(text);
            trainer.add(w, features(w), NerTrainer.labels(w, s + ":" + (s + person.length()) + ":PER"));
        }
        List<double[]> curve = trainer.heldOutCurve(3, new Random(1));
        assertThat(curve).extracting(r -> (int) r[0]).containsExactly(1, 2, 3);
        assertThat(curve.get(2)[3]).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aWrittenModelReadsBackAndTagsAlike() throws IOException {
        NerModel model = toyModel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
        Words w = words("Then they met Corin Vale.");
        assertThat(back.tag(w, features(w), NerFeatures.active(w))).isEqualTo(model.tag(w, features(w), NerFeatures.active(w)));
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
    void wordsFarFromAnyCapitalAreNotLookedAt() {
        Words w = words("Ada Brent said that the river rose over the old stone wall in the night.");
        boolean[] active = NerFeatures.active(w);
        assertThat(active[0]).isTrue();
        assertThat(active[3]).isTrue(); // two words after "Brent"
        assertThat(active[4]).isFalse();
        assertThat(active[w.size() - 2]).isFalse();
    }

    @Test
    void aRunTakesTheTypeMostOfItsWordsCarry() {
        int[] tags = {0, 3, 2, 2, 0};
        assertThat(NerSpans.type(tags, 1, 3)).isEqualTo(EntityType.PERSON);
        assertThat(NerSpans.type(tags, 0, 0)).isEqualTo(EntityType.OTHER);
    }
}
