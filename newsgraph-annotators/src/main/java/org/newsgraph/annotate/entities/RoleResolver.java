package org.newsgraph.annotate.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;

/**
 * Finds the phrases that stand for a person by role ("le président biélorusse", "le chef de l'État", "the Kazakh
 * leader", "глава государства") and adds them as {@code ROLE} mentions of the person they stand for, when the
 * article names that person: the name right after the phrase, else the person the article already gave that role,
 * else the KB holder of the role in the country the phrase or the article is about.
 *
 * <p>Role phrases come from the {@code roles} lexicon: phrase, role ({@code head_of_state}); a phrase may hold
 * {@code {dem}} for an adjective of nationality, {@code {country}} for a country's name or {@code {org}} for an
 * organisation's name ("глава {org}", "the head of {org}": the head of that body). A person named right before the
 * phrase and a comma ("Gérald Darmanin, le ministre de l'Intérieur") is its holder too. KB holders are chosen by
 * the article's publication date when the KB gives terms of office.
 */
final class RoleResolver {
    private static final String DEM = "{dem}";
    private static final String COUNTRY = "{country}";
    private static final String ORG = "{org}";

    private RoleResolver() {
    }

    static void resolve(Words w, NameLexicons lx, List<Cluster> clusters, List<Candidate> names) {
        resolve(w, lx, clusters, names, java.util.Optional.empty());
    }

    static void resolve(Words w, NameLexicons lx, List<Cluster> clusters, List<Candidate> names,
                        java.util.Optional<java.time.LocalDate> published) {
        if (lx.roles.isEmpty()) return;
        Map<Integer, Candidate> nameAt = new HashMap<>();
        Map<Integer, Candidate> nameEndingAt = new HashMap<>();
        Map<Candidate, Cluster> clusterOf = new HashMap<>();
        for (Cluster c : clusters) for (Candidate n : c.names) clusterOf.put(n, c);
        for (Candidate n : names) {
            nameAt.putIfAbsent(n.first, n);
            nameEndingAt.putIfAbsent(n.last, n);
        }
        String mainCountry = mainCountry(clusters);
        Map<String, Cluster> bound = new HashMap<>();
        int i = 0;
        while (i < w.size()) {
            Match m = match(w, lx, i, nameAt);
            if (m == null) {
                i++;
                continue;
            }
            Cluster person = apposition(w, m.last, nameAt, clusterOf);
            if (person == null) person = appositionBefore(w, m.first, nameEndingAt, clusterOf);
            String country = m.country;
            if (person != null) {
                bound.put(m.role + ":" + (country == null ? "" : country), person);
                bound.putIfAbsent(m.role + ":", person);
            } else {
                person = bound.get(m.role + ":" + (country == null ? "" : country));
                if (person == null) person = holder(clusters, m.role, country == null ? mainCountry : country, published);
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
    private static Match match(Words w, NameLexicons lx, int i, Map<Integer, Candidate> nameAt) {
        Word start = w.get(i);
        if (!start.isWord()) return null;
        if (!lx.roles.starts(start.lower) && !(lx.demonyms.containsKey(start.lower) && lx.roles.starts(DEM))
                && !(nameAt.containsKey(i) && (lx.roles.starts(COUNTRY) || lx.roles.starts(ORG)))) return null;
        StringBuilder phrase = new StringBuilder();
        String country = null;
        Match best = null;
        int k = i;
        for (int n = 0; n < lx.roles.longest() && k < w.size() && w.sameSentence(i, k); n++) {
            Word x = w.get(k);
            String piece;
            int last = k;
            String dem = x.isWord() ? lx.demonyms.get(x.lower) : null;
            Candidate name = nameAt.get(k);
            if (dem != null) {
                piece = DEM;
                country = dem;
            } else if (name != null && name.entry != null && name.entry.roles().contains("country")) {
                piece = COUNTRY;
                country = name.entry.country().orElse(null);
                last = name.last;
            } else if (name != null && name.type == EntityType.ORGANIZATION) {
                piece = ORG;
                country = "org:" + (name.entry != null ? name.entry.id() : name.key); // the head of this body
                last = name.last;
            } else {
                piece = PhraseSet.normalise(w.text.substring(x.tokenStart, x.end));
            }
            if (phrase.length() > 0 && !piece.startsWith(".") && !piece.startsWith(",")) phrase.append(' ');
            phrase.append(piece);
            List<String> v = lx.roles.get(phrase.toString());
            if (v != null && !v.isEmpty()) best = new Match(i, last, v.get(0), country);
            k = last + 1;
        }
        return best;
    }

    /** The person named right after a role phrase: "le président biélorusse Alexandre Loukachenko". */
    private static Cluster apposition(Words w, int last, Map<Integer, Candidate> nameAt, Map<Candidate, Cluster> clusterOf) {
        int k = last + 1;
        if (k < w.size() && w.get(k).is(",")) k++;
        if (k >= w.size() || !w.sameSentence(last, k)) return null;
        Candidate n = nameAt.get(k);
        if (n == null || n.type != EntityType.PERSON) return null;
        return clusterOf.get(n);
    }

    /** The person named right before a comma and the role phrase: "Gérald Darmanin, le ministre de l'Intérieur". */
    private static Cluster appositionBefore(Words w, int first, Map<Integer, Candidate> nameEndingAt,
                                            Map<Candidate, Cluster> clusterOf) {
        int k = first - 1;
        if (k < 1 || !w.get(k).is(",") || !w.sameSentence(k - 1, first)) return null;
        Candidate n = nameEndingAt.get(k - 1);
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

    /** The country the article names most often. */
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
        return best;
    }
}
