package org.newsgraph.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Reference;

class RankingTest {
    private static final Ranker RANKER = new Ranker(new Weights(Map.of(Feature.SLOT_SUBJECT, 2.0,
            Feature.CHANNEL, -3.0, Feature.PERSON, 1.0)));

    private static Candidate candidate(String text, String entity, EntityType type) {
        Reference r = new Reference(Optional.ofNullable(entity), Optional.of(text), 0, text.length());
        return new Candidate(r, Optional.ofNullable(type), "test", null);
    }

    @Test
    void theSubjectWinsOverTheAddresseeOfTold() {
        Candidate speaker = candidate("Farid Haddad", "e1", EntityType.PERSON).set(Feature.SLOT_SUBJECT, 1);
        Candidate channel = candidate("CNN", "e2", EntityType.ORGANIZATION).set(Feature.CHANNEL, 1);
        Ranking r = RANKER.rank("quote", 0, 10, List.of(channel, speaker));
        assertThat(r.winner()).contains(speaker);
        assertThat(r.margin()).isEqualTo(3.0); // 3 against nobody's 0, since the channel scores below nobody
    }

    @Test
    void nobodyWinsWhenEveryCandidateScoresBelowZero() {
        Candidate channel = candidate("Reuters", null, null).set(Feature.CHANNEL, 1);
        Ranking r = RANKER.rank("figure", 0, 10, List.of(channel));
        assertThat(r.winner()).isEmpty();
        assertThat(r.explain("0123456789")).last().asString().contains("nobody");
    }

    @Test
    void theMarginIsMeasuredAgainstSomeoneElseNotAnotherReadingOfTheSameEntity() {
        Candidate a = candidate("Anna Berg", "e1", EntityType.PERSON).set(Feature.SLOT_SUBJECT, 1);
        Candidate sameEntity = candidate("she", "e1", EntityType.PERSON);
        Candidate other = candidate("Tom Lind", "e2", EntityType.PERSON);
        Ranking r = RANKER.rank("quote", 0, 10, List.of(sameEntity, other, a));
        assertThat(r.winner()).contains(a);
        assertThat(r.margin()).isEqualTo(2.0);
    }

    @Test
    void theScoreIsOneHalfForATieAndNearsOneForAClearWin() {
        Candidate a = candidate("Anna Berg", "e1", EntityType.PERSON).set(Feature.SLOT_SUBJECT, 1);
        Candidate b = candidate("Tom Lind", "e2", EntityType.PERSON).set(Feature.SLOT_SUBJECT, 1);
        assertThat(RANKER.rank("quote", 0, 10, List.of(a, b)).score()).isEqualTo(0.5);
        Candidate c = candidate("Tom Lind", "e2", EntityType.PERSON).set(Feature.CHANNEL, 1);
        assertThat(RANKER.rank("quote", 0, 10, List.of(a, c)).score()).isGreaterThan(0.95).isLessThan(1.0);
    }

    @Test
    void explanationsListFeaturesScoresAndTheDecidingFeature() {
        Candidate speaker = candidate("Farid Haddad", "e1", EntityType.PERSON).set(Feature.SLOT_SUBJECT, 1);
        Candidate channel = candidate("CNN", "e2", EntityType.ORGANIZATION).set(Feature.CHANNEL, 1);
        List<String> lines = RANKER.rank("quote", 0, 10, List.of(channel, speaker)).explain("Farid said it to CNN.");
        assertThat(lines.get(1)).contains("Farid Haddad").contains("slot-subject=1.00");
        assertThat(lines.get(2)).contains("CNN").contains("channel=1.00");
        assertThat(lines.get(3)).contains("winner").contains("mostly by");
    }

    @Test
    void jsonCarriesEveryCandidateWithItsFeatures() {
        Candidate speaker = candidate("Anna \"Berg\"", "e1", EntityType.PERSON).set(Feature.SLOT_SUBJECT, 1);
        String json = RANKER.rank("quote", 0, 10, List.of(speaker)).json();
        assertThat(json).contains("\"target\":\"quote\"").contains("\"entity\":\"e1\"")
                .contains("\"slot-subject\":1.0000").contains("Anna \\\"Berg\\\"");
    }
}
