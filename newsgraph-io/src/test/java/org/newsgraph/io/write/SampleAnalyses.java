package org.newsgraph.io.write;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/**
 * A hand-built analysis of a short article written for these tests, shaped like the seed article (a place named by
 * its old name, a quote with its speaker, sourced and unsourced figures, an event, a framing span), with an emoji
 * before the spans so UTF-16 and code-point offsets differ.
 */
public final class SampleAnalyses {
    public static final String TEXT = "Floods hit Frunze 🌊\n\nHeavy floods hit Frunze, the capital of Kyrgyzstan, on "
            + "12 March 2024. At least 12 people were killed, the emergencies ministry said. \"We lost everything, "
            + "the water came at night,\" said farmer Aibek Toktorov. About 300 people were evacuated.";

    private SampleAnalyses() {
    }

    static int at(String s) {
        int i = TEXT.indexOf(s);
        if (i < 0) throw new IllegalArgumentException(s);
        return i;
    }

    static int at(String s, int from) {
        return TEXT.indexOf(s, from);
    }

    private static Mention m(String s, int start) {
        return new Mention(s, start, start + s.length(), Mention.Kind.NAME);
    }

    public static Analysis floods() {
        int frunze1 = at("Frunze");
        int frunze2 = at("Frunze", frunze1 + 1);
        Entity bishkek = new Entity("e1", EntityType.LOCATION, "Bishkek", Optional.of("wikidata:Q9361"), Optional.of("KG"),
                Optional.of(42.87), Optional.of(74.59), List.of(m("Frunze", frunze1), m("Frunze", frunze2)));
        Entity kyrgyzstan = new Entity("e2", EntityType.LOCATION, "Kyrgyzstan", Optional.empty(), Optional.of("KG"),
                Optional.empty(), Optional.empty(), List.of(m("Kyrgyzstan", at("Kyrgyzstan"))));
        Entity ministry = new Entity("e3", EntityType.ORGANIZATION, "Ministry of Emergency Situations", Optional.empty(),
                Optional.of("KG"), Optional.empty(), Optional.empty(),
                List.of(new Mention("the emergencies ministry", at("the emergencies ministry"),
                        at("the emergencies ministry") + 24, Mention.Kind.ROLE)));
        Entity farmer = new Entity("e4", EntityType.PERSON, "Aibek Toktorov", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(m("Aibek Toktorov", at("Aibek Toktorov"))));
        String killed = "At least 12 people were killed";
        String evacuated = "About 300 people were evacuated";
        Reference ministrySource = new Reference(Optional.of("e3"), Optional.of("the emergencies ministry"),
                at("the emergencies ministry"), at("the emergencies ministry") + 24);
        Figure f0 = new Figure(12, OptionalDouble.empty(), true, Optional.of(Figure.Bound.AT_LEAST), Measure.KILLED,
                killed, at(killed), at(killed) + killed.length(), Optional.of(ministrySource), OptionalInt.empty());
        Figure f1 = new Figure(300, OptionalDouble.empty(), true, Optional.empty(), Measure.EVACUATED, evacuated,
                at(evacuated), at(evacuated) + evacuated.length(), Optional.empty(), OptionalInt.empty());
        String said = "We lost everything, the water came at night,";
        Quote q = new Quote(said, at(said), at(said) + said.length(), true, Optional.of(new Reference(Optional.of("e4"),
                Optional.of("Aibek Toktorov"), at("Aibek Toktorov"), at("Aibek Toktorov") + 14)));
        TimeExpression t = new TimeExpression("12 March 2024", at("12 March 2024"), at("12 March 2024") + 13,
                Optional.of("2024-03-12"), Optional.empty());
        Event flood = new Event("flood", "floods", at("floods"), at("floods") + 6, Optional.empty(), Optional.empty(),
                Optional.of(new Reference(Optional.of("e1"), Optional.of("Frunze"), frunze2, frunze2 + 6)), false,
                OptionalInt.of(0), List.of(0));
        Framing old = new Framing(Framing.Kind.HISTORICAL_NAME, "Frunze", frunze2, frunze2 + 6,
                "superseded place name: renamed Bishkek (1991)", Optional.of("Bishkek"),
                Optional.of("en.wikipedia.org/wiki/Bishkek"), Optional.empty());
        Framing unsourced = new Framing(Framing.Kind.UNSOURCED_FIGURE, evacuated, f1.start(), f1.end(),
                "figure without a source", Optional.empty(), Optional.empty(), Optional.empty());
        Outlet outlet = new Outlet("Steppe Courier", Optional.of("steppe-courier.example"), "url", Optional.of("KG"),
                Optional.empty(), List.of());
        return new Analysis("floods-frunze", "en", Optional.of("2024-03-13"), Optional.of(outlet),
                Optional.of("Floods hit Frunze 🌊"), TEXT, TEXT.substring(TEXT.indexOf("Heavy")),
                Optional.of("https://steppe-courier.example/floods"), List.of(bishkek, kyrgyzstan, ministry, farmer),
                List.of(q), List.of(f0, f1), List.of(t), List.of(), List.of(flood), List.of(old, unsourced));
    }
}
