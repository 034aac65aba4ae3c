package org.newsgraph.cli.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.cli.eval.ArticleScorer.Layer;

/**
 * Scores a gold directory (docs/format.md §3: NAME.gold.json beside NAME.input.json) against predictions, micro-averaged
 * over all articles and per language. The report is the reference scorer's, line for line, so the two can be
 * compared with {@code diff}.
 */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<Layer, Tally>> totals = new TreeMap<>((a, b) -> a.equals(b) ? 0
            : a.equals("all") ? -1 : b.equals("all") ? 1 : a.compareTo(b));
    private final Map<String, int[]> merged = new TreeMap<>();
    private final Map<String, int[]> outlets = new TreeMap<>();
    private final List<String> missing = new ArrayList<>();

    /**
     * Scores every {@code *.gold.json} of {@code goldDir} (sorted by file name); {@code predictions} gives the
     * prediction JSON of an article by its gold id, else by its file name, or empty when there is none.
     */
    public static Evaluation run(Path goldDir, Function<String, Optional<String>> predictions) {
        Evaluation e = new Evaluation();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot list " + goldDir + ": " + ex.getMessage(), ex);
        }
        for (Path gf : golds) e.add(gf, predictions);
        return e;
    }

    /** Predictions from a directory of {@code <id>.json} files, as {@code newsgraph analyze --out DIR} writes them. */
    public static Function<String, Optional<String>> directory(Path predDir) {
        return id -> {
            Path f = predDir.resolve(id + ".json");
            try {
                return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException ex) {
                return Optional.of("");
            }
        };
    }

    private void add(Path goldFile, Function<String, Optional<String>> predictions) {
        JsonNode gold;
        try {
            gold = JSON.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new IllegalArgumentException(goldFile + " is not valid JSON: fix the gold file (" + ex.getMessage().lines().findFirst().orElse("") + ")");
        }
        String file = goldFile.getFileName().toString();
        String name = file.substring(0, file.length() - ".gold.json".length());
        String id = gold.hasNonNull("id") ? PyValues.str(gold.get("id")) : name;
        Optional<String> json = predictions.apply(id).or(() -> predictions.apply(name));
        JsonNode pred = JSON.createObjectNode();
        if (json.isEmpty()) {
            missing.add(name);
        } else {
            try {
                JsonNode parsed = JSON.readTree(json.get());
                if (parsed != null && parsed.isObject()) pred = parsed;
                else missing.add(name + " (unreadable)");
            } catch (JsonProcessingException ex) {
                missing.add(name + " (unreadable)");
            }
        }
        ArticleScorer.Score s = ArticleScorer.score(gold, pred);
        String lang = gold.has("lang") ? PyValues.str(gold.get("lang")) : "?";
        for (String l : List.of("all", lang)) {
            Map<Layer, Tally> t = totals.computeIfAbsent(l, k -> newTallies());
            s.tallies().forEach((layer, tally) -> t.get(layer).add(tally));
            int[] m = merged.computeIfAbsent(l, k -> new int[2]);
            m[0] += s.merged();
            m[1] += s.mergeable();
            if (s.outlet() != null) {
                int[] o = outlets.computeIfAbsent(l, k -> new int[2]);
                o[0] += s.outlet() ? 1 : 0;
                o[1]++;
            }
        }
    }

    private static Map<Layer, Tally> newTallies() {
        Map<Layer, Tally> t = new EnumMap<>(Layer.class);
        for (Layer l : Layer.values()) t.put(l, new Tally());
        return t;
    }

    /** The languages scored, "all" first. */
    public List<String> languages() {
        return new ArrayList<>(totals.keySet());
    }

    /** F1 of a layer ("entities", "quotes"…) over one language or "all", rounded to three decimals. */
    public double f1(String lang, String layer) {
        return round(totals.get(lang).get(Layer.valueOf(layer)).f1());
    }

    /** The report as the reference scorer prints it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (String name : missing) out.append("no output for ").append(name).append('\n');
        for (String lang : totals.keySet()) {
            out.append('[').append(lang).append("]\n");
            for (Layer layer : Layer.values()) {
                Tally t = totals.get(lang).get(layer);
                if (t.gold() == 0 && t.predicted() == 0) continue;
                out.append(String.format(Locale.ROOT, "  %-9s P=%.3f R=%.3f F1=%.3f (gold %d) %s%n", layer.name(),
                        round(t.precision()), round(t.recall()), round(t.f1()), t.gold(), extra(lang, layer, t)));
            }
            out.append("  outlet    accuracy=").append(py(outletAccuracy(lang))).append('\n');
        }
        return out.toString();
    }

    /** The report as the reference scorer's {@code --json} gives it. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        missing.forEach(root.putArray("articles_without_output")::add);
        ObjectNode byLang = root.putObject("by_language");
        for (String lang : totals.keySet()) {
            ObjectNode row = byLang.putObject(lang);
            for (Layer layer : Layer.values()) {
                Tally t = totals.get(lang).get(layer);
                ObjectNode l = row.putObject(layer.name());
                l.put("precision", round(t.precision()));
                l.put("recall", round(t.recall()));
                l.put("f1", round(t.f1()));
                l.put("gold", t.gold());
                l.put("predicted", t.predicted());
                attributeName(layer).ifPresent(a -> putNullable(l, a, t.attribute() == null ? null : round(t.attribute())));
            }
            putNullable((ObjectNode) row.get("entities"), "variants_merged", variantsMerged(lang));
            putNullable(row, "outlet_accuracy", outletAccuracy(lang));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String extra(String lang, Layer layer, Tally t) {
        if (layer == Layer.entities) return "variants_merged=" + py(variantsMerged(lang));
        return attributeName(layer).map(a -> a + "=" + py(t.attribute() == null ? null : round(t.attribute()))).orElse("");
    }

    private static Optional<String> attributeName(Layer layer) {
        return switch (layer) {
            case quotes -> Optional.of("speaker_accuracy");
            case figures -> Optional.of("source_accuracy");
            case times -> Optional.of("value_accuracy");
            default -> Optional.empty();
        };
    }

    private Double variantsMerged(String lang) {
        int[] m = merged.get(lang);
        return m == null || m[1] == 0 ? null : round((double) m[0] / m[1]);
    }

    private Double outletAccuracy(String lang) {
        int[] o = outlets.get(lang);
        return o == null || o[1] == 0 ? null : round((double) o[0] / o[1]);
    }

    private static void putNullable(ObjectNode n, String field, Double v) {
        if (v == null) n.putNull(field); else n.put(field, v);
    }

    /** Python's round(x, 3): the exact binary value rounded half to even. */
    static double round(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's repr of an optional float: None, 1.0, 0.924. */
    private static String py(Double v) {
        return v == null ? "None" : Double.toString(v);
    }
}
