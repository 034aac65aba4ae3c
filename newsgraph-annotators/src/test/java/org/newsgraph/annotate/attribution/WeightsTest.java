package org.newsgraph.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;

class WeightsTest {

    @Test
    void anUnknownFeatureFailsTheLoadNamingIt() {
        Lexicon lex = Lexicon.of("weights", List.of(List.of("slot-subject", "1.5"), List.of("loudness", "2")));
        assertThatThrownBy(() -> Weights.read(lex)).hasMessageContaining("loudness");
    }

    @Test
    void aWeightThatIsNotANumberFailsTheLoad() {
        Lexicon lex = Lexicon.of("weights", List.of(List.of("channel", "minus two")));
        assertThatThrownBy(() -> Weights.read(lex)).hasMessageContaining("channel").hasMessageContaining("minus two");
    }

    @Test
    void theShippedWeightsAreFittedAndPutTheSpeakerAboveTheChannel() {
        Weights w = Weights.standard();
        assertThat(w.of(Feature.SLOT_SUBJECT)).isPositive();
        assertThat(w.of(Feature.CHANNEL)).isLessThan(w.of(Feature.SLOT_SUBJECT));
    }
}
