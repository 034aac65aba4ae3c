package org.newsgraph.io.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.write.gkg.GkgFormat;
import org.newsgraph.io.write.webanno.WebAnnotationFormat;

/**
 * The one registry of output formats: the command line's {@code --format}, the store and Spark pick their writers
 * here by name. To add a format, write an {@link AnalysisFormat} and add it to {@link #ALL}.
 */
public final class AnalysisFormats {
    private static final List<AnalysisFormat> ALL = List.of(
            new TextFormat(),
            new JsonFormat(true),
            new JsonFormat(false),
            new GkgFormat(),
            new WebAnnotationFormat(),
            new FigureCsvFormat(),
            new HtmlFormat());

    private AnalysisFormats() {
    }

    public static List<AnalysisFormat> all() {
        return ALL;
    }

    /** Every format's name, for help and error messages. */
    public static List<String> names() {
        return ALL.stream().map(AnalysisFormat::name).toList();
    }

    /** The format of that name, compared without case. */
    public static Optional<AnalysisFormat> find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(n)).findFirst();
    }

    /** The format of that name, or an exception whose message lists the formats there are. */
    public static AnalysisFormat expect(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + name + "': use one of " + String.join(", ", names())));
    }

    /** The article page as one self-contained HTML file (the web room's {@code ArticleHtmlWriter}). */
    private static final class HtmlFormat implements AnalysisFormat {
        @Override
        public String name() {
            return "html";
        }

        @Override
        public String description() {
            return "the article page as one self-contained HTML file (a report to send)";
        }

        @Override
        public String fileName() {
            return ".html";
        }

        @Override
        public AnalysisSink open(Writer out, WriteOptions options) {
            return a -> out.write(org.newsgraph.io.write.html.ArticleHtmlWriter.standalone(a));
        }
    }

    /** The summary of docs/format.md's text form. */
    private static final class TextFormat implements AnalysisFormat {
        @Override
        public String name() {
            return "text";
        }

        @Override
        public String description() {
            return "a readable summary";
        }

        @Override
        public String fileName() {
            return ".txt";
        }

        @Override
        public AnalysisSink open(Writer out, WriteOptions options) {
            AnalysisTextWriter text = new AnalysisTextWriter(options.colour());
            return a -> out.write(text.render(a) + "\n");
        }
    }

    /** docs/format.md §2: indented (one object, or an array of several) or one compact line per article. */
    private static final class JsonFormat implements AnalysisFormat {
        private final boolean pretty;
        private final AnalysisJsonWriter writer;

        JsonFormat(boolean pretty) {
            this.pretty = pretty;
            this.writer = new AnalysisJsonWriter(pretty);
        }

        @Override
        public String name() {
            return pretty ? "json" : "jsonl";
        }

        @Override
        public String description() {
            return pretty ? "one indented JSON object (an array for several articles)" : "one compact JSON line per article";
        }

        @Override
        public String fileName() {
            return pretty ? ".json" : ".jsonl";
        }

        @Override
        public AnalysisSink open(Writer out, WriteOptions options) {
            if (!pretty) return a -> out.write(writer.toJson(a) + "\n");
            if (!options.several()) return a -> out.write(writer.toJson(a) + "\n");
            return new AnalysisSink() {
                private int written;

                @Override
                public void write(Analysis a) throws IOException {
                    out.write(written++ == 0 ? "[\n" : ",\n");
                    writer.write(a, out);
                }

                @Override
                public void close() throws IOException {
                    out.write(written == 0 ? "[]\n" : "\n]\n");
                }
            };
        }
    }
}
