package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Reference;

/**
 * Where wire copy names the source of a figure, read through the whole pipeline (quotes and entities included):
 * after the figure with a place apposed to it ("…, officials in the town of K, in western V, told reporters"), a
 * body named "X of Y" in a long phrase ("the emergency unit of the Council of Elders"), a verb of counting ("pegged
 * the death toll at"), a verb form after a determiner read as the noun it is ("The reports of 25 people missing").
 * Each case is {@code lang | text | value | source}: the figure of that value must be credited to
 * a phrase containing the source, or to nobody for "-".
 */
class SourceAroundTheFigureTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    static Stream<String> cases() {
        return Stream.of(
                "en | At least 14 of the dead were foreigners, officials in the southern city of Karsk, in western"
                        + " Velmora, told reporters. | 14 | officials",
                "en | Nine of the injured were children, doctors at the main hospital in Brava, near the border, said."
                        + " | 9 | doctors",
                "en | Figures from the relief office of Velmora now pegged the death toll at 2,300. | 2300 | relief office",
                "en | The regional health board pegged the death toll at 212 on Sunday. | 212 | health board",
                "en | In a statement released late on Friday night, the emergency response unit of the Council of"
                        + " Elders said that 5,000 people had been evacuated. | 5000 | Council of Elders",
                "en | The regional office had earlier pegged the death toll at 120, but at least 310 people died in the"
                        + " valley, according to the Velmora Red Cross. | 310 | Red Cross",
                "en | The relief agency said on Monday that at least 310 people died in the valley, according to"
                        + " the director of the regional hospital. | 310 | director of the regional hospital",
                "en | The operator had earlier put the number of missing at six, but at least 14 people were still"
                        + " missing on Friday, according to the port authority. | 6 | operator",
                "en | The operator, Saltmere Lines, had earlier put the number of missing at six. | 6 | Saltmere Lines",
                "en | The reports of 25 people missing in the hills could not be confirmed. | 25 | -",
                "fr | Dans un communiqué publié dans la nuit, la cellule de crise du Conseil des Sages a indiqué que"
                        + " 4 000 personnes avaient été évacuées. | 4000 | Conseil des Sages");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSourceIsTheOneTheSentenceNames(String spec) {
        String[] parts = spec.split("\\|", -1);
        Doc doc = PIPELINE.run(new Article("t", Optional.empty(), Optional.of("2031-03-02"), Optional.empty(),
                parts[1].strip(), Optional.empty(), Optional.empty(), Optional.of(parts[0].strip())));
        double value = Double.parseDouble(parts[2].strip());
        Figure f = doc.expect(Layers.FIGURES).stream().filter(x -> x.value() == value).findFirst().orElseThrow();
        String source = f.source().flatMap(Reference::text).orElse("-");
        String want = parts[3].strip();
        if (want.equals("-")) assertThat(source).as(spec).isEqualTo("-");
        else assertThat(source.toLowerCase(Locale.ROOT)).as(spec).contains(want.toLowerCase(Locale.ROOT));
    }
}
