package org.newsgraph.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Articles about one event, across outlets and languages: the articles in time order, the entities and figures
 * they share most, and the sets of near-duplicate texts among them (wire copies, republications).
 */
public record Story(Optional<LocalDate> from, Optional<LocalDate> to, List<Member> articles,
                    List<String> sharedEntities, List<String> sharedFigures, List<List<String>> duplicates) {

    public Story {
        articles = List.copyOf(articles);
        sharedEntities = List.copyOf(sharedEntities);
        sharedFigures = List.copyOf(sharedFigures);
        duplicates = duplicates.stream().map(List::copyOf).toList();
    }

    /** One article of a story. */
    public record Member(String id, Optional<String> title, Optional<String> outlet, String lang,
                         Optional<LocalDate> published) {
    }
}
