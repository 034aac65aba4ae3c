package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Reference;

/** A figure the text reports only to deny it is marked denied, with its denier, who is never its source. */
class DeniedFigureTest {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    private static List<Figure> figures(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES);
    }

    private static String denier(Figure f) {
        return f.denial().flatMap(Figure.Denial::by).flatMap(Reference::text).orElse(null);
    }

    @Test
    void theSubjectOfADenialIsTheDenierNotTheSource() {
        assertThat(figures("en", "The transport ministry denied reports that 85 passengers had died in the crash."))
                .singleElement().satisfies(f -> {
                    assertThat(f.value()).isEqualTo(85);
                    assertThat(f.denied()).isTrue();
                    assertThat(denier(f)).isEqualTo("The transport ministry");
                    assertThat(f.source()).isEmpty();
                });
        assertThat(figures("fr", "La préfecture a démenti les rumeurs faisant état de 40 blessés dans la nuit."))
                .singleElement().satisfies(f -> {
                    assertThat(f.denied()).isTrue();
                    assertThat(denier(f)).isEqualTo("La préfecture");
                    assertThat(f.source()).isEmpty();
                });
        assertThat(figures("ru", "Городская администрация выступила с опровержением слухов о том, что погибли 12 человек."))
                .singleElement().satisfies(f -> {
                    assertThat(f.denied()).isTrue();
                    assertThat(denier(f)).isEqualTo("Городская администрация");
                });
        assertThat(figures("ru", "Полиция опровергла сведения о 30 задержанных.")).singleElement()
                .satisfies(f -> assertThat(denier(f)).isEqualTo("Полиция"));
    }

    @Test
    void aFigureSaidAfterTheDenialByAnotherSpeakerIsNotDenied() {
        List<Figure> fs = figures("en", "The army denied the accusations, and the hospital said 14 people were wounded.");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.denied()).isFalse();
            assertThat(f.source().flatMap(Reference::text)).hasValue("the hospital");
        });
    }

    @Test
    void figuresReportedWithoutDenialHaveNoStatus() {
        assertThat(figures("fr", "Selon la préfecture, 40 personnes ont été blessées."))
                .singleElement().satisfies(f -> assertThat(f.denial()).isEmpty());
    }

    @Test
    void aReportedFigureDeniedLaterStaysOneFigureMarkedDenied() {
        List<Figure> fs = figures("en", "Local media said 160 people had died. "
                + "The health ministry later denied reports that 160 people had died.");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.denied()).isTrue();
            assertThat(f.source().flatMap(Reference::text)).hasValue("Local media");
            assertThat(denier(f)).isEqualTo("The health ministry");
        });
    }

    @Test
    void reportsAccordingToWhichAFigureIsGivenCreditNobody() {
        assertThat(figures("fr", "Le ministère a démenti mardi les informations selon lesquelles 160 personnes seraient mortes."))
                .singleElement().satisfies(f -> {
                    assertThat(f.denied()).isTrue();
                    assertThat(f.source()).isEmpty();
                });
        assertThat(figures("en", "The army dismissed the rumours according to which 70 soldiers had been captured."))
                .singleElement().satisfies(f -> assertThat(f.source()).isEmpty());
    }

    @Test
    void aDenialAfterAFigureNobodySaysMarksItDenied() {
        assertThat(figures("ru", "Местные СМИ распространили сообщения, согласно которым погибли 160 человек, "
                + "однако в министерстве их опровергли.")).singleElement().satisfies(f -> {
                    assertThat(f.denied()).isTrue();
                    assertThat(f.source()).isEmpty();
                });
        // said before the figure: the figure is the speaker's, and the later denial is about something else
        assertThat(figures("en", "Police said 40 people were arrested overnight, and denied that anyone was hurt."))
                .singleElement().satisfies(f -> {
                    assertThat(f.denied()).isFalse();
                    assertThat(f.source().flatMap(Reference::text)).hasValue("Police");
                });
    }

    @Test
    void aDeniedFigureTakesNoSpeakerOfAnotherSentence() {
        var doc = org.newsgraph.annotate.StandardPipeline.create().run(new org.newsgraph.core.Article("t",
                java.util.Optional.empty(), java.util.Optional.of("2031-03-02"), java.util.Optional.empty(),
                "Trois personnes sont toujours portées disparues, a indiqué le maire. Une trentaine de maisons ont été "
                        + "inondées. Les écoles resteront fermées lundi. Le ministère a démenti mardi les informations "
                        + "selon lesquelles 160 personnes seraient mortes.",
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("fr")));
        assertThat(doc.expect(Layers.FIGURES)).filteredOn(f -> f.value() == 160).singleElement().satisfies(f -> {
            assertThat(f.denied()).isTrue();
            assertThat(f.source()).isEmpty();
        });
    }
}
