package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * Merges the names of a document into one cluster per referent: names linked to one KB entry, names with one key
 * (spellings, scripts, case endings), a surname alone with the person named in full, first-name case forms
 * ("Павел Волков" / "Павла Волкова"), and an acronym with the name it abbreviates.
 */
final class EntityClusterer {
    private final KnowledgeBase kb;

    EntityClusterer(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Cluster> cluster(List<Candidate> names, NameLexicons lx) {
        Map<String, Cluster> byId = new LinkedHashMap<>();
        for (Candidate c : names) {
            String id = c.entry != null ? "kb:" + c.entry.id() : c.type + "|" + c.key;
            Cluster cl = byId.get(id);
            if (cl == null) byId.put(id, new Cluster(c));
            else cl.names.add(c);
        }
        List<Cluster> clusters = new ArrayList<>(byId.values());
        mergeStatedAcronyms(clusters);
        mergeKeysIntoLinked(clusters);
        mergeSurnames(clusters);
        mergeFirstNameForms(clusters);
        mergeAcronyms(clusters);
        mergeShortOrganisationNames(clusters, lx.orgHeads);
        linkSurnames(clusters);
        linkLocalPlaces(clusters);
        return clusters;
    }

    /** An acronym the text defines in parentheses joins the name it follows. */
    private static void mergeStatedAcronyms(List<Cluster> clusters) {
        for (Cluster acr : List.copyOf(clusters)) {
            if (!clusters.contains(acr)) continue;
            for (Candidate c : acr.names) {
                if (c.sameAs == null) continue;
                Cluster full = clusters.stream().filter(x -> x != acr && x.names.contains(c.sameAs)).findFirst().orElse(null);
                if (full == null || (full.entry != null && acr.entry != null && full.entry != acr.entry)) continue;
                full.absorb(acr);
                clusters.remove(acr);
                break;
            }
        }
    }

    /** An unlinked cluster whose key a linked cluster of the same type also has joins it. */
    private static void mergeKeysIntoLinked(List<Cluster> clusters) {
        for (Cluster linked : List.copyOf(clusters)) {
            if (linked.entry == null || !clusters.contains(linked)) continue;
            for (Cluster other : List.copyOf(clusters)) {
                if (other == linked || other.entry != null || other.type != linked.type) continue;
                for (Candidate c : other.names) {
                    if (linked.hasKey(c.key)) {
                        linked.absorb(other);
                        clusters.remove(other);
                        break;
                    }
                }
            }
        }
    }

    private static void mergeSurnames(List<Cluster> clusters) {
        for (Cluster single : List.copyOf(clusters)) {
            if (single.type != EntityType.PERSON || !clusters.contains(single)) continue;
            if (single.names.stream().anyMatch(c -> c.wordCount() != 1)) continue;
            String key = single.names.get(0).key;
            Cluster target = null;
            int targets = 0;
            for (Cluster full : clusters) {
                if (full == single || full.type != EntityType.PERSON) continue;
                boolean match = full.names.stream().anyMatch(c -> c.wordCount() >= 2 && c.lastWordKey().equals(key))
                        || (full.entry != null && surnameOf(full.entry, key));
                if (match) {
                    target = full;
                    targets++;
                }
            }
            if (targets == 1) {
                target.absorb(single);
                clusters.remove(single);
            }
        }
    }

    private static boolean surnameOf(KbEntry e, String key) {
        for (String alias : e.aliases()) {
            List<String> w = NameKeys.words(alias);
            if (w.size() >= 2 && NameKeys.key(w.get(w.size() - 1), EndingFolder.NONE).equals(key)) return true;
        }
        return false;
    }

    private static void mergeFirstNameForms(List<Cluster> clusters) {
        for (Cluster a : List.copyOf(clusters)) {
            if (a.type != EntityType.PERSON || !clusters.contains(a)) continue;
            for (Cluster b : List.copyOf(clusters)) {
                if (b == a || b.type != EntityType.PERSON || !clusters.contains(b)) continue;
                if (a.entry != null && b.entry != null) continue;
                if (sameFullName(a.names.get(0), b.names.get(0))) {
                    a.absorb(b);
                    clusters.remove(b);
                }
            }
        }
    }

    private static boolean sameFullName(Candidate x, Candidate y) {
        String[] a = x.key.split(" ");
        String[] b = y.key.split(" ");
        if (a.length < 2 || a.length != b.length) return false;
        if (!a[a.length - 1].equals(b[b.length - 1])) return false;
        for (int i = 0; i < a.length - 1; i++) {
            int n = Math.min(3, Math.min(a[i].length(), b[i].length()));
            if (!a[i].regionMatches(0, b[i], 0, n)) return false;
        }
        return true;
    }

    private static void mergeAcronyms(List<Cluster> clusters) {
        for (Cluster acr : List.copyOf(clusters)) {
            if (acr.type != EntityType.ORGANIZATION || !clusters.contains(acr)) continue;
            Candidate a = acr.names.stream().filter(c -> c.acronym).findFirst().orElse(null);
            if (a == null) continue;
            String letters = a.surface.replace(".", "").toLowerCase(Locale.ROOT);
            for (Cluster full : List.copyOf(clusters)) {
                if (full == acr || full.type != EntityType.ORGANIZATION || !clusters.contains(full)) continue;
                if (acr.entry != null && full.entry != null) continue;
                if (full.names.stream().anyMatch(c -> !c.acronym && initials(c.surface).equals(letters))) {
                    if (full.entry == null && acr.entry != null) {
                        acr.absorb(full);
                        clusters.remove(full);
                    } else {
                        full.absorb(acr);
                        clusters.remove(acr);
                    }
                    break;
                }
            }
        }
    }

    /**
     * An organisation named by some of the words of a longer name joins it ("Prosecutor's Office" → "Prosecutor
     * General's Office") when the longer name adds no organisation noun of its own, so "Defense Ministry" and
     * "Defense Ministry Press Service" stay apart.
     */
    private static void mergeShortOrganisationNames(List<Cluster> clusters, Set<String> orgHeads) {
        for (Cluster small : List.copyOf(clusters)) {
            if (small.type != EntityType.ORGANIZATION || small.entry != null || !clusters.contains(small)) continue;
            Candidate s = small.names.get(0);
            if (s.wordCount() < 2) continue;
            Cluster target = null;
            int targets = 0;
            for (Cluster big : clusters) {
                if (big == small || big.type != EntityType.ORGANIZATION) continue;
                if (big.names.stream().anyMatch(b -> extendsName(b.key, s.key, orgHeads))) {
                    target = big;
                    targets++;
                }
            }
            if (targets == 1) {
                target.absorb(small);
                clusters.remove(small);
            }
        }
    }

    /** True when the longer key has all the words of the shorter, in order, and only non-head words added. */
    private static boolean extendsName(String longer, String shorter, Set<String> orgHeads) {
        String[] l = longer.split(" ");
        String[] sh = shorter.split(" ");
        if (l.length <= sh.length) return false;
        int k = 0;
        for (String word : l) {
            if (k < sh.length && word.equals(sh[k])) k++;
            else if (orgHeads.contains(word)) return false;
        }
        return k == sh.length;
    }

    /** First letters of the significant words: "Collective Security Treaty Organization" → "csto". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : NameKeys.words(name)) {
            if (w.length() <= 2 && !Character.isUpperCase(w.charAt(0))) continue;
            if (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("for")) continue;
            b.append(Character.toLowerCase(w.charAt(0)));
        }
        return b.toString();
    }

    /**
     * A place the hand-written KB does not know, or a name of unknown type, found among the GeoNames places is
     * linked to it: coordinates, country, id. A name typed as a person or organisation by a cue stays what it is.
     * Namesakes are told apart by the article's countries (those of its linked names, by mention count), then by
     * population: "Gaza" in an article about Palestine is the city, not the Mozambican province.
     */
    private void linkLocalPlaces(List<Cluster> clusters) {
        Map<String, Integer> countries = null;
        for (Cluster c : clusters) {
            if (c.entry != null || !(c.type == EntityType.LOCATION || c.type == EntityType.OTHER)) continue;
            for (Candidate n : c.names) {
                List<KbEntry> places = kb.places(n.key);
                if (places.isEmpty()) continue;
                if (countries == null) countries = articleCountries(clusters);
                c.entry = PlaceChoice.best(places, countries);
                c.type = EntityType.LOCATION;
                break;
            }
        }
    }

    /** How often each country is named in the article, by itself or through a linked place or body in it. */
    private static Map<String, Integer> articleCountries(List<Cluster> clusters) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (Cluster c : clusters) {
            if (c.entry == null || c.entry.country().isEmpty()) continue;
            out.merge(c.entry.country().get(), c.names.size(), Integer::sum);
        }
        return out;
    }

    /** A surname alone that no full name in the document explains is linked to the one KB person it names. */
    private void linkSurnames(List<Cluster> clusters) {
        for (Cluster c : clusters) {
            if (c.entry != null || c.type != EntityType.PERSON) continue;
            KbEntry found = null;
            boolean ambiguous = false;
            for (Candidate n : c.names) {
                if (n.wordCount() != 1) continue;
                for (KbAlias a : kb.lookup(n.key)) {
                    if (!a.surname() || a.entry().type() != EntityType.PERSON) continue;
                    if (found != null && found != a.entry()) ambiguous = true;
                    found = a.entry();
                }
            }
            if (found != null && !ambiguous) c.entry = found;
        }
    }
}
