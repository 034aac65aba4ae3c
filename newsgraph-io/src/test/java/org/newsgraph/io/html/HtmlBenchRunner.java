package org.newsgraph.io.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Development tool, not a test: runs the extractor over a directory of {@code <id>.input.json} records carrying an
 * {@code html} field and writes {@code <id>.json} with the extracted body and metadata, then prints the time per page.
 * Usage: {@code HtmlBenchRunner IN_DIR OUT_DIR [ROUNDS]}.
 */
public final class HtmlBenchRunner {
    private HtmlBenchRunner() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Files.createDirectories(out);
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".input.json")).sorted().toList()) {
                records.add(mapper.readTree(f.toFile()));
            }
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            for (JsonNode r : records) {
                ExtractedPage page = extractor.extract(r.path("html").asText(""),
                        Optional.ofNullable(r.path("url").textValue()));
                if (round == 0) {
                    ObjectNode o = mapper.createObjectNode();
                    o.put("id", r.path("id").asText());
                    o.put("title", page.title().orElse(null));
                    o.put("body", page.body());
                    o.put("published", page.published().orElse(null));
                    o.put("site", page.siteName().orElse(null));
                    o.put("canonical", page.canonicalUrl().orElse(null));
                    o.put("byline", page.byline().orElse(null));
                    o.put("lang", page.language().orElse(null));
                    mapper.writerWithDefaultPrettyPrinter().writeValue(out.resolve(r.path("id").asText() + ".json").toFile(), o);
                }
            }
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - startCpu);
        }
        System.out.printf("%d pages, %.1f ms/page wall, %.1f ms/page CPU (best of %d rounds)%n", records.size(),
                best / 1e6 / records.size(), bestCpu / 1e6 / records.size(), rounds);
    }
}
