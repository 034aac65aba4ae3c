package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.PhraseMatcher;

/**
 * Finds the phrases that stand for a person by role ("le président biélorusse", "le chef de l'État", "the Kazakh
 * leader", "глава государства") and adds them as {@code ROLE} mentions of the person they stand for, when the
 * article names that person: the name right after the phrase, else the person the article already gave that role,
 * else the KB holder of the role in the country the phrase or the article is about.
 *
 * <p>Role phrases come from the {@code roles} lexicon: phrase, role ({@code head_of_state}); a phrase may hold
 * {@code {dem}} for an adjective of nationality, {@code {country}} for a country's name, {@code {org}} for an
 * organisation's name ("глава {org}", "the head of {org}": the head of that body) or {@code {place}} for another
 * place ("le préfet du {place}", "губернатор {place}": the office holder of that region or town). A person named right before the
 * phrase and a comma ("Gérald Darmanin, le ministre de l'Intérieur") is its holder too. KB holders are chosen by
 * the article's publication date when the KB gives terms of office.
 */
final class RoleResolver {
    static final String DEM = "{dem}";
    static final String COUNTRY = "{country}";
    static final String ORG = "{org}";
    static final String PLACE = "{place}";
    /** The placeholders as the phrase matcher cuts them: "{", "dem", "}". */
    private static final String[] DEM_PIECES = pieces(DEM);
    private static final String[] COUNTRY_PIECES = pieces(COUNTRY);
    private static final String[] ORG_PIECES = pieces(ORG);
    private static final String[] PLACE_PIECES = pieces(PLACE);

    private RoleResolver() {
    }

    private static String[] pieces(String placeholder) {
        org.newsgraph.core.text.Words w = org.newsgraph.core.text.Words.of(placeholder, Normalizer.basic());
        String[] out = new String[w.size()];
        for (int k = 0; k < out.length; k++) out[k] = w.norm(k);
        return out;
    }

    static void resolve(Words w, NameLexicons lx, List<Cluster> clusters, List<Candidate> names) {
        resolve(w, lx, clusters, names, java.util.Optional.empty());
    }

    static void resolve(Words w, NameLexicons lx, List<Cluster> clusters, List<Candidate> names,
                        java.util.Optional<java.time.LocalDate> published) {
        resolve(w, lx, clusters, names, () -> published);
    }

    /** As above, the publication date read only when a KB holder of a role is looked for (most articles need none). */
    static void resolve(Words w, NameLexicons lx, List<Cluster> clusters, List<Candidate> names,
                        java.util.function.Supplier<java.util.Optional<java.time.LocalDate>> published) {
        if (lx.roles.isEmpty()) return;
        // the first name starting and ending on each word
        Candidate[] nameAt = new Candidate[w.size()];
        Candidate[] nameEndingAt = new Candidate[w.size()];
        Map<Candidate, Cluster> clusterOf = new HashMap<>();
        for (Cluster c : clusters) for (Candidate n : c.names) clusterOf.put(n, c);
        for (Candidate n : names) {
            if (nameAt[n.first] == null) nameAt[n.first] = n;
            if (nameEndingAt[n.last] == null) nameEndingAt[n.last] = n;
        }
        String mainCountry = mainCountry(clusters);
        Map<String, Cluster> bound = new HashMap<>();
        java.util.Optional<java.time.LocalDate> day = null;
        View view = new View();
        int i = 0;
        while (i < w.size()) {
            Match m = match(w, lx, i, nameAt, view);
            if (m == null) {
                i++;
                continue;
            }
            Cluster person = apposition(w, lx, m.last, nameAt, clusterOf);
            if (person == null) person = appositionBefore(w, m.first, nameEndingAt, clusterOf);
            String country = m.country;
            if (person != null) {
                bound.put(m.role + ":" + (country == null ? "" : country), person);
                bound.putIfAbsent(m.role + ":", person);
            } else {
                person = bound.get(m.role + ":" + (country == null ? "" : country));
                if (person == null) {
                    if (day == null) day = published.get();
                    person = holder(clusters, m.role, country == null ? mainCountry : country, day);
                }
            }
            if (person != null) {
                Word f = w.get(m.first);
                Word l = w.get(m.last);
                person.roles.add(new Mention(w.text.substring(f.tokenStart, l.end), f.tokenStart, l.end, Mention.Kind.ROLE));
            }
            i = m.last + 1;
        }
    }

    private record Match(int first, int last, String role, String country) {
    }

    /** The longest role phrase starting at word i, with the country its adjective or name gives. */
    private static Match match(Words w, NameLexicons lx, int i, Candidate[] nameAt, View view) {
        Word start = w.get(i);
        if (!start.isWord()) return null;
        org.newsgraph.core.text.Words pieces = w.pieces;
        int firstPiece = start.pieceAtTokenStart;
        if (firstPiece >= pieces.size()) return null;
        if (!lx.roles.startsWith(pieces.norm(firstPiece)) && !(lx.demonyms.containsKey(start.lower) && lx.rolesOpenWithDemonym)
                && !(nameAt[i] != null && (lx.rolesOpenWithCountry || lx.rolesOpenWithOrg || lx.rolesOpenWithPlace))) return null;
        // the pieces of the words from i, a demonym, country or organisation name standing as its placeholder
        view.clear();
        String country = null;
        int k = i;
        for (int n = 0; n < lx.roles.longestPhrase() && k < w.size() && w.sameSentence(i, k); n++) {
            Word x = w.get(k);
            int last = k;
            String dem = x.isWord() ? lx.demonyms.get(x.lower) : null;
            Candidate name = nameAt[k];
            String[] placeholder = null;
            if (dem != null) {
                placeholder = DEM_PIECES;
                country = dem;
            } else if (name != null && name.entry != null && name.entry.roles().contains("country")) {
                placeholder = COUNTRY_PIECES;
                country = name.entry.country().orElse(null);
                last = name.last;
            } else if (name != null && name.type == EntityType.ORGANIZATION) {
                placeholder = ORG_PIECES;
                country = "org:" + (name.entry != null ? name.entry.id() : name.key); // the head of this body
                last = name.last;
            } else if (name != null && name.type == EntityType.LOCATION) {
                placeholder = PLACE_PIECES;
                country = "place:" + (name.entry != null ? name.entry.id() : name.key); // the prefect of this one
                last = name.last;
            }
            if (placeholder != null) {
                for (String p : placeholder) view.add(p);
            } else {
                for (int q = x.pieceAtTokenStart; q < pieces.size() && pieces.start(q) < x.end; q++) {
                    view.add(pieces.norm(q));
                }
            }
            view.endWord(last, country);
            k = last + 1;
        }
        // the longest phrase that ends where a word ends
        int limit = view.size();
        while (limit > 0) {
            PhraseMatcher.Match<List<String>> m = lx.roles.longestAt(view, 0, limit);
            if (m == null) return null;
            int word = view.wordEndingAt(m.end());
            if (word >= 0) {
                return m.value().isEmpty() ? null
                        : new Match(i, view.lastWord[word], m.value().get(0), view.country[word]);
            }
            limit = view.wordEndBefore(m.end());
        }
        return null;
    }

    /**
     * The normalised pieces of the words read from a role's first word, for the phrase matcher; for each word read,
     * where its pieces end, its last word index, and the country known up to it.
     */
    private static final class View implements PhraseMatcher.Sequence {
        private final List<String> norms = new ArrayList<>();
        private int[] ends = new int[8];
        private int[] lastWord = new int[8];
        private String[] country = new String[8];
        private int words;

        /** Empty again, for the next word a phrase may start at. */
        void clear() {
            norms.clear();
            words = 0;
        }

        void add(String norm) {
            norms.add(norm);
        }

        void endWord(int last, String countryNow) {
            if (words == ends.length) {
                ends = Arrays.copyOf(ends, words * 2);
                lastWord = Arrays.copyOf(lastWord, words * 2);
                country = Arrays.copyOf(country, words * 2);
            }
            ends[words] = norms.size();
            lastWord[words] = last;
            country[words] = countryNow;
            words++;
        }

        /** The word whose pieces end at {@code end}, or -1. */
        int wordEndingAt(int end) {
            for (int k = 0; k < words; k++) if (ends[k] == end) return k;
            return -1;
        }

        /** The last word end before {@code end}, or 0. */
        int wordEndBefore(int end) {
            int best = 0;
            for (int k = 0; k < words && ends[k] < end; k++) best = ends[k];
            return best;
        }

        @Override
        public int size() {
            return norms.size();
        }

        @Override
        public String norm(int i) {
            return norms.get(i);
        }

        @Override
        public boolean spaceBefore(int i) {
            return true;
        }
    }

    /**
     * The person named right after a role phrase: "le président biélorusse Alexandre Loukachenko", also after the
     * place or body the office belongs to when no phrase of the lexicon holds it ("le préfet de la Somme, X").
     */
    private static Cluster apposition(Words w, NameLexicons lx, int last, Candidate[] nameAt,
                                      Map<Candidate, Cluster> clusterOf) {
        int k = last + 1;
        int j = k;
        while (j < w.size() && j < k + 2 && w.sameSentence(last, j) && w.get(j).isWord() && !w.get(j).capitalised
                && lx.connectors.contains(w.get(j).lower)) j++;
        if (j > k && j < w.size() && w.sameSentence(last, j) && nameAt[j] != null && nameAt[j].type != EntityType.PERSON
                && nameAt[j].last + 1 < w.size() && w.get(nameAt[j].last + 1).is(",")) k = nameAt[j].last + 1;
        if (k < w.size() && w.get(k).is(",")) k++;
        if (k >= w.size() || !w.sameSentence(last, k)) return null;
        Candidate n = nameAt[k];
        if (n == null || n.type != EntityType.PERSON) return null;
        return clusterOf.get(n);
    }

    /** The person named right before a comma and the role phrase: "Gérald Darmanin, le ministre de l'Intérieur". */
    private static Cluster appositionBefore(Words w, int first, Candidate[] nameEndingAt,
                                            Map<Candidate, Cluster> clusterOf) {
        int k = first - 1;
        if (k < 1 || !w.get(k).is(",") || !w.sameSentence(k - 1, first)) return null;
        Candidate n = nameEndingAt[k - 1];
        if (n == null || n.type != EntityType.PERSON) return null;
        return clusterOf.get(n);
    }

    private static Cluster holder(List<Cluster> clusters, String role, String country,
                                  java.util.Optional<java.time.LocalDate> published) {
        if (country == null) return null;
        String wanted = role + ":" + country;
        for (Cluster c : clusters) {
            if (c.type == EntityType.PERSON && c.entry != null && c.entry.holds(wanted, published)) return c;
        }
        return null;
    }

    /**
     * The country the article names most often; when it names none, the country its linked places lie in, by
     * mention count ("à Lille", "dans le Nord": France), so that "le chef de l'État" finds its holder.
     */
    private static String mainCountry(List<Cluster> clusters) {
        String best = null;
        int most = 0;
        for (Cluster c : clusters) {
            if (c.entry == null || !c.entry.roles().contains("country")) continue;
            if (c.names.size() > most) {
                most = c.names.size();
                best = c.entry.country().orElse(null);
            }
        }
        if (best != null) return best;
        Map<String, Integer> byPlaces = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.entry == null || c.type != EntityType.LOCATION || c.entry.country().isEmpty()) continue;
            int n = byPlaces.merge(c.entry.country().get(), c.names.size(), Integer::sum);
            if (n > most) {
                most = n;
                best = c.entry.country().get();
            }
        }
        return best;
    }
}
