package org.newsgraph.core.model;

import java.util.List;
import java.util.Optional;

/** What an annotated document becomes for the outside world; its JSON form is docs/format.md §2. */
public record Analysis(String id, String lang, Optional<String> published, Optional<Outlet> outlet,
                       Optional<String> title, String text, String body, Optional<String> url,
                       List<Entity> entities, List<Quote> quotes, List<Figure> figures, List<TimeExpression> times,
                       List<String> warnings, List<Event> events, List<Framing> framing) {

    /** An analysis without the events and framing layers (readers of older JSON, runners that skip them). */
    public Analysis(String id, String lang, Optional<String> published, Optional<Outlet> outlet,
                    Optional<String> title, String text, String body, Optional<String> url,
                    List<Entity> entities, List<Quote> quotes, List<Figure> figures, List<TimeExpression> times,
                    List<String> warnings) {
        this(id, lang, published, outlet, title, text, body, url, entities, quotes, figures, times, warnings,
                List.of(), List.of());
    }
}
