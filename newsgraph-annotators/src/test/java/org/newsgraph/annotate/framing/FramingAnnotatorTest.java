package org.newsgraph.annotate.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Framing;

/** Flagged wording in sentences written for this test, in French, English and Russian. */
class FramingAnnotatorTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static List<Framing> framing(String lang, String text) {
        Doc doc = PIPELINE.run(new Article("t", Optional.empty(), Optional.of("2023-03-10"), Optional.empty(), text,
                Optional.empty(), Optional.empty(), Optional.of(lang)));
        List<Framing> out = doc.expect(Layers.FRAMING);
        for (Framing f : out) assertThat(doc.text().substring(f.start(), f.end())).isEqualTo(f.text());
        return out;
    }

    private static List<Framing> ofKind(List<Framing> all, Framing.Kind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aFrenchLoadedTermCarriesItsReasonAndNeutralAlternative() {
        List<Framing> found = framing("fr", "La police a dispersé les bandits qui bloquaient le pont de Nantes.");
        Framing f = ofKind(found, Framing.Kind.LOADED_TERM).get(0);
        assertThat(f.text()).isEqualTo("bandits");
        assertThat(f.reason()).contains("criminalise");
        assertThat(f.alternative()).hasValueSatisfying(a -> assertThat(a).contains("manifestants"));
        assertThat(f.basis()).contains("lexicon fr/framing-terms.tsv");
    }

    @Test
    void aTermInsideACompoundWordIsNotFlagged() {
        List<Framing> found = framing("fr", "Le parquet anti-terroriste a ouvert une enquête à Lille.");
        assertThat(ofKind(found, Framing.Kind.LOADED_TERM)).isEmpty();
    }

    @Test
    void aSupersededPlaceNameIsFlaggedWithTheCurrentNameAndItsSource() {
        List<Framing> found = framing("fr", "Le train de Frounzé est arrivé à Alma-Ata avec trois heures de retard.");
        List<Framing> names = ofKind(found, Framing.Kind.HISTORICAL_NAME);
        assertThat(names).extracting(Framing::text).contains("Alma-Ata");
        Framing almaAta = names.stream().filter(f -> f.text().equals("Alma-Ata")).findFirst().orElseThrow();
        assertThat(almaAta.alternative()).contains("Almaty");
        assertThat(almaAta.reason()).contains("1993");
        assertThat(almaAta.basis()).contains("en.wikipedia.org/wiki/Almaty");
    }

    @Test
    void anOrdinaryExonymIsNotAHistoricalName() {
        List<Framing> found = framing("fr", "Le ministre s'est rendu à Moscou puis à Londres mardi.");
        assertThat(ofKind(found, Framing.Kind.HISTORICAL_NAME)).isEmpty();
    }

    @Test
    void aFigureWithoutASourceIsFlaggedAndASourcedOneIsNot() {
        List<Framing> found = framing("en", "At least 12 people were killed in the blast. "
                + "According to the health ministry, 30 people were injured.");
        List<Framing> unsourced = ofKind(found, Framing.Kind.UNSOURCED_FIGURE);
        assertThat(unsourced).hasSize(1);
        assertThat(unsourced.get(0).text()).contains("12");
    }

    @Test
    void aDeniedFigureIsNotFlaggedAsUnsourced() {
        List<Framing> found = framing("en", "Nine people were hurt in the fire. "
                + "The port authority denied reports that 40 people had died.");
        List<Framing> unsourced = ofKind(found, Framing.Kind.UNSOURCED_FIGURE);
        assertThat(unsourced).extracting(Framing::text).noneMatch(t -> t.contains("40"));
        assertThat(unsourced).extracting(Framing::text).anyMatch(t -> t.contains("Nine"));
    }

    @Test
    void englishHedgesAndEuphemismsAreFlagged() {
        List<Framing> found = framing("en", "Two men were reportedly detained, and officials said the gunmen were neutralised.");
        assertThat(ofKind(found, Framing.Kind.HEDGE)).extracting(Framing::text).containsExactly("reportedly");
        assertThat(ofKind(found, Framing.Kind.LOADED_TERM)).extracting(Framing::text).containsExactly("neutralised");
    }

    @Test
    void aTermInsideAQuoteCarriesTheSpeaker() {
        List<Framing> found = framing("en", "\"These terrorists wanted to seize the city hall,\" said Mayor John Carver.");
        Framing f = ofKind(found, Framing.Kind.LOADED_TERM).get(0);
        assertThat(f.text()).isEqualTo("terrorists");
        assertThat(f.speaker()).isPresent();
        assertThat(f.speaker().get().text()).hasValueSatisfying(t -> assertThat(t).contains("Carver"));
    }

    @Test
    void russianTermsHedgesAndOldNamesInTheirCaseForms() {
        List<Framing> found = framing("ru", "По неподтвержденным данным, боевики из-за рубежа прибыли в Алма-Ату. "
                + "Власти назвали их террористами.");
        assertThat(ofKind(found, Framing.Kind.HEDGE)).extracting(Framing::text).containsExactly("По неподтвержденным данным");
        assertThat(ofKind(found, Framing.Kind.LOADED_TERM)).extracting(Framing::text)
                .containsExactly("боевики из-за рубежа", "террористами");
        assertThat(ofKind(found, Framing.Kind.HISTORICAL_NAME)).extracting(Framing::alternative)
                .containsExactly(Optional.of("Almaty"));
    }
}
