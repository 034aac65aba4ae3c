package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;

class FigureAnnotatorTest {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    private static List<Figure> figures(Doc doc) {
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES);
    }

    private static List<Figure> figures(String lang, String text) {
        return figures(Docs.segmented(lang, text));
    }

    private static String source(Figure f) {
        return f.source().flatMap(Reference::text).orElse(null);
    }

    @Test
    void theMeasureWordMayComeAfterTheNounAndTheVerb() {
        List<Figure> fs = figures("fr", "Au total, 312 personnes sont mortes dans les inondations.");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(312);
            assertThat(f.measure()).isEqualTo(Measure.KILLED);
            assertThat(f.text()).isEqualTo("312 personnes sont mortes");
        });
    }

    @Test
    void aRussianVerbBeforeTheNumberGivesTheMeasure() {
        assertThat(figures("ru", "В результате пожара погибли 48 человек."))
                .extracting(Figure::value, Figure::measure).containsExactly(tuple(48.0, Measure.KILLED));
        assertThat(figures("ru", "Полиция задержала не менее 73 человек."))
                .extracting(Figure::value, Figure::measure, Figure::bound)
                .containsExactly(tuple(73.0, Measure.ARRESTED, Optional.of(Figure.Bound.AT_LEAST)));
    }

    @Test
    void eachMeasureComesFromTheLexicons() {
        assertThat(figures("en", "Officials said 14 people were wounded, 9 were detained and 3 remain missing.")
                .stream().map(Figure::measure))
                .containsExactly(Measure.INJURED, Measure.ARRESTED, Measure.MISSING);
        assertThat(figures("en", "Some 800 residents were evacuated and 5,000 protesters marched.")
                .stream().map(Figure::measure))
                .containsExactly(Measure.EVACUATED, Measure.PARTICIPANTS);
        assertThat(figures("ru", "В больницы доставлены 27 потерпевших.")).extracting(Figure::measure)
                .containsExactly(Measure.INJURED);
    }

    @Test
    void aSubsetIsPartOfTheFigureItBreaksDownAndCountsTheSame() {
        List<Figure> fs = figures("fr", "L'explosion a fait 57 morts, dont 6 pompiers et 2 policiers.");
        assertThat(fs).extracting(Figure::value).containsExactly(57.0, 6.0, 2.0);
        assertThat(fs.get(1).partOf()).hasValue(0);
        assertThat(fs.get(2).partOf()).hasValue(0);
        assertThat(fs).extracting(Figure::measure).containsOnly(Measure.KILLED);

        List<Figure> ru = figures("ru", "Пострадали 130 человек, в том числе 12 детей. Из них 40 находятся в больнице.");
        assertThat(ru).extracting(Figure::value).containsExactly(130.0, 12.0, 40.0);
        assertThat(ru.get(1).partOf()).hasValue(0);
        assertThat(ru.get(2).measure()).isEqualTo(Measure.INJURED);

        List<Figure> en = figures("en", "At least 90 people were injured, 31 of them children.");
        assertThat(en.get(1).partOf()).hasValue(0);
        assertThat(en.get(1).measure()).isEqualTo(Measure.INJURED);
    }

    @Test
    void aParentWithoutAMeasureTakesItsSubsets() {
        List<Figure> fs = figures("en", "Floods: 41 people, including three children, killed in the valley");
        assertThat(fs).extracting(Figure::value, Figure::measure).containsExactly(
                tuple(41.0, Measure.KILLED),
                tuple(3.0, Measure.KILLED));
    }

    @Test
    void accordingToNamesTheSourceInEachLanguage() {
        assertThat(figures("fr", "Selon la Croix-Rouge, 230 personnes ont été blessées.")).extracting(FigureAnnotatorTest::source)
                .containsExactly("la Croix-Rouge");
        assertThat(figures("en", "According to the fire brigade, 17 people died.")).extracting(FigureAnnotatorTest::source)
                .containsExactly("the fire brigade");
        assertThat(figures("ru", "По данным спасателей, погибли 17 человек.")).extracting(FigureAnnotatorTest::source)
                .containsExactly("спасателей");
    }

    @Test
    void theSubjectOfAVerbOfSayingIsTheSourceBeforeOrAfterTheVerb() {
        assertThat(figures("fr", "Le maire de Lyon a déclaré que 12 personnes avaient été hospitalisées."))
                .extracting(FigureAnnotatorTest::source).containsExactly("Le maire de Lyon");
        assertThat(figures("fr", "Au moins 8 personnes ont été tuées, a annoncé la préfecture."))
                .extracting(FigureAnnotatorTest::source).containsExactly("la préfecture");
        assertThat(figures("ru", "В давке пострадали 25 человек, сообщил губернатор Иван Петров."))
                .extracting(FigureAnnotatorTest::source).containsExactly("губернатор Иван Петров");
        assertThat(figures("en", "Police chief Anna Berg said 60 people were arrested."))
                .extracting(FigureAnnotatorTest::source).containsExactly("Police chief Anna Berg");
    }

    @Test
    void aPronounSubjectStandsForTheLastNamedSource() {
        List<Figure> fs = figures("en", "Mayor Tom Reed said the river was still rising. More than 200 people were evacuated, he said.");
        assertThat(fs).extracting(FigureAnnotatorTest::source).containsExactly("Mayor Tom Reed");
    }

    @Test
    void theNextSentenceMayNameTheSource() {
        List<Figure> fs = figures("ru", "На трассе пострадали 19 человек. Об этом сообщил представитель ГИБДД Олег Смирнов.");
        assertThat(fs).extracting(FigureAnnotatorTest::source).containsExactly("представитель ГИБДД Олег Смирнов");
    }

    @Test
    void aFigureInsideAQuoteComesFromTheSpeaker() {
        List<Figure> fs = figures("en", "\"We have found 14 bodies so far,\" Captain Lee Park told reporters.");
        assertThat(fs).extracting(Figure::measure, FigureAnnotatorTest::source)
                .containsExactly(tuple(Measure.KILLED, "Captain Lee Park"));
    }

    @Test
    void layersOfOtherAnnotatorsAreUsedWhenPresent() {
        String text = "Le ministre Paul Durand a parlé. « Nous comptons 40 blessés », a-t-il dit. Selon l'OMS, 90 personnes sont mortes.";
        Doc doc = Docs.segmented("fr", text);
        int quoteStart = text.indexOf('«');
        Reference durand = new Reference(Optional.of("e1"), Optional.of("Paul Durand"), text.indexOf("Paul"),
                text.indexOf("Paul") + 11);
        doc.put(Layers.QUOTES, List.of(new Quote("Nous comptons 40 blessés", quoteStart, text.indexOf('»') + 1, true,
                Optional.of(durand))));
        int oms = text.indexOf("OMS");
        doc.put(Layers.ATTRIBUTIONS, List.of(new Attribution(Reference.ofText("l'OMS", oms - 2, oms + 3),
                text.indexOf("Selon"), text.length())));
        List<Figure> fs = figures(doc);
        assertThat(fs).extracting(Figure::value).containsExactly(40.0, 90.0);
        assertThat(fs.get(0).source()).hasValueSatisfying(r -> {
            assertThat(r.entity()).isEqualTo(durand.entity());
            assertThat(r.text()).isEqualTo(durand.text());
            assertThat(r.score()).isPresent(); // the ranking's margin
        });
        assertThat(source(fs.get(1))).isEqualTo("l'OMS");
    }

    @Test
    void anEntityCoveringTheSourceBecomesTheReference() {
        String text = "Selon le ministère de la Santé, 70 personnes ont été blessées.";
        Doc doc = Docs.segmented("fr", text);
        int m = text.indexOf("ministère");
        doc.put(Layers.ENTITIES, List.of(new Entity("e3", EntityType.ORGANIZATION, "Ministry of Health",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Mention("ministère de la Santé", m, m + 21, Mention.Kind.NAME)))));
        Figure f = figures(doc).get(0);
        assertThat(f.source()).hasValueSatisfying(r -> {
            assertThat(r.entity()).contains("e3");
            assertThat(r.text()).contains("ministère de la Santé");
        });
    }

    @Test
    void aBodyNamedByItsParentOrganisationIsNotThatOrganisation() {
        String text = "At least 900 people were displaced, the Northland refugee agency told reporters.";
        Doc doc = Docs.segmented("en", text);
        int m = text.indexOf("Northland");
        doc.put(Layers.ENTITIES, List.of(new Entity("e1", EntityType.ORGANIZATION, "Northland", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Mention("Northland", m, m + 9, Mention.Kind.NAME)))));
        assertThat(figures(doc)).singleElement().satisfies(f -> {
            assertThat(f.source().flatMap(Reference::entity)).isEmpty();
            assertThat(f.source().flatMap(Reference::text)).contains("the Northland refugee agency");
        });
    }

    @Test
    void theHealthMinistryPutTheNumberOfInjuredAt() {
        assertThat(figures("en", "The health ministry put the number of injured at 6,500.")).singleElement()
                .satisfies(f -> assertThat(source(f)).isEqualTo("The health ministry"));
    }

    @Test
    void datesTimesYearsNamesOrdinalsAndPhoneNumbersAreNotFigures() {
        assertThat(figures("fr", "La chaîne Canal 24 diffusera le 19 janvier 2022 à 20h00 le 3e débat sur les 500 blessés."))
                .extracting(Figure::value).containsExactly(500.0);
        assertThat(figures("en", "Call 0612 345 678 before Jan. 13, 2022 for the 2nd time; in 2021 people died."))
                .isEmpty();
        assertThat(figures("ru", "Судьба 12-летнего мальчика неизвестна, 5 января прошли поиски, погибли люди.")).isEmpty();
    }

    @Test
    void vagueQuantitiesAreNotFigures() {
        assertThat(figures("fr", "Des dizaines de personnes ont été tuées et des centaines blessées.")).isEmpty();
        assertThat(figures("en", "Dozens were killed and hundreds injured.")).isEmpty();
        assertThat(figures("ru", "Погибли десятки человек, сотни ранены.")).isEmpty();
    }

    @Test
    void aRepeatedFigureIsReportedOnceWithTheBestNamedSource() {
        List<Figure> fs = figures("en", "Storm kills 35\n\nThirty-five people died in the storm, the Red Cross said.");
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(35);
            assertThat(source(f)).isEqualTo("the Red Cross");
        });
    }

    @Test
    void boilerplateYieldsNothing() {
        String text = "Le séisme a fait 80 morts.\n\nRejoignez 5000 abonnés blessés de rire sur notre chaîne.";
        Doc doc = Docs.segmented("fr", text);
        doc.put(Layers.BOILERPLATE, List.of(new Span(text.indexOf("Rejoignez"), text.length(), "footer")));
        assertThat(figures(doc)).extracting(Figure::value).containsExactly(80.0);
    }

    @Test
    void aLanguageWithoutAPackYieldsNoFigures() {
        assertThat(figures("zz", "40 killed")).isEmpty();
    }

    @Test
    void spansPointAtTheirText() {
        String text = "Selon la police, environ 1 500 manifestants ont été interpellés samedi.";
        Doc doc = Docs.segmented("fr", text);
        Figure f = figures(doc).get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        assertThat(f.value()).isEqualTo(1500);
        assertThat(f.measure()).isEqualTo(Measure.ARRESTED);
        assertThat(f.approximate()).isTrue();
        assertThat(f.partOf()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aVerbRightBeforeTheNumberBeatsALaterMeasure() {
        assertThat(figures("en", "Gunmen killed four guards and wounded nine others.")).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(4.0, Measure.KILLED),
                        tuple(9.0, Measure.INJURED));
    }

    @Test
    void noOneAndOneOfAreNotCounts() {
        assertThat(figures("en", "No one was hurt, and one of the protesters was later freed.")).isEmpty();
        assertThat(figures("ru", "Один из пострадавших рассказал о пожаре.")).isEmpty();
    }

    @Test
    void aSubjectHoldingTheFigureIsNotItsSource() {
        assertThat(figures("en", "At least 30 people were reported killed in the blast.")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEmpty());
    }

    @Test
    void anInvertedObjectIsNotASource() {
        assertThat(figures("fr", "Le chef, accusé du meurtre de 12 personnes, a été jugé.")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEmpty());
    }

    @Test
    void aGappedClauseCreditsItsOwnSubject() {
        List<Figure> fs = figures("ru", "Полиция Лиона сообщила о 12 жертвах, полиция Ниццы - еще о 7 погибших.");
        assertThat(fs).extracting(FigureAnnotatorTest::source).containsExactly("Полиция Лиона", "полиция Ниццы");
    }

    @Test
    void aHeadlineMayEndWithItsSource() {
        assertThat(figures("en", "Quake leaves 60 dead: Red Cross")).extracting(FigureAnnotatorTest::source)
                .containsExactly("Red Cross");
    }

    @Test
    void aTollNounCountsANumberSeveralWordsLater() {
        assertThat(figures("en", "The death toll from the landslide rose to 83 on Friday.")).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(83.0, Measure.KILLED));
        assertThat(figures("ru", "Число погибших при пожаре в торговом центре выросло до 64.")).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(64.0, Measure.KILLED));
    }

    @Test
    void aSubsetWithAnotherMeasureIsNotPartOfIt() {
        List<Figure> fs = figures("fr", "L'accident a fait quatre morts, dont deux enfants, et neuf blessés.");
        assertThat(fs).extracting(Figure::value).containsExactly(4.0, 2.0, 9.0);
        assertThat(fs.get(1).partOf()).hasValue(0);
        assertThat(fs.get(2).partOf()).isEmpty();
    }

    @Test
    void digitsHyphenatedToAWordAreAName() {
        assertThat(figures("en", "COVID-19 killed 3 people in the town.")).extracting(Figure::value).containsExactly(3.0);
    }

    @Test
    void aTitleCaseHeadlineStillHasItsFigure() {
        assertThat(figures("en", "Report Says 45 Died In Mine Blast")).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(45.0, Measure.KILLED));
    }

    @Test
    void aDatelineIsNotPartOfTheSource() {
        assertThat(figures("en", "LIMA – Health minister Rosa Diaz said 18 people were injured."))
                .extracting(FigureAnnotatorTest::source).containsExactly("Health minister Rosa Diaz");
    }

    @Test
    void woundsAreNotPeople() {
        assertThat(figures("ru", "Водитель получил три огнестрельных ранения.")).isEmpty();
        assertThat(figures("ru", "Четыре человека получили ранения.")).extracting(Figure::measure)
                .containsExactly(Measure.INJURED);
    }

    @Test
    void aVerbBeforeTheNumberBeatsAMeasureAfterAConjunction() {
        assertThat(figures("ru", "Погиб один и ранены трое военных.")).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(1.0, Measure.KILLED), tuple(3.0, Measure.INJURED));
    }

    @Test
    void aCountNamedAfterAccordingToIsNotASource() {
        assertThat(figures("fr", "Selon un nouveau bilan, 96 personnes sont mortes.")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEmpty());
        assertThat(figures("fr", "Selon le bilan du ministère de l'Intérieur, 96 personnes sont mortes."))
                .extracting(FigureAnnotatorTest::source).containsExactly("ministère de l'Intérieur");
    }

    @Test
    void aRoleMentionOfAPersonBecomesThatPerson() {
        String text = "Le président a affirmé que 5 000 émeutiers avaient été arrêtés.";
        Doc doc = Docs.segmented("fr", text);
        doc.put(Layers.ENTITIES, List.of(new Entity("e1", EntityType.PERSON, "Jean Martin", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Mention("Le président", 0, 12, Mention.Kind.ROLE)))));
        assertThat(figures(doc)).singleElement().satisfies(f -> {
            assertThat(f.measure()).isEqualTo(Measure.ARRESTED);
            assertThat(f.source().flatMap(Reference::entity)).contains("e1");
        });
    }

    @Test
    void aRangeOfYearsIsNotAFigure() {
        assertThat(figures("en", "Officials counted 14 deaths between 2009 and 2018.")).extracting(Figure::value)
                .containsExactly(14.0);
    }

    @Test
    void aSubjectWithACountIsNotASource() {
        assertThat(figures("en", "From 2010 to 2015 there were 900 cases reported, including 60 deaths."))
                .singleElement().satisfies(f -> assertThat(f.source()).isEmpty());
    }
}
