package org.newsgraph.annotate.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scores candidates with the fitted weights and orders them, best first (ties keep the generators' order). */
public final class Ranker {
    private final Weights weights;

    public Ranker(Weights weights) {
        this.weights = weights;
    }

    public static Ranker standard() {
        return new Ranker(Weights.standard());
    }

    /**
     * Ranks the candidates of the quote or figure at [start, end); first marks the nearest of them ({@link
     * Feature#NEAREST}), a feature of the group rather than of one candidate.
     */
    public Ranking rank(String target, int start, int end, List<Candidate> candidates) {
        double nearest = Double.MAX_VALUE;
        for (Candidate c : candidates) if (placed(c) && c.excluded().isEmpty()) nearest = Math.min(nearest, distance(c));
        for (Candidate c : candidates) c.set(Feature.NEAREST, placed(c) && distance(c) == nearest ? 1 : 0);
        authorlessDocument(candidates);
        // "the report" yields to whoever else stands: a document is a source only when no author is named
        boolean someoneElse = candidates.stream().anyMatch(c -> c.excluded().isEmpty() && c.get(Feature.DOCUMENT) == 0);
        for (Candidate c : candidates) if (someoneElse && c.get(Feature.DOCUMENT) > 0) c.exclude("a document, and its author stands");
        List<Ranking.Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            scored.add(new Ranking.Scored(c, c.excluded().isPresent() ? Double.NEGATIVE_INFINITY : weights.score(c)));
        }
        scored.sort(Comparator.comparingDouble(s -> -s.score()));
        return new Ranking(target, start, end, List.copyOf(scored));
    }

    /**
     * "According to official data, 300 people were evacuated", "D'après les chiffres officiels", "По официальным
     * данным": the sentence itself credits a document and names no author beside it, so the text does not say who
     * counted: neither the document's phrase nor a speaker of another sentence is the source, only the publisher of
     * data cited before may be. The others are ruled out, and nobody wins unless that publisher stands.
     */
    private static void authorlessDocument(List<Candidate> candidates) {
        boolean document = false;
        for (Candidate c : candidates) {
            if (c.excluded().isEmpty() && c.get(Feature.DOCUMENT) > 0 && c.get(Feature.SLOT_CUE) > 0
                    && c.get(Feature.SENTENCE_DISTANCE) == 0) document = true;
        }
        if (!document) return;
        for (Candidate c : candidates) {
            if (c.excluded().isEmpty() && c.get(Feature.DOCUMENT) == 0 && c.get(Feature.SENTENCE_DISTANCE) == 0) return;
        }
        for (Candidate c : candidates) {
            if (c.get(Feature.SLOT_PUBLISHED_DATA) == 0) c.exclude("its sentence credits a document that names no author");
        }
    }

    private static boolean placed(Candidate c) {
        return c.ref().end() > c.ref().start();
    }

    /** Sentences first, then words: a name in the same sentence is nearer than one a sentence away. */
    private static double distance(Candidate c) {
        return c.get(Feature.SENTENCE_DISTANCE) * 100 + c.get(Feature.TOKEN_DISTANCE);
    }
}
