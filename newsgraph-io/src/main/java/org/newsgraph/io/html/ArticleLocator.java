package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article in a cleaned page, the way Mozilla Readability does: every paragraph-like
 * element scores itself (length, commas) into its ancestors; containers add a tag and class/id prior; the
 * best container, discounted by its link density, wins; siblings that score well or read like paragraphs join it.
 */
final class ArticleLocator {
    private static final Set<String> SCORED_TAGS = Set.of("p", "td", "pre", "blockquote");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "span", "font",
            "center", "td", "li", "dd", "form", "blockquote");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。](\\s|$)");

    /** The chosen container and the siblings to keep, in document order. */
    record Located(Element container, List<Element> parts) {
    }

    private final boolean weighClasses;

    ArticleLocator(boolean weighClasses) {
        this.weighClasses = weighClasses;
    }

    Located locate(Element body) {
        TextStats stats = TextStats.measureAll(body);
        Map<Element, Double> mass = new IdentityHashMap<>();
        Map<Element, Double> scores = score(body, stats, mass);
        Element top = best(body, scores, stats);
        return new Located(top, withSiblings(top, body, scores, mass, stats));
    }

    /**
     * Scores candidates; fills {@code mass} with the undecayed sum of the paragraph scores under every element,
     * which judges siblings whose paragraphs sit too deep to have scored them directly.
     */
    private Map<Element, Double> score(Element body, TextStats stats, Map<Element, Double> mass) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            TextStats.Measure m = stats.of(e);
            int chars;
            int commas;
            Element firstAncestor;
            if (SCORED_TAGS.contains(e.normalName()) || (CONTAINER_TAGS.contains(e.normalName()) && !m.containsBlocks()
                    && e.parent() != null && stats.of(e.parent()).containsBlocks())) {
                // a paragraph, or the outermost block-free container (a div used as a paragraph; not a span in a p)
                chars = m.chars();
                commas = m.commas();
                firstAncestor = e.parent();
            } else if (m.containsBlocks() && CONTAINER_TAGS.contains(e.normalName())) {
                // text sitting directly in a container, between its blocks: a paragraph of the container itself
                chars = m.looseChars();
                commas = m.looseCommas();
                firstAncestor = e;
            } else {
                continue;
            }
            if (chars < MIN_PARAGRAPH_CHARS || firstAncestor == null) continue;
            double score = 1 + commas + Math.min(chars / 100, 3);
            int level = 0;
            for (Element a = firstAncestor; a != null && level < ANCESTOR_LEVELS; a = a.parent(), level++) {
                if (a.normalName().equals("html")) break;
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, score / divider, Double::sum);
            }
            for (Element a = firstAncestor; a != null && a != body; a = a.parent()) mass.merge(a, score, Double::sum);
        }
        return scores;
    }

    /**
     * The score of a candidate from the paragraph score it gathered: plus a tag prior, plus its class weight — a
     * positive weight never more than the paragraph score itself, so that a wrapper named "page" or "main" with a
     * stray paragraph under it does not outrank the container that holds the text.
     */
    private double withPrior(Element e, double paragraphScore) {
        double prior = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        double score = prior + paragraphScore;
        if (!weighClasses) return score;
        int weight = NodeHints.classWeight(e);
        return score + (weight < 0 ? weight : Math.min(weight, paragraphScore));
    }

    private Element best(Element body, Map<Element, Double> scores, TextStats stats) {
        if (scores.isEmpty()) return body;
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double adjusted = withPrior(entry.getKey(), entry.getValue())
                    * (1 - stats.of(entry.getKey()).linkDensity());
            entry.setValue(adjusted);
            ranked.add(entry);
        }
        ranked.sort(Comparator.comparingDouble((Map.Entry<Element, Double> en) -> en.getValue()).reversed());
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        if (top == body) return body;

        // several strong candidates under one ancestor: the article is split in parts, take the ancestor
        List<Element> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (ranked.get(i).getValue() / topScore >= 0.75) strong.add(ranked.get(i).getKey());
        }
        if (strong.size() >= 2) {
            for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
                int inside = 0;
                for (Element s : strong) if (isAncestor(a, s)) inside++;
                if (inside >= 2) {
                    top = a;
                    break;
                }
            }
        }
        // climb while the parent scores at least as well (the article's own wrapper)
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double s = scores.get(parent);
            if (s == null) continue;
            if (s < threshold) break;
            if (s > last) {
                top = parent;
                break;
            }
            last = s;
        }
        // a lone child is its parent's whole content: the parent is the better container
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    private List<Element> withSiblings(Element top, Element body, Map<Element, Double> scores,
                                       Map<Element, Double> mass, TextStats stats) {
        Element parent = top.parent();
        if (top == body || parent == null) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        double massThreshold = Math.max(10, mass.getOrDefault(top, 0.0) * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = 0;
            if (!top.className().isEmpty() && top.className().equals(sibling.className())) bonus = topScore * 0.2;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                parts.add(sibling);
            } else if (mass.getOrDefault(sibling, 0.0) * (1 - stats.of(sibling).linkDensity()) + bonus >= massThreshold) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                TextStats.Measure m = stats.of(sibling);
                double ld = m.linkDensity();
                if (m.chars() > 80 && ld < 0.25) parts.add(sibling);
                else if (m.chars() > 0 && m.chars() <= 80 && ld == 0 && SENTENCE_END.matcher(sibling.text()).find()) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }
}
