package org.newsgraph.cli.eval;

import static org.newsgraph.cli.eval.Normalizer.namesMatch;
import static org.newsgraph.cli.eval.Normalizer.norm;
import static org.newsgraph.cli.eval.Normalizer.textMatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one predicted analysis against its gold annotation, layer by layer, by the rules of docs/format.md §4 —
 * those of the reference scorer, down to its tie-breaking, so both give the same numbers. Works on the JSON trees,
 * not on the engine's model: a prediction written by another tool (or an older Newsgraph) is scored the same way.
 */
final class ArticleScorer {
    enum Layer { entities, mentions, quotes, figures, times }

    static final Set<String> SCORED_MEASURES = Set.of("killed", "injured", "arrested", "missing", "displaced", "evacuated", "participants");
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");
    private static final List<String> DEFAULT_LAYERS = List.of("entities", "quotes", "figures", "times");

    /** What one article adds: a tally per layer, the variants merged (of how many), the outlet verdict (null: not scored). */
    record Score(Map<Layer, Tally> tallies, int merged, int mergeable, Boolean outlet) {
    }

    private ArticleScorer() {
    }

    static Score score(JsonNode gold, JsonNode pred) {
        Map<Layer, Tally> t = new EnumMap<>(Layer.class);
        for (Layer l : Layer.values()) t.put(l, new Tally());
        Set<String> layers = new HashSet<>();
        if (gold.has("layers")) gold.get("layers").forEach(l -> layers.add(l.asText()));
        else layers.addAll(DEFAULT_LAYERS);

        List<JsonNode> allPredEntities = objects(pred.get("entities"));
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode e : allPredEntities) byId.put(textOrNull(e.get("id")), e);
        List<JsonNode> goldEntities = new ArrayList<>();
        for (JsonNode e : list(gold.get("entities"))) if (ENTITY_TYPES.contains(e.path("type").asText(null))) goldEntities.add(e);
        List<JsonNode> predEntities = new ArrayList<>();
        for (JsonNode e : allPredEntities) if (ENTITY_TYPES.contains(e.path("type").asText(null))) predEntities.add(e);

        if (layers.contains("mentions")) mentions(goldEntities, predEntities, t.get(Layer.mentions));
        int[] merged = {0, 0};
        if (layers.contains("entities")) entities(goldEntities, predEntities, t.get(Layer.entities), merged);
        if (layers.contains("quotes")) quotes(gold, pred, goldEntities, byId, t.get(Layer.quotes));
        if (layers.contains("figures")) figures(gold, pred, goldEntities, byId, t.get(Layer.figures));
        if (layers.contains("times")) times(gold, pred, t.get(Layer.times));
        return new Score(t, merged[0], merged[1], outlet(gold, pred));
    }

    private static void mentions(List<JsonNode> golds, List<JsonNode> preds, Tally t) {
        Set<String> gm = new HashSet<>();
        for (JsonNode e : golds) for (JsonNode m : list(e.get("mentions"))) gm.add(e.path("type").asText() + "\u0000" + normNode(m));
        Set<String> pm = new HashSet<>();
        for (JsonNode e : preds) for (JsonNode m : list(e.get("mentions"))) if (isName(m)) pm.add(e.path("type").asText() + "\u0000" + normNode(m.get("text")));
        Set<String> both = new HashSet<>(gm);
        both.retainAll(pm);
        t.matched(both.size(), gm.size(), pm.size());
    }

    private static void entities(List<JsonNode> golds, List<JsonNode> preds, Tally t, int[] merged) {
        List<Set<String>> goldNames = golds.stream().map(ArticleScorer::goldEntityNames).toList();
        List<Set<String>> predNames = preds.stream().map(ArticleScorer::predEntityNames).toList();
        List<GreedyMatch.Pair> m = GreedyMatch.of(indices(golds.size()), indices(preds.size()), (g, p) -> {
            if (!golds.get(g).path("type").asText().equals(preds.get(p).path("type").asText())) return 0;
            Set<String> common = new HashSet<>(goldNames.get(g));
            common.retainAll(predNames.get(p));
            return common.size();
        });
        t.matched(m.size(), golds.size(), preds.size());
        for (JsonNode g : golds) {
            Set<String> forms = new HashSet<>();
            for (JsonNode x : list(g.get("mentions"))) forms.add(normNode(x));
            if (forms.size() < 2) continue;
            merged[1]++;
            for (Set<String> p : predNames) {
                if (p.containsAll(forms)) {
                    merged[0]++;
                    break;
                }
            }
        }
    }

    private static void quotes(JsonNode gold, JsonNode pred, List<JsonNode> goldEntities, Map<String, JsonNode> byId, Tally t) {
        List<JsonNode> g = list(gold.get("quotes"));
        List<JsonNode> p = list(pred.get("quotes"));
        List<GreedyMatch.Pair> m = GreedyMatch.of(g, p, (a, b) -> textMatch(normSource(a.get("quote")), normSource(b.get("text"))));
        t.matched(m.size(), g.size(), p.size());
        for (GreedyMatch.Pair pair : m) {
            t.attrN++;
            if (namesMatch(refNames(p.get(pair.predicted()).get("speaker"), byId),
                    goldRefNames(g.get(pair.gold()).get("speaker"), goldEntities))) t.attrOk++;
        }
    }

    private static void figures(JsonNode gold, JsonNode pred, List<JsonNode> goldEntities, Map<String, JsonNode> byId, Tally t) {
        List<JsonNode> g = scored(list(gold.get("figures")));
        List<JsonNode> p = scored(list(pred.get("figures")));
        List<GreedyMatch.Pair> m = GreedyMatch.of(g, p, (a, b) -> {
            Double va = number(a.get("value"));
            Double vb = number(b.get("value"));
            if (va == null || vb == null) return 0;
            return va.doubleValue() == vb.doubleValue() && a.path("measure").asText().equals(b.path("measure").asText()) ? 1 : 0;
        });
        t.matched(m.size(), g.size(), p.size());
        for (GreedyMatch.Pair pair : m) {
            t.attrN++;
            JsonNode goldSource = g.get(pair.gold()).get("source");
            Set<String> predicted = refNames(p.get(pair.predicted()).get("source"), byId);
            boolean ok = goldSource == null || goldSource.isNull() ? predicted.isEmpty()
                    : namesMatch(predicted, goldRefNames(goldSource, goldEntities));
            if (ok) t.attrOk++;
        }
    }

    private static void times(JsonNode gold, JsonNode pred, Tally t) {
        List<JsonNode> g = list(gold.get("times"));
        List<JsonNode> p = list(pred.get("times"));
        List<GreedyMatch.Pair> m = GreedyMatch.of(g, p, (a, b) -> textMatch(normSource(a.get("text")), normSource(b.get("text"))));
        t.matched(m.size(), g.size(), p.size());
        for (GreedyMatch.Pair pair : m) {
            t.attrN++;
            if (PyValues.str(g.get(pair.gold()).get("value")).equals(PyValues.str(p.get(pair.predicted()).get("value")))) t.attrOk++;
        }
    }

    private static Boolean outlet(JsonNode gold, JsonNode pred) {
        JsonNode accepted = gold.get("outlet");
        if (!PyValues.truthy(accepted)) return null;
        if (gold.has("layers")) {
            boolean listed = false;
            for (JsonNode l : gold.get("layers")) listed |= l.asText().equals("outlet");
            if (!listed) return null;
        }
        JsonNode po = pred.get("outlet");
        Set<String> predicted = new LinkedHashSet<>();
        if (po == null || po.isNull() || !PyValues.truthy(po) || po.isObject()) {
            if (po != null && po.isObject()) {
                predicted.add(normNode(po.get("name")));
                predicted.add(normNode(po.get("domain")));
            }
        } else {
            predicted.add(normNode(po));
        }
        predicted.remove("");
        Set<String> golds = new LinkedHashSet<>();
        if (accepted.isArray()) accepted.forEach(a -> golds.add(normNode(a)));
        else golds.add(normNode(accepted));
        return namesMatch(predicted, golds);
    }

    private static List<JsonNode> scored(List<JsonNode> figures) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : figures) if (SCORED_MEASURES.contains(f.path("measure").asText(null))) out.add(f);
        return out;
    }

    private static boolean isName(JsonNode m) {
        if (m == null || !m.isObject()) return false;
        JsonNode kind = m.get("kind");
        return kind == null || kind.isNull() || "name".equals(kind.asText(null)) && kind.isTextual();
    }

    static Set<String> predEntityNames(JsonNode e) {
        Set<String> names = new HashSet<>();
        names.add(normNode(e.get("name")));
        for (JsonNode m : list(e.get("mentions"))) if (isName(m)) names.add(normNode(m.get("text")));
        names.remove("");
        return names;
    }

    static Set<String> goldEntityNames(JsonNode e) {
        Set<String> names = new HashSet<>();
        names.add(normNode(e.get("canonical")));
        for (JsonNode m : list(e.get("mentions"))) names.add(normNode(m));
        names.remove("");
        return names;
    }

    private static Set<String> refNames(JsonNode ref, Map<String, JsonNode> byId) {
        Set<String> names = new HashSet<>();
        if (ref == null || !ref.isObject()) return names;
        names.add(normNode(ref.get("text")));
        JsonNode ent = byId.get(textOrNull(ref.get("entity")));
        if (ent != null) {
            names.addAll(predEntityNames(ent));
            for (JsonNode m : list(ent.get("mentions"))) if (m.isObject()) names.add(normNode(m.get("text")));
        }
        names.remove("");
        return names;
    }

    private static Set<String> goldRefNames(JsonNode name, List<JsonNode> goldEntities) {
        Set<String> names = new HashSet<>();
        String n = normNode(name);
        names.add(n);
        for (JsonNode e : goldEntities) {
            Set<String> entityNames = goldEntityNames(e);
            if (entityNames.contains(n)) names.addAll(entityNames);
        }
        names.remove("");
        return names;
    }

    private static String normNode(JsonNode n) {
        return norm(normSource(n));
    }

    /** What the reference scorer normalises for a value: nothing for null, the text of a string, str() of the rest. */
    private static String normSource(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : PyValues.str(n);
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : PyValues.str(n);
    }

    private static Double number(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return n.asDouble();
        if (n.isBoolean()) return n.asBoolean() ? 1.0 : 0.0;
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.asText().strip().replace("_", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The items of a JSON array (nothing for a missing or null field), objects only. */
    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(out::add);
        return out;
    }

    private static List<JsonNode> objects(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : list(n)) if (x.isObject()) out.add(x);
        return out;
    }

    private static List<Integer> indices(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(i);
        return out;
    }
}
