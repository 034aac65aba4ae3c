package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Reference;

/**
 * Typical wire phrasing of every scored measure in each language, with the source before, after or around the
 * figure. Each case is {@code lang | text | expected}, the expected figures separated by ";" as
 * {@code value measure [<parent value] [@source|@-]}: "@-" asks for no source, no "@" leaves the source unchecked.
 * Figures counting anything else (measure other) are ignored.
 */
class WirePhrasingTest {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    static Stream<String> cases() {
        return Stream.of(
                // English
                "en | At least 23 people were killed and 71 injured when a bomb went off at a bus station, police said."
                        + " | 23 killed @police; 71 injured @police",
                "en | The death toll from the earthquake has risen to 1,342, the health ministry said on Monday."
                        + " | 1342 killed @health ministry",
                "en | Rescuers pulled 17 bodies from the rubble overnight. | 17 killed",
                "en | Two police officers died of their wounds in hospital. | 2 killed",
                "en | Nearly 400 people were hurt in the clashes, according to the Red Crescent."
                        + " | 400 injured @Red Crescent",
                "en | Doctors said 58 people had been hospitalised with burns. | 58 injured @Doctors",
                "en | Police arrested 112 people overnight, a spokeswoman said. | 112 arrested",
                "en | More than 3,000 demonstrators were detained across the country, a rights group reported."
                        + " | 3000 arrested @rights group",
                "en | Six suspects are being held in custody. | 6 arrested",
                "en | Between 5,000 and 8,000 people gathered in the main square on Sunday. | 5000 participants",
                "en | Some 15,000 people marched through the capital, organisers said. | 15000 participants @organisers",
                "en | About 2,500 people protested outside the embassy. | 2500 participants",
                "en | Around 40,000 took part in the rally, police estimated. | 40000 participants",
                "en | Up to 9,000 people rallied against the new law. | 9000 participants",
                "en | Tens of thousands of people rallied in the city centre. | ",
                "en | Eleven people are still missing after the landslide. | 11 missing",
                "en | Nine crew members remain missing, the coast guard said. | 9 missing @coast guard",
                "en | Three people were killed and 12 others remain missing. | 3 killed; 12 missing",
                "en | The floods have left more than 20,000 people homeless. | 20000 displaced",
                "en | Some 300,000 people have fled their homes since the fighting began, the UN refugee agency said."
                        + " | 300000 displaced @UN refugee agency",
                "en | Authorities evacuated 4,200 residents from villages near the volcano. | 4200 evacuated",
                "en | More than 1,500 people were evacuated as the fire spread. | 1500 evacuated",
                "en | The storm killed 14 people, including three children. | 14 killed; 3 killed <14",
                "en | Gunmen killed at least nine villagers in an overnight raid, a local official told reporters."
                        + " | 9 killed @local official",
                "en | A suicide bomber killed 31 people at a market on Friday, the interior ministry said."
                        + " | 31 killed @interior ministry",
                "en | Seven people died after drinking contaminated alcohol. | 7 killed",
                "en | The attack left five dead and 27 wounded. | 5 killed; 27 injured",
                "en | Over 700 people were displaced by the fighting. | 700 displaced",
                "en | Police said 46 people had been detained and 19 officers injured."
                        + " | 46 arrested @Police; 19 injured @Police",
                "en | The fire killed 8 people. Another 5 remain unaccounted for. | 8 killed; 5 missing",
                "en | Organisers said 60,000 people joined the march, but police put the number at 25,000."
                        + " | 60000 participants @Organisers; 25000 participants @police",
                "en | Police estimated the turnout at about 12,000. | 12000 participants @Police",
                "en | Organisers counted 30,000 marchers, while police counted 11,000. | 30000 participants; 11000 participants",
                "en | Police estimated that 300 homes were damaged. | ",
                "en | A crowd of some 3,000 people assembled outside the court. | 3000 participants",
                "en | At least 4,000 people were forced from their homes by the floods. | 4000 displaced",
                "en | Fourteen protesters were taken into custody. | 14 arrested",
                "en | Two people died and 18 suffered injuries in the crash. | 2 killed; 18 injured",
                "en | Police rounded up more than 90 people. | 90 arrested",
                "en | Quake kills 300 in mountain region | 300 killed",
                "en | 2 dead, 5 hurt in school shooting | 2 killed; 5 injured",
                "en | Officials have confirmed 41 dead so far. | 41 killed @Officials",
                "en | Four more people succumbed to their injuries on Tuesday. | 4 killed",
                "en | Another 30 people were treated in hospital for smoke inhalation. | 30 injured",
                "en | The number of confirmed fatalities rose to 96, the governor said. | 96 killed @governor",
                "en | Security forces detained some 200 protesters, according to local media."
                        + " | 200 arrested @local media",
                "en | Police fired tear gas at about 5,000 demonstrators. | 5000 participants",
                "en | The ferry was carrying 250 passengers. | ",
                "en | The blaze destroyed 120 homes and 40 shops. | ",
                "en | Police said on Sunday that 30 people had been arrested. | 30 arrested @Police",
                "en | The Interior Ministry said in a statement that 12 officers were wounded."
                        + " | 12 injured @Interior Ministry",
                "en | According to figures from the health ministry, 80 people died. | 80 killed @health ministry",
                // French
                "fr | Au moins 18 personnes ont été tuées dans l'attentat, selon la police. | 18 killed @police",
                "fr | Le bilan s'est alourdi à 62 morts, a annoncé le ministère de l'Intérieur."
                        + " | 62 killed @ministère de l'Intérieur",
                "fr | Les secouristes ont retrouvé 9 corps sous les décombres. | 9 killed",
                "fr | Deux gendarmes sont décédés lors de l'intervention. | 2 killed",
                "fr | Selon les pompiers, 35 personnes ont été légèrement blessées. | 35 injured @pompiers",
                "fr | Plus de 150 personnes ont été hospitalisées, a indiqué l'agence régionale de santé."
                        + " | 150 injured @agence régionale de santé",
                "fr | La police a interpellé 84 personnes en marge du cortège. | 84 arrested",
                "fr | Au total, 230 personnes ont été placées en garde à vue, selon le parquet. | 230 arrested @parquet",
                "fr | Entre 8 000 et 12 000 personnes ont manifesté samedi à Lyon. | 8000 participants",
                "fr | Quelque 25 000 manifestants ont défilé à Paris, selon la préfecture de police."
                        + " | 25000 participants @préfecture de police",
                "fr | Les syndicats revendiquent 1,2 million de manifestants dans toute la France."
                        + " | 1200000 participants",
                "fr | Environ 3 000 personnes se sont rassemblées devant la mairie. | 3000 participants",
                "fr | 2,5 millions de personnes ont défilé dans le pays. | 2500000 participants",
                "fr | Selon les organisateurs, 40 000 personnes ont défilé. La police en a compté 18 000."
                        + " | 40000 participants @organisateurs; 18000 participants @police",
                "fr | Le syndicat annonce 900 000 manifestants, la préfecture en a recensé 310 000."
                        + " | 900000 participants; 310000 participants",
                "fr | Des milliers de personnes ont manifesté jeudi. La CGT en a compté 450 000. | ",
                "fr | Selon le syndicat SUD, 80 000 personnes ont défilé, alors que le ministère en a compté 30 000."
                        + " | 80000 participants @SUD; 30000 participants @ministère",
                "fr | Selon le ministère de la Santé, 12 personnes sont mortes. Le ministère a précisé que 40 personnes"
                        + " avaient été blessées. | 12 killed @ministère de la Santé; 40 injured @ministère de la Santé",
                "fr | Plus de 1 000 personnes ont fui vers la frontière. | 1000 displaced",
                "fr | Quelque 20 000 personnes se sont réunies dans le centre-ville. | 20000 participants",
                "fr | Douze personnes sont toujours portées disparues. | 12 missing",
                "fr | Sept marins restent disparus, a précisé la préfecture maritime."
                        + " | 7 missing @préfecture maritime",
                "fr | Cinq personnes ont été tuées et 23 autres sont portées disparues. | 5 killed; 23 missing",
                "fr | Les inondations ont fait plus de 10 000 sans-abri. | 10000 displaced",
                "fr | Près de 40 000 personnes ont fui les combats, selon le HCR. | 40000 displaced @HCR",
                "fr | Quelque 2 500 habitants ont été évacués en raison de l'incendie. | 2500 evacuated",
                "fr | Les autorités ont évacué 600 personnes. | 600 evacuated",
                "fr | L'explosion a fait 14 morts, dont 3 enfants. | 14 killed; 3 killed <14",
                "fr | L'attaque a fait 6 morts et 31 blessés, selon un bilan officiel. | 6 killed; 31 injured",
                "fr | Un incendie a coûté la vie à 11 personnes. | 11 killed",
                "fr | Trois policiers ont été blessés par des jets de pierres. | 3 injured",
                "fr | Plus de 500 personnes ont été arrêtées depuis le début du mouvement, selon Amnesty International."
                        + " | 500 arrested @Amnesty International",
                "fr | Quelque 70 000 personnes ont été déplacées par les combats. | 70000 displaced",
                "fr | Environ 1 500 personnes ont participé à la marche. | 1500 participants",
                "fr | Des dizaines de personnes ont été blessées. | ",
                "fr | Séisme : au moins 300 morts dans le sud du pays | 300 killed",
                "fr | Deux morts et trois blessés dans une fusillade | 2 killed; 3 injured",
                "fr | Un mort et quatre blessés dans une collision | 1 killed; 4 injured",
                "fr | L'accident a fait un blessé léger. | 1 injured",
                "fr | Le préfet a pris un arrêté interdisant la manifestation. | ",
                "fr | Il a été témoin de la mort d'un ami. | ",
                "fr | Quatre personnes ont péri dans l'incendie. | 4 killed",
                "fr | Six personnes ont perdu la vie et 15 autres ont été grièvement blessées."
                        + " | 6 killed; 15 injured",
                "fr | Deux personnes ont succombé à leurs blessures, portant le bilan à 29 morts. | 2 killed; 29 killed",
                "fr | Les forces de l'ordre ont procédé à 140 interpellations, a indiqué la préfecture."
                        + " | 140 arrested @préfecture",
                "fr | Le ferry transportait 250 passagers. | ",
                "fr | L'incendie a détruit 120 maisons. | ",
                "fr | Le gouvernement a débloqué 3 millions d'euros. | ",
                "fr | Le parquet a fait état de 17 gardes à vue. | 17 arrested @parquet",
                "fr | Selon un décompte de l'AFP, au moins 40 personnes ont été tuées. | 40 killed @AFP",
                "fr | Au moins 9 personnes ont été tuées, a rapporté la télévision publique."
                        + " | 9 killed @télévision publique",
                // Russian
                "ru | В результате взрыва погибли 12 человек, еще 40 получили ранения. | 12 killed; 40 injured",
                "ru | По данным МЧС, число погибших возросло до 57. | 57 killed @МЧС",
                "ru | Спасатели извлекли из-под завалов тела 8 человек. | 8 killed",
                "ru | Не менее 25 человек пострадали в результате обрушения. | 25 injured",
                "ru | Полиция задержала более 200 участников акции. | 200 arrested",
                "ru | Всего задержаны 1 400 человек, сообщает ОВД-Инфо. | 1400 arrested @ОВД-Инфо",
                "ru | Около 5 тысяч человек приняли участие в митинге. | 5000 participants",
                "ru | На акцию протеста вышли до 15 тысяч человек. | 15000 participants",
                "ru | По оценкам организаторов, в шествии участвовали 30 тысяч человек."
                        + " | 30000 participants @организаторов",
                "ru | Более 2 тысяч человек собрались на площади. | 2000 participants",
                "ru | Порядка 6 тысяч человек участвовали в шествии. | 6000 participants",
                "ru | На улицы города вышли около 100 тысяч человек. | 100000 participants",
                "ru | Пропавшими без вести числятся 14 человек. | 14 missing",
                "ru | Еще 9 человек считаются пропавшими без вести, сообщили спасатели. | 9 missing",
                "ru | Из зоны подтопления эвакуированы более 3 тысяч жителей. | 3000 evacuated",
                "ru | Свыше 10 тысяч человек были вынуждены покинуть свои дома. | 10000 displaced",
                "ru | Около 700 человек остались без крова. | 700 displaced",
                "ru | В ДТП погибли четыре человека, в том числе двое детей. | 4 killed; 2 killed <4",
                "ru | Задержаны не менее 2 100 человек, из них около 900 — в Санкт-Петербурге."
                        + " | 2100 arrested; 900 arrested <2100",
                "ru | Число пострадавших выросло до 48, сообщил глава региона. | 48 injured @глава региона",
                "ru | Как сообщил губернатор, ранения получили 16 человек. | 16 injured @губернатор",
                "ru | Боевики убили 11 мирных жителей. | 11 killed",
                "ru | В результате пожара скончались 7 человек. | 7 killed",
                "ru | Госпитализированы 23 человека. | 23 injured",
                "ru | Жертвами землетрясения стали 300 человек | 300 killed",
                "ru | Еще 12 человек обратились за медицинской помощью. | 12 injured",
                "ru | В результате обстрела погибли двое мирных жителей, еще пятеро ранены. | 2 killed; 5 injured",
                "ru | Травмы получили 9 человек, сообщили в МЧС. | 9 injured",
                "ru | Число задержанных превысило 500, сообщает правозащитный центр. | 500 arrested",
                "ru | Пожар уничтожил 120 домов. | ",
                "ru | Власти выделили 3 миллиона рублей. | ",
                "ru | Паром перевозил 250 пассажиров. | ",
                "ru | По информации МВД, задержаны 45 человек. | 45 arrested @МВД",
                "ru | В Минздраве сообщили, что госпитализированы 13 человек. | 13 injured @Минздрав",
                "ru | Как передает ТАСС, погибли 3 человека. | 3 killed @ТАСС",
                "ru | По словам губернатора, эвакуированы около 2 тысяч человек. | 2000 evacuated @губернатор",
                "ru | Водитель автобуса задержан. | ",
                "ru | В акции приняли участие около 3 тысяч участников. | 3000 participants",
                "ru | Митинг собрал около 8 тысяч человек. | 8000 participants",
                "ru | Из опасной зоны отселены 350 жителей. | 350 evacuated",
                "ru | В отделы полиции доставлены 120 человек. | 120 arrested",
                "ru | Тяжелые ранения получили трое полицейских. | 3 injured",
                "ru | Организаторы насчитали 20 тысяч участников, полиция насчитала 7 тысяч."
                        + " | 20000 participants @Организаторы; 7000 participants @полиция",
                "ru | Сотни людей вышли на улицы. | ");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void wirePhrasingGivesTheFigure(String spec) {
        String[] parts = spec.split("\\|", -1);
        String lang = parts[0].strip();
        List<Figure> all = figures(lang, parts[1].strip());
        List<String> got = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<Figure> scored = all.stream().filter(f -> f.measure() != Measure.OTHER).toList();
        for (String e : parts[2].split(";")) {
            if (e.isBlank()) continue;
            String want = e.strip();
            int at = want.indexOf(" @");
            String source = at < 0 ? null : want.substring(at + 2);
            String head = at < 0 ? want : want.substring(0, at);
            expected.add(want);
            Figure match = scored.stream().filter(f -> describe(f, all).equals(head)).findFirst().orElse(null);
            if (match == null) continue;
            String s = match.source().flatMap(Reference::text).orElse(null);
            boolean sourceOk = source == null || (source.equals("-") ? s == null
                    : s != null && s.toLowerCase(Locale.ROOT).contains(source.toLowerCase(Locale.ROOT)));
            got.add(sourceOk ? want : head + " @" + s);
        }
        for (Figure f : scored) {
            String d = describe(f, all);
            if (expected.stream().noneMatch(e -> e.equals(d) || e.startsWith(d + " @"))) got.add("extra " + d);
        }
        assertThat(got).as(spec).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String describe(Figure f, List<Figure> all) {
        String d = (long) f.value() + " " + f.measure().name().toLowerCase(Locale.ROOT);
        if (f.partOf().isPresent()) d += " <" + (long) all.get(f.partOf().getAsInt()).value();
        return d;
    }

    private static List<Figure> figures(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES);
    }
}
