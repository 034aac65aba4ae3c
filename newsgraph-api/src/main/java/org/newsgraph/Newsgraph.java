package org.newsgraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.IsoDates;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.write.AnalysisJsonWriter;

/**
 * Newsgraph for Java programs: the pipeline of {@code newsgraph analyze}, built once, then called from any number
 * of threads.
 *
 * <pre>{@code
 * Newsgraph newsgraph = Newsgraph.builder().published("2024-04-20").build();
 * Analysis a = newsgraph.analyze("Floods in Osh\n\nAt least 12 people were killed, the ministry said.");
 * a.figures().forEach(f -> System.out.println(f.measure() + " " + f.value()));
 * String json = newsgraph.toJson(a);   // the JSON of docs/format.md
 * }</pre>
 *
 * Building loads the language packs and the knowledge base (about half a second); analysing an article of a few
 * thousand characters takes about a millisecond. Bad input is an {@link IllegalArgumentException} with one line
 * saying what is wrong.
 */
public final class Newsgraph {
    private final Pipeline pipeline;
    private final Optional<String> published;
    private final Optional<String> language;
    private final ArticleReader reader = new ArticleReader();
    private final AnalysisJsonWriter json = new AnalysisJsonWriter(true);

    private Newsgraph(Builder b) {
        this.pipeline = StandardPipeline.create(Optional.ofNullable(b.knowledgeBase));
        this.published = Optional.ofNullable(b.published);
        this.language = Optional.ofNullable(b.language);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Plain text, read as a {@code .txt} file is: a first line followed by a blank line is the title. */
    public Analysis analyze(String text) {
        Objects.requireNonNull(text, "text");
        return analyze(read("text", "txt", text));
    }

    /** An HTML page: its article body is found and its boilerplate dropped, as for an {@code .html} file. */
    public Analysis analyzeHtml(String html, String url) {
        Objects.requireNonNull(html, "html");
        ReadResult r = reader.page(url == null ? "html" : url, "page", html, Optional.ofNullable(url));
        return analyze(r.article().orElseThrow(() -> new IllegalArgumentException(r.error().orElse("no article in the page"))));
    }

    /** An article record, e.g. built from a database row: {@code new Article(id, url, published, title, body, …)}. */
    public Analysis analyze(Article article) {
        Objects.requireNonNull(article, "article");
        Article a = article;
        if (a.published().isEmpty() && published.isPresent()) a = a.withPublished(published.get());
        if (language.isPresent()) a = a.withLanguage(language.get());
        return Analyses.of(pipeline.run(a));
    }

    /**
     * Every article of a file or web page, as the command line reads it ({@code .txt}, {@code .html}, {@code .json},
     * {@code .jsonl}, WARC, RSS/Atom, {@code http(s)://}); an unreadable article is an exception naming it.
     */
    public List<Analysis> analyzeAll(String fileOrUrl) {
        List<ReadResult> read = new ArrayList<>();
        new Inputs().read(fileOrUrl, read::add);
        List<Analysis> out = new ArrayList<>(read.size());
        for (ReadResult r : read) {
            out.add(analyze(r.article().orElseThrow(() -> new IllegalArgumentException(r.error().orElse("unreadable input")))));
        }
        return out;
    }

    /** The analysis as the JSON of docs/format.md §2, indented. */
    public String toJson(Analysis analysis) {
        return json.toJson(analysis);
    }

    private Article read(String id, String kind, String content) {
        try {
            ReadResult r = reader.parse(id, id, kind, content.getBytes(StandardCharsets.UTF_8));
            return r.article().orElseThrow(() -> new IllegalArgumentException(r.error().orElse("unreadable " + kind)));
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Options of a {@link Newsgraph}; every one may be left out. */
    public static final class Builder {
        private Path knowledgeBase;
        private String published;
        private String language;

        private Builder() {
        }

        /** A local knowledge base directory ({@code newsgraph kb import-geonames}); default: ~/.newsgraph/kb when it exists. */
        public Builder knowledgeBase(Path dir) {
            this.knowledgeBase = dir;
            return this;
        }

        /** The publication date (ISO) of articles that have none: it anchors "yesterday", "on Friday"… */
        public Builder published(String isoDate) {
            if (isoDate != null && !IsoDates.isDateOrDateTime(isoDate)) {
                throw new IllegalArgumentException("'" + isoDate + "' is not an ISO date: write it like 2022-01-29");
            }
            this.published = isoDate;
            return this;
        }

        /** The language of every article (fr, en, ru…), instead of identifying it. */
        public Builder language(String code) {
            if (code != null && LanguagePacks.find(code).isEmpty()) {
                throw new IllegalArgumentException("no language pack for '" + code + "': use one of "
                        + LanguagePacks.all().stream().map(p -> p.code()).toList());
            }
            this.language = code;
            return this;
        }

        public Newsgraph build() {
            return new Newsgraph(this);
        }
    }
}
