package org.newsgraph.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable input of the engine: one news article as read from a file, a record or a page.
 *
 * <p>{@code text} is the plain text analysed (title, blank line, body when a title is known);
 * {@code body} is the article body alone, without title or boilerplate.
 */
public record Article(String id, Optional<String> url, Optional<String> published, Optional<String> title,
                      String body, Optional<String> siteName, Optional<String> byline, Optional<String> language) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        url = url.filter(s -> !s.isBlank());
        published = published.filter(s -> !s.isBlank());
        title = title.map(String::strip).filter(s -> !s.isEmpty());
        siteName = siteName.filter(s -> !s.isBlank());
        byline = byline.filter(s -> !s.isBlank());
        language = language.filter(s -> !s.isBlank());
    }

    /** An article with only an id and a body. */
    public static Article of(String id, String body) {
        return new Article(id, Optional.empty(), Optional.empty(), Optional.empty(), body,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The analysed text: the title, a blank line, then the body; the body alone without a title. */
    public String text() {
        return title.map(t -> body.startsWith(t) ? body : t + "\n\n" + body).orElse(body);
    }

    /** Offset of the body inside {@link #text()}, counted without building that text. */
    public int bodyOffset() {
        return title.map(t -> body.startsWith(t) ? 0 : t.length() + 2).orElse(0);
    }

    /** The publication date, when {@code published} holds an ISO date or date-time. */
    public Optional<LocalDate> publicationDate() {
        if (published.isEmpty()) return Optional.empty();
        String p = published.get().strip();
        try {
            if (p.length() >= 10) return Optional.of(LocalDate.parse(p.substring(0, 10)));
        } catch (DateTimeParseException e) {
            // fall through: not an ISO date
        }
        try {
            return Optional.of(OffsetDateTime.parse(p).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Article withPublished(String iso) {
        return new Article(id, url, Optional.ofNullable(iso), title, body, siteName, byline, language);
    }

    public Article withLanguage(String lang) {
        return new Article(id, url, published, title, body, siteName, byline, Optional.ofNullable(lang));
    }

    public Article withId(String newId) {
        return new Article(newId, url, published, title, body, siteName, byline, language);
    }
}
