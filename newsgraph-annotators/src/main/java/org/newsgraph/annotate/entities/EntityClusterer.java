package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.core.model.EntityType;

/**
 * Merges the names of a document into one cluster per referent: names linked to one KB entry, names with one key
 * (spellings, scripts, case endings), a surname or a first name alone with the person named in full, first-name case
 * forms ("Павел Волков" / "Павла Волкова"), an acronym with the name it abbreviates (also across scripts), a shorter
 * name with the longer one it is part of ("Gaza" / "Gaza Strip" / "bande de Gaza"; an organisation inside a longer
 * organisation name), and the word orders and country words of one body ("Health Ministry" / "Ministry of Health" /
 * "Lebanon's Health Ministry").
 *
 * <p>Every pass finds its partners through an index by key, so merging stays near-linear in the number of names
 * (comparing every pair was cubic on long documents).
 */
final class EntityClusterer {
    /** Population a GeoNames place needs for a word no cue or model typed to be linked to it. */
    static final long UNTYPED_MIN_POPULATION = 500_000;
    /** A lone word typed a person by the recogniser only, without any cue, is rather a town of this size. */
    static final long GUESSED_PERSON_MIN_POPULATION = 50_000;
    private final KnowledgeBase kb;
    /** The name parts of each language, built once: their demonym and connector keys cost a few hundred keys. */
    private final Map<NameLexicons, NameParts> parts = new java.util.concurrent.ConcurrentHashMap<>();
    /** The key of the last word of each KB alias of two words or more ("" for one word): the KB is fixed, so once. */
    private final Map<String, String> aliasSurnames = new java.util.concurrent.ConcurrentHashMap<>();

    EntityClusterer(KnowledgeBase kb) {
        this.kb = kb;
    }

    NameParts parts(NameLexicons lx) {
        return parts.computeIfAbsent(lx, l -> new NameParts(l, kb));
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
        NameParts parts = parts(lx);
        mergeStatedAcronyms(clusters);
        mergeKeysIntoLinked(clusters);
        mergeSurnames(clusters, aliasSurnames);
        mergeFirstNameForms(clusters);
        mergeSurnameSpellings(clusters);
        mergeFirstNames(clusters);
        mergeAcronyms(clusters, parts);
        mergeShortOrganisationNames(clusters, lx);
        mergeShortPlaceNames(clusters, parts);
        mergeOrganisationForms(clusters, parts, lx.bodyAndFacilityHeads);
        clusters.removeIf(Cluster::merged);
        linkSurnames(clusters);
        linkLocalPlaces(clusters);
        return clusters;
    }

    /** True when every name of the cluster is one word. */
    private static boolean allOneWord(Cluster c) {
        for (Candidate n : c.names) if (n.wordCount() != 1) return false;
        return true;
    }

    /** Joins two standing clusters, the second into the first; false when they are one already. */
    private static boolean join(Cluster into, Cluster other) {
        Cluster a = into.root();
        Cluster b = other.root();
        if (a == b) return false;
        a.absorb(b);
        return true;
    }

    /** An acronym the text defines in parentheses joins the name it follows. */
    private static void mergeStatedAcronyms(List<Cluster> clusters) {
        Map<Candidate, Cluster> clusterOf = new IdentityHashMap<>();
        for (Cluster c : clusters) for (Candidate n : c.names) clusterOf.put(n, c);
        for (Cluster acr : clusters) {
            for (Candidate c : acr.names) {
                if (c.sameAs == null || clusterOf.get(c.sameAs) == null) continue;
                Cluster full = clusterOf.get(c.sameAs).root();
                Cluster a = acr.root();
                if (full == a || (full.entry != null && a.entry != null && full.entry != a.entry)) continue;
                join(full, a);
                break;
            }
        }
    }

    /** An unlinked cluster whose key a linked cluster of the same type also has joins it. */
    private static void mergeKeysIntoLinked(List<Cluster> clusters) {
        Map<String, Cluster> linkedByKey = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.entry == null) continue;
            for (Candidate n : c.names) linkedByKey.putIfAbsent(c.type + "|" + n.key, c);
        }
        for (Cluster other : clusters) {
            if (other.entry != null || other.merged()) continue;
            for (Candidate c : other.names) {
                Cluster linked = linkedByKey.get(other.type + "|" + c.key);
                if (linked != null && join(linked, other)) break;
            }
        }
    }

    /** A person named by one word only joins the one person named in full whose last word it is. */
    private static void mergeSurnames(List<Cluster> clusters, Map<String, String> aliasSurnames) {
        Map<String, Set<Cluster>> byLastWord = new HashMap<>();
        for (Cluster full : clusters) {
            if (full.type != EntityType.PERSON) continue;
            for (Candidate c : full.names) {
                if (c.wordCount() >= 2) byLastWord.computeIfAbsent(c.lastWordKey(), k -> new LinkedHashSet<>()).add(full);
            }
            if (full.entry != null) {
                for (String alias : full.entry.aliases()) {
                    String surname = aliasSurnames.computeIfAbsent(alias, EntityClusterer::lastWordKey);
                    if (!surname.isEmpty()) byLastWord.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(full);
                }
            }
        }
        for (Cluster single : clusters) {
            if (single.type != EntityType.PERSON || single.merged()) continue;
            if (!allOneWord(single)) continue;
            Cluster target = unique(byLastWord.get(single.names.get(0).key), single);
            if (target != null) join(target, single);
        }
    }

    /** The key of the last word of a name of two words or more, "" for a name of one word. */
    private static String lastWordKey(String name) {
        List<String> w = NameKeys.words(name);
        return w.size() >= 2 ? NameKeys.key(w.get(w.size() - 1), EndingFolder.NONE) : "";
    }

    /** The one standing cluster of a set other than {@code self}, or null when there are none or several. */
    private static Cluster unique(Set<Cluster> candidates, Cluster self) {
        if (candidates == null) return null;
        Cluster found = null;
        Cluster me = self.root();
        for (Cluster c : candidates) {
            Cluster r = c.root();
            if (r == me) continue;
            if (found != null && found != r) return null;
            found = r;
        }
        return found;
    }

    /**
     * Case forms of one full name: "Павел Волков" / "Павла Волкова" (same surname key, given names alike: their
     * first three letters agree, or a given name of one or two letters starts the other's).
     *
     * <p>Near-linear: within a surname, names whose given names all have three letters or more are alike exactly
     * when those three-letter starts agree, so they are grouped by them and each group joins in one pass; only the
     * names with a shorter given name (initials) are compared, once per group. Comparing every pair was quadratic in
     * the people sharing a surname (issue 15, item 2).
     */
    private static void mergeFirstNameForms(List<Cluster> clusters) {
        Map<String, List<Cluster>> buckets = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON) continue;
            Candidate first = c.names.get(0);
            int words = first.wordCount();
            if (words < 2) continue;
            buckets.computeIfAbsent(first.lastWordKey() + "#" + words, k -> new ArrayList<>()).add(c);
        }
        for (List<Cluster> bucket : buckets.values()) {
            Map<String, List<Cluster>> groups = new LinkedHashMap<>();
            List<Cluster> initials = new ArrayList<>();
            for (Cluster c : bucket) {
                String signature = givenNameStarts(c.names.get(0));
                if (signature == null) initials.add(c);
                else groups.computeIfAbsent(signature, k -> new ArrayList<>()).add(c);
            }
            List<Cluster> representatives = new ArrayList<>();
            for (List<Cluster> group : groups.values()) representatives.addAll(joinAlike(group));
            for (Cluster s : initials) {
                for (Cluster r : representatives) {
                    if (s.root() == r.root() || (s.root().entry != null && r.root().entry != null)) continue;
                    if (sameFullName(s.names.get(0), r.names.get(0))) join(r, s);
                }
                representatives.add(s);
            }
        }
    }

    /** People sharing given names and a surname start further than this are not compared (bounded work). */
    private static final int MAX_SPELLING_GROUP = 8;

    /**
     * Two spellings of one transliterated surname after the same given names ("Karim Haddadine" / "Karim Haddadin"):
     * surname keys of five letters or more that share their first three letters and differ by at most two edits.
     * Names are grouped by given names and surname start, so only namesakes are compared.
     */
    private static void mergeSurnameSpellings(List<Cluster> clusters) {
        Map<String, List<Cluster>> groups = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.merged() || c.type != EntityType.PERSON) continue;
            Candidate full = c.names.get(0);
            int sp = full.key.lastIndexOf(' ');
            if (sp < 0 || full.key.length() - sp - 1 < 5) continue;
            groups.computeIfAbsent(full.key.substring(0, sp + 4), k -> new ArrayList<>()).add(c);
        }
        for (List<Cluster> group : groups.values()) {
            if (group.size() < 2 || group.size() > MAX_SPELLING_GROUP) continue;
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    Cluster x = group.get(a).root();
                    Cluster y = group.get(b).root();
                    if (x == y || (x.entry != null && y.entry != null)) continue;
                    if (editsAtMostTwo(group.get(a).names.get(0).lastWordKey(), group.get(b).names.get(0).lastWordKey())) {
                        if (x.entry == null && y.entry != null) join(y, x);
                        else join(x, y);
                    }
                }
            }
        }
    }

    /** True when two words differ by at most two insertions, deletions or substitutions. */
    static boolean editsAtMostTwo(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) return false;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > 2) return false;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= 2;
    }

    /** "павел волков" → "пав": the first three letters of each given name, or null when one is shorter. */
    private static String givenNameStarts(Candidate c) {
        String[] words = c.key.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].length() < 3) return null;
            b.append(words[i], 0, 3).append(' ');
        }
        return b.toString();
    }

    /**
     * Joins the clusters of one group (all alike) into as few as their knowledge-base links allow: two clusters
     * linked to different entries stay apart. Returns one cluster per resulting person.
     */
    private static List<Cluster> joinAlike(List<Cluster> group) {
        List<Cluster> kept = new ArrayList<>();
        for (Cluster c : group) {
            FULL_NAME_COMPARISONS.increment();
            boolean placed = false;
            for (Cluster k : kept) {
                if (k.root() == c.root() || !(k.root().entry != null && c.root().entry != null)) {
                    join(k, c);
                    placed = true;
                    break;
                }
            }
            if (!placed) kept.add(c);
        }
        return kept;
    }

    /** Full-name comparisons made by {@link #mergeFirstNameForms}: counted so tests can show the merging stays near-linear. */
    static final java.util.concurrent.atomic.LongAdder FULL_NAME_COMPARISONS = new java.util.concurrent.atomic.LongAdder();

    private static boolean sameFullName(Candidate x, Candidate y) {
        FULL_NAME_COMPARISONS.increment();
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

    /**
     * A first name alone after the person was named in full ("Bouchra" after "Bouchra Benali") joins that person,
     * when exactly one person of the document has that first name and the word is nobody's surname.
     */
    private static void mergeFirstNames(List<Cluster> clusters) {
        Map<String, Set<Cluster>> byFirstWord = new HashMap<>();
        Set<String> lastWords = new HashSet<>();
        Map<Cluster, Integer> firstFull = new HashMap<>();
        for (Cluster full : clusters) {
            Cluster r = full.root();
            if (r.type != EntityType.PERSON) continue;
            for (Candidate c : r.names) {
                if (c.wordCount() < 2) continue;
                byFirstWord.computeIfAbsent(c.key.substring(0, c.key.indexOf(' ')), k -> new LinkedHashSet<>()).add(r);
                lastWords.add(c.lastWordKey());
                firstFull.merge(r, c.start, Math::min);
            }
        }
        for (Cluster single : clusters) {
            if (single.merged() || (single.type != EntityType.PERSON && single.type != EntityType.OTHER)) continue;
            if (single.entry != null || !allOneWord(single)) continue;
            String key = single.names.get(0).key;
            if (key.length() < 3 || lastWords.contains(key)) continue;
            Cluster target = unique(byFirstWord.get(key), single);
            if (target == null || firstFull.getOrDefault(target, Integer.MAX_VALUE) > single.firstStart()) continue;
            join(target, single);
        }
    }

    /**
     * An acronym joins the name whose initials it spells, in either script ("AP" / "Associated Press", "МЧС" /
     * "Министерство по чрезвычайным ситуациям"). A name typed a person by default only ("Associated Press" has no
     * cue) may be that expansion and becomes the acronym's organisation.
     */
    private static void mergeAcronyms(List<Cluster> clusters, NameParts parts) {
        Map<String, Set<Cluster>> byInitials = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.merged() || !expansionType(c)) continue;
            for (Candidate n : c.names) {
                if (n.acronym || n.wordCount() < 2) continue;
                String initials = parts.initials(n.surface);
                if (initials.length() >= 2) byInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(c);
            }
        }
        for (Cluster acr : clusters) {
            if (acr.merged() || !(acr.type == EntityType.ORGANIZATION || acr.type == EntityType.OTHER)) continue;
            Candidate a = null;
            for (Candidate c : acr.names) {
                if (c.acronym) {
                    a = c;
                    break;
                }
            }
            if (a == null) continue;
            Set<Cluster> found = byInitials.get(parts.letters(a.surface));
            if (found == null) continue;
            for (Cluster f : found) {
                Cluster full = f.root();
                Cluster ac = acr.root();
                if (full == ac || (ac.entry != null && full.entry != null)) continue;
                if (full.entry == null && ac.entry != null) join(ac, full);
                else join(full, ac);
                Cluster merged = full.root();
                // a facility or place spelt out keeps its type ("Sunrise Textile Mill" / "STM"); a person by default is none
                if (merged.type != EntityType.ORGANIZATION && f.type != EntityType.LOCATION) merged.type = EntityType.ORGANIZATION;
                break;
            }
        }
    }

    /**
     * An organisation, a place of three words or more the KB does not know (a facility: "Sunrise Textile Mill"), or a
     * name typed a person or left untyped for want of any cue.
     */
    private static boolean expansionType(Cluster c) {
        if (c.type == EntityType.ORGANIZATION) return true;
        if (c.type == EntityType.LOCATION && c.entry == null) {
            for (Candidate n : c.names) if (n.wordCount() >= 3) return true;
            return false;
        }
        return (c.type == EntityType.PERSON || c.type == EntityType.OTHER) && c.entry == null
                && c.confidence() <= Candidate.NONE;
    }

    /**
     * An organisation named by some of the words of a longer name joins it ("Prosecutor's Office" → "Prosecutor
     * General's Office") when the longer name adds no organisation noun of its own, so "Defense Ministry" and
     * "Defense Ministry Press Service" stay apart.
     */
    private static void mergeShortOrganisationNames(List<Cluster> clusters, NameLexicons lx) {
        if (!hasShortOrganisation(clusters)) return; // most documents: nothing to join, no index of words to build
        Set<String> orgHeads = lx.orgHeads;
        Map<String, Set<Cluster>> byWord = new HashMap<>();
        Map<Cluster, List<String>> longKeys = new HashMap<>();
        for (Cluster big : clusters) {
            if (big.type != EntityType.ORGANIZATION) continue;
            List<String> keys = new ArrayList<>();
            for (Candidate b : big.names) keys.add(b.key);
            // a linked body's other names count too: "Следственный комитет" is part of its "Следственный комитет России"
            if (big.entry != null) for (String alias : big.entry.aliases()) keys.add(lx.key(alias)); // NameKeys.key, cached
            longKeys.put(big, keys);
            for (String key : keys) {
                for (String word : key.split(" ")) byWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(big);
            }
        }
        for (Cluster small : clusters) {
            if (!isShortOrganisation(small)) continue;
            Candidate s = small.names.get(0);
            Set<Cluster> near = byWord.get(s.key.substring(0, s.key.indexOf(' ')));
            if (near == null) continue;
            Cluster target = null;
            int targets = 0;
            Set<Cluster> seen = new HashSet<>();
            for (Cluster b : near) {
                Cluster big = b.root();
                if (big == small.root() || !seen.add(big)) continue;
                boolean extended = big.names.stream().anyMatch(n -> extendsName(n.key, s.key, orgHeads))
                        || longKeys.getOrDefault(b, List.of()).stream().anyMatch(k -> extendsName(k, s.key, orgHeads));
                if (extended) {
                    target = big;
                    targets++;
                }
            }
            if (targets == 1) join(target, small);
        }
    }

    /** An organisation cluster of several words not linked to the KB, which a longer name may take in. */
    private static boolean isShortOrganisation(Cluster c) {
        return c.type == EntityType.ORGANIZATION && c.entry == null && !c.merged() && c.names.get(0).wordCount() >= 2;
    }

    private static boolean hasShortOrganisation(List<Cluster> clusters) {
        for (Cluster c : clusters) if (isShortOrganisation(c)) return true;
        return false;
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

    /**
     * A place named with and without its kind ("Gaza" / "Gaza Strip" / "bande de Gaza", "Kemerovo Oblast"): names
     * with one core, once the place nouns and connectors are set aside, are one place, unless two of them are linked
     * to different hand-written KB entries.
     */
    private static void mergeShortPlaceNames(List<Cluster> clusters, NameParts parts) {
        Map<String, List<Cluster>> byCore = new HashMap<>();
        Set<String> withHead = new HashSet<>();
        for (Cluster c : clusters) {
            if (c.type != EntityType.LOCATION && c.type != EntityType.OTHER) continue;
            for (Candidate n : c.names) {
                String core = parts.placeCore(n.key);
                if (core.isEmpty()) continue;
                List<Cluster> list = byCore.computeIfAbsent(core, k -> new ArrayList<>());
                if (!list.contains(c)) list.add(c);
                if (!core.equals(n.key) && c.type == EntityType.LOCATION) withHead.add(core);
            }
        }
        for (String core : withHead) {
            List<Cluster> same = byCore.get(core);
            if (same.size() < 2) continue;
            KbEntry linked = null;
            boolean conflict = false;
            for (Cluster c : same) {
                KbEntry e = c.root().entry;
                if (e == null) continue;
                if (linked != null && linked != e) conflict = true;
                linked = e;
            }
            if (conflict) continue;
            Cluster into = same.get(0);
            for (Cluster c : same) if (c.entry != null || c.type == EntityType.LOCATION) into = c;
            for (Cluster c : same) join(into, c);
            into.root().type = EntityType.LOCATION;
        }
    }

    /**
     * One body (or facility) named in other word orders or with its country said another way: "Health Ministry",
     * "Ministry of Health", "Lebanon's Health Ministry", "Lebanese Health Ministry", "port of Beirut", "Beirut port". Names whose content words (organisation noun
     * included) are the same set join when the countries they name agree; a name naming no country joins only when a
     * single country is named among them.
     */
    private static void mergeOrganisationForms(List<Cluster> clusters, NameParts parts, Set<String> orgHeads) {
        Map<String, List<Cluster>> byCore = new HashMap<>();
        Map<Cluster, String> countryOf = new HashMap<>();
        for (Cluster c : clusters) {
            // bodies, and facilities the KB does not know ("port of Beirut" / "Beirut port")
            if (c.merged() || !(c.type == EntityType.ORGANIZATION || (c.type == EntityType.LOCATION && c.entry == null))) continue;
            for (Candidate n : c.names) {
                if (n.acronym || n.wordCount() < 2) continue;
                NameParts.Core core = parts.organisationCore(n.key, orgHeads);
                if (core == null) continue;
                List<Cluster> list = byCore.computeIfAbsent(core.words(), k -> new ArrayList<>());
                if (!list.contains(c)) list.add(c);
                if (!core.country().isEmpty()) countryOf.putIfAbsent(c, core.country());
            }
        }
        for (List<Cluster> same : byCore.values()) {
            if (same.size() < 2) continue;
            TreeSet<String> countries = new TreeSet<>();
            for (Cluster c : same) if (countryOf.containsKey(c)) countries.add(countryOf.get(c));
            Map<String, Cluster> into = new HashMap<>();
            for (Cluster c : same) {
                String country = countryOf.getOrDefault(c, countries.size() == 1 ? countries.first() : "");
                if (country.isEmpty() && countries.size() > 1) continue;
                Cluster target = into.putIfAbsent(country, c);
                if (target == null) continue;
                Cluster a = target.root();
                Cluster b = c.root();
                if (a.entry != null && b.entry != null && a.entry != b.entry) continue;
                if (a.entry == null && b.entry != null) join(b, a);
                else join(a, b);
            }
        }
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
            if (c.entry != null) continue;
            boolean guessedPerson = c.type == EntityType.PERSON && c.confidence() <= Candidate.SHAPE && allOneWord(c);
            if (!(c.type == EntityType.LOCATION || c.type == EntityType.OTHER || guessedPerson)) continue;
            for (Candidate n : c.names) {
                List<KbEntry> places = kb.places(n.key);
                // one word the recogniser alone took for a person ("Derna") that names a real town is that town
                if (guessedPerson) places = places.stream().filter(p -> p.rank() >= GUESSED_PERSON_MIN_POPULATION).toList();
                // a capitalised word nothing typed ("South", "Lie", "Batman"'s namesakes) is a place only when it
                // names a city big enough for the bare name to mean it
                // (the user's own import is linked whatever the size: they asked for those places)
                if (c.type == EntityType.OTHER) {
                    places = places.stream().filter(p -> p.rank() >= UNTYPED_MIN_POPULATION || kb.importedByUser(p)).toList();
                }
                if (places.isEmpty()) continue;
                if (n.key.length() < 4) {
                    // a short key ("lil" of Lille, "uf" of Уфа) folds many words together: it links a name a cue
                    // typed as a place, or one spelt exactly as the place is (a guess or an untyped word)
                    if (n.surface.codePointCount(0, n.surface.length()) < 3) continue;
                    if (c.type != EntityType.LOCATION) {
                        places = places.stream().filter(p -> NameFinder.sameLetters(p.name(), n.surface)).toList();
                        if (places.isEmpty()) continue;
                    }
                }
                if (countries == null) countries = articleCountries(clusters);
                c.entry = PlaceChoice.best(places, countries);
                c.type = EntityType.LOCATION;
                break;
            }
        }
    }

    /** How often each country is named in the article, by itself or through a linked place or body in it. */
    private static Map<String, Integer> articleCountries(List<Cluster> clusters) {
        Map<String, Integer> out = new HashMap<>();
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
