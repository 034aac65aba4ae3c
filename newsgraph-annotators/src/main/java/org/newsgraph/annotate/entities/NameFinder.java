package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.core.Token;
import org.newsgraph.core.model.EntityType;

/**
 * Finds the names of a document and guesses their types, before merging. Three sources, in order of trust:
 * <ol>
 * <li>the knowledge base, longest alias first ("Organisation du traité de sécurité collective", "ONU", "Khabar 24");</li>
 * <li>official names built on an organisation noun ("ministère de la Santé", "Генеральной прокуратуры Казахстана");</li>
 * <li>runs of capitalised words joined by connectors ("Berik Uali", "Bank of Foo"), typed by cues around them:
 *     a title before ("M.", "пресс-секретарь"), an organisation or place noun inside, the type the name had in the
 *     training corpora, a first name, a word ending, a place preposition before.</li>
 * </ol>
 * A capitalised word that only opens a sentence, or sits in a headline in title case, is kept aside as pending: it
 * becomes a name only if the rest of the document names it too (see {@link DocumentConsistency}).
 */
final class NameFinder {
    private final KnowledgeBase kb;
    private final Set<String> firstNames;
    private final Map<String, EntityType> trainedTypes;
    /** The recogniser of each language, loaded on first use; empty where no model is shipped. */
    private final Map<String, Optional<NerModel>> models = new ConcurrentHashMap<>();

    NameFinder(KnowledgeBase kb, Set<String> firstNames, Map<String, EntityType> trainedTypes) {
        this.kb = kb;
        this.firstNames = firstNames;
        this.trainedTypes = trainedTypes;
    }

    /** Names found, and capitalised runs kept aside for the document-level pass. */
    record Found(List<Candidate> names, List<Candidate> pending) {
    }

    Found find(Words w, NameLexicons lx) {
        boolean[] headline = headlineWords(w, lx);
        List<Candidate> kbHits = kbMatches(w, lx);
        List<Candidate> official = officialNames(w, lx, kbHits);
        official.removeIf(o -> kbHits.stream().anyMatch(k -> k.type == EntityType.ORGANIZATION
                && k.start <= o.start && k.end >= o.end));
        List<Candidate> names = new ArrayList<>(official);
        for (Candidate k : kbHits) {
            if (k.entry != null && k.entry.type() != EntityType.LOCATION
                    && official.stream().anyMatch(o -> k.inside(o))) continue;
            names.add(k);
        }
        names.addAll(facilities(w, lx, kbHits));
        List<Candidate> pending = new ArrayList<>();
        int[] tags = tags(w, lx, kbHits);
        chains(w, lx, headline, tags, names, pending);
        if (tags != null) recognised(w, lx, headline, tags, official, names, pending);
        if (tags != null) bodiesNamedAfterPlaces(w, tags, names);
        withInitials(w, lx, names);
        withArticles(w, lx, names);
        names.removeIf(c -> c.entry == null && !official.contains(c) && endsRolePhrase(w, lx, c));
        pending.removeIf(c -> endsRolePhrase(w, lx, c));
        names.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -c.end));
        linkParentheticalAcronyms(w, names);
        return new Found(names, pending);
    }

    /**
     * A one-word name right after initials ("Р.Каримов", "В. Путин", "J. Smith") is a person's name that opens with
     * them: the mention takes the initials in, and the type is a person's, whatever the KB says of the word alone
     * ("А.Иванов" is no town).
     */
    private static void withInitials(Words w, NameLexicons lx, List<Candidate> names) {
        for (int n = 0; n < names.size(); n++) {
            Candidate c = names.get(n);
            if (c.first != c.last || c.acronym || c.first < 2 || w.get(c.first).text.length() < 3) continue;
            int opening = initialsBefore(w, c.first);
            if (opening < 0 || titleBefore(w, lx, c.first)) continue; // "M. Tokaïev": a title, no initial
            Candidate named = new Candidate(w, opening, c.last, EntityType.PERSON, Candidate.CUE, lx);
            if (c.entry != null && c.entry.type() == EntityType.PERSON) {
                named.entry = c.entry; // "В. Путин": the person the KB knows by that surname
                named.confidence = c.confidence;
            }
            names.set(n, named);
        }
    }

    /**
     * A capitalised article inside a sentence belongs to the place name it opens ("à L'Haÿ-les-Roses", "sur La
     * Canebière", "au Havre" aside): pack lexicon {@code name-articles}. At a sentence's start the capital says
     * nothing, and the name stays as found.
     */
    private static void withArticles(Words w, NameLexicons lx, List<Candidate> names) {
        if (lx.nameArticles.isEmpty()) return;
        for (int n = 0; n < names.size(); n++) {
            Candidate c = names.get(n);
            if (c.type != EntityType.LOCATION) continue;
            Word f = w.get(c.first);
            Candidate opened = null;
            if (f.elided && !f.initial && c.start == f.start && f.tokenStart < f.start
                    && Character.isUpperCase(w.text.charAt(f.tokenStart))
                    && lx.nameArticles.contains(lx.normalizer.normalize(w.text, f.tokenStart, f.start).replace("'", ""))) {
                opened = c.openedAt(w, c.first, f.tokenStart, lx);
            } else if (!f.elided && c.first > 0 && w.sameSentence(c.first - 1, c.first)) {
                Word a = w.get(c.first - 1);
                if (a.isWord() && a.capitalised && !a.initial && !a.elided && lx.nameArticles.contains(a.lower)) {
                    opened = c.openedAt(w, c.first - 1, a.tokenStart, lx);
                }
            }
            if (opened != null) names.set(n, opened);
        }
    }

    /**
     * True when a pack role phrase, written out in full (no placeholder), ends with the name and starts before it:
     * "Intérieur" in "le ministre de l'Intérieur", "Secretary" in "the Home Secretary" complete a role, which
     * {@link RoleResolver} reads as a mention of its holder; they name no place or body of their own. Whether the
     * recogniser took such a word for a name was left to the weights of one training run. An acronym stays a body
     * ("МВД" in "глава МВД").
     */
    static boolean endsRolePhrase(Words w, NameLexicons lx, Candidate c) {
        if (lx.roles.isEmpty() || c.entry != null || c.acronym) return false;
        int end = w.get(c.last).pieceAtEnd;
        int first = w.get(c.first).pieceAtStart;
        for (int k = c.first; k >= 0 && c.first - k < lx.roles.longestPhrase() && w.sameSentence(k, c.first); k--) {
            int from = w.get(k).pieceAtTokenStart;
            if (from >= first) continue;
            org.newsgraph.core.text.PhraseMatcher.Match<?> m = lx.roles.longestAt(w.pieces, from, end);
            if (m != null && m.end() == end) return true;
        }
        return false;
    }

    /** The first word of one or two initials ending right before word i ("А.", "А. А.", "A.A."), or -1. */
    private static int initialsBefore(Words w, int i) {
        int opening = -1;
        int k = i;
        for (int count = 0; count < 2 && k >= 2; count++) {
            Word dot = w.get(k - 1);
            Word letter = w.get(k - 2);
            boolean initial = dot.is(".") && !dot.spaceBefore && letter.isWord() && letter.text.length() == 1
                    && Character.isUpperCase(letter.text.charAt(0)) && w.get(k).start - dot.end <= 1;
            if (!initial) break;
            opening = k - 2;
            k -= 2;
        }
        return opening;
    }

    /** The recogniser's features of every word (bucket indices for a model of 2^bits buckets). */
    int[] features(Words w, NameLexicons lx, int bits) {
        boolean[] all = new boolean[w.size()];
        java.util.Arrays.fill(all, true);
        return features(w, lx, kbMatches(w, lx), bits, all);
    }

    private int[] features(Words w, NameLexicons lx, List<Candidate> kbHits, int bits, boolean[] active) {
        return NerFeatures.extract(w, lx, NerGazetteer.of(w, kbHits, kb, firstNames), bits, active);
    }

    /** The recogniser's label of every word, or null when no model is shipped for the language. */
    private int[] tags(Words w, NameLexicons lx, List<Candidate> kbHits) {
        NerModel model = models.computeIfAbsent(lx.language, NerModel::load).orElse(null);
        if (model == null || w.size() == 0) return null;
        boolean[] active = NerFeatures.active(w);
        return model.tag(w, NerFeatures.of(w, lx, NerGazetteer.of(w, kbHits, kb, firstNames), model.bits, active), active);
    }

    /**
     * Names the recogniser finds that the rules above missed or cut short: a recognised span that overlaps no name
     * is added; one that covers only capitalised runs (never a KB or official name) and reaches beyond them
     * replaces them ("World Organisation Against Torture" for a run cut at "Against").
     */
    private void recognised(Words w, NameLexicons lx, boolean[] headline, int[] tags, List<Candidate> official,
                            List<Candidate> names, List<Candidate> pending) {
        List<int[]> spans = NerSpans.spans(w, tags);
        if (spans.isEmpty()) return;
        // the names and pending runs on each word, so that every span looks only at its own words (linear)
        WordIndex onNames = new WordIndex(w.size(), names);
        WordIndex onPending = new WordIndex(w.size(), pending);
        Set<Candidate> trusted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        trusted.addAll(official);
        Set<Candidate> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Candidate> added = new ArrayList<>();
        List<Candidate> addedPending = new ArrayList<>();
        for (int[] span : spans) {
            int a = span[0];
            int b = span[1];
            if (!w.get(a).capitalised || lx.nonNames.contains(w.get(a).lower)) continue;
            int spanEnd = b;
            while (b > a && !hasCapital(w.get(b))) b--; // "Abdel-Moneim al-Ghaithi" ends on a name, "of" does not
            for (Candidate n : onNames.within(b, b)) {
                if (n.last > b && n.last <= spanEnd) b = n.last; // … "Тверской области": a name ending in lower case
            }
            for (int k = a; k < b; k++) {
                if (ownerBeforeName(w, lx, k)) a = k + 1; // "Libya's Almasar TV": the owner is a name of its own
            }
            if (!w.get(a).capitalised) continue;
            if (lx.isDemonym(w.get(b).lower) || lx.hasEventHead(w, a, b)) continue; // as for the runs
            EntityType type = NerModel.type(span[2]);
            Candidate c = new Candidate(w, a, b, type, b > a ? Candidate.CUE : Candidate.SHAPE, lx);
            List<Candidate> overlapping = onNames.within(a, b);
            List<Candidate> pendingHere = onPending.within(a, b);
            List<Candidate> placesInside = new ArrayList<>();
            // an official name the recogniser carries on over its complement ("Главное управление" | "МВД России по
            // … области"), which the rules stopped at: the longer body is the name, known names inside stay nested
            boolean extending = false;
            for (Candidate n : overlapping) {
                extending |= n.entry == null && type == EntityType.ORGANIZATION && n.type == EntityType.ORGANIZATION
                        && c.first == n.first && c.last > n.last;
            }
            boolean blocked = false;
            boolean overWordParts = false;
            for (Candidate n : overlapping) {
                if (type == EntityType.PERSON && n.entry != null && n.inside(c) && partOfWord(w, n)) {
                    // "Ливиу-Дитер Нисипяну": a known name's spelling inside a hyphenated given name is no place
                    overWordParts = true;
                } else if (n.entry != null && n.first == n.last && n.first == c.first && c.last > c.first && !n.acronym
                        && n.inside(c) && !speltLikeEntry(n)) {
                    // "San" in "San Francisco": a word whose key only folds like a known name's ("Sanaa") opens a
                    // longer name the recogniser reads; the KB knows no such one-word place there
                    overWordParts = true;
                } else if (n.entry != null && n.type == EntityType.LOCATION && type != EntityType.PERSON && n.inside(c)) {
                    placesInside.add(n); // "Port of Beirut": the known place stays, nested in the longer name
                } else if (extending && n.inside(c) && n.first > c.first
                        && (n.entry != null || trusted.contains(n) || n.type == EntityType.LOCATION)) {
                    placesInside.add(n);
                } else if (extending && n.inside(c) && n.first == c.first) {
                    continue; // the official name it extends
                } else if (n.entry != null || n.confidence >= Candidate.KB || trusted.contains(n) || !n.inside(c)) {
                    blocked = true;
                }
            }
            for (Candidate p : pendingHere) blocked |= !p.inside(c);
            // a body named after a place it holds ("Голос Америки", "Radio Monte Carlo"): the rules kept the known
            // place and left the other capitalised words apart; the recogniser's organisation joins them, the place
            // stays nested
            boolean bodyAroundPlaces = type == EntityType.ORGANIZATION && c.last > c.first
                    && placesInside.size() == overlapping.size();
            if (!overlapping.isEmpty() && !blocked && !extending && !overWordParts && !bodyAroundPlaces) {
                // only across lower-case words ("Organisation Against Torture"); where the rules split a person's
                // name off capitalised words (a title, a first name starting another name) they are not overruled
                boolean joinsLowerCase = false;
                for (int k = a; k <= b && !blocked; k++) {
                    if (onNames.covered(k)) continue;
                    if (!w.get(k).capitalised) joinsLowerCase = true;
                    else if (type == EntityType.PERSON) blocked = true;
                }
                blocked |= !joinsLowerCase;
            }
            if (blocked) continue;
            dropped.addAll(pendingHere);
            overlapping.removeAll(placesInside);
            dropped.addAll(overlapping);
            boolean weak = overlapping.isEmpty() && c.first == c.last && (w.get(a).initial || headline[a]) && !c.acronym;
            (weak ? addedPending : added).add(c);
        }
        if (!dropped.isEmpty()) {
            names.removeIf(dropped::contains);
            pending.removeIf(dropped::contains);
        }
        names.addAll(added);
        pending.addAll(addedPending);
        names.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -c.end));
    }

    /** True when a name covers only part of its first or last word: one part of a hyphenated word. */
    private static boolean partOfWord(Words w, Candidate n) {
        return n.start != w.get(n.first).start || n.end != w.get(n.last).end;
    }

    /**
     * A known place the recogniser labels as one organisation, on exactly its words, is the body named after it: a
     * club, a company, a band ("Рома", "Barcelona", "Chelsea" beat …). The KB's place is the only evidence for a
     * place there, and the recogniser reads it too (a gazetteer feature) yet reads the words around as a body's;
     * the name is typed so and loses the place's KB link. Names within a longer recognised name are left alone.
     */
    private static void bodiesNamedAfterPlaces(Words w, int[] tags, List<Candidate> names) {
        int begin = NerModel.begin(EntityType.ORGANIZATION);
        for (Candidate c : names) {
            if (c.entry == null || c.type != EntityType.LOCATION || c.surnameOnly || partOfWord(w, c)) continue;
            boolean body = tags[c.first] == begin;
            for (int k = c.first + 1; k <= c.last && body; k++) body = tags[k] == begin + 1;
            if (!body || (c.last + 1 < tags.length && tags[c.last + 1] == begin + 1)) continue;
            if (c.first > 0 && tags[c.first - 1] != NerModel.O && w.sameSentence(c.first - 1, c.first)) continue;
            c.type = EntityType.ORGANIZATION;
            c.entry = null;
            c.confidence = Candidate.CUE;
        }
    }

    /** True when a word has a capital letter anywhere: "al-Ghaithi", "McDonald", "Paris". */
    private static boolean hasCapital(Word x) {
        if (x.capitalised) return true;
        for (int i = 0; i < x.text.length(); i++) {
            if (Character.isUpperCase(x.text.charAt(i))) return x.isWord();
        }
        return false;
    }

    /** The candidates covering each word. */
    private static final class WordIndex {
        private final List<List<Candidate>> at;

        WordIndex(int words, List<Candidate> candidates) {
            at = new ArrayList<>(java.util.Collections.nCopies(words, (List<Candidate>) null));
            for (Candidate c : candidates) {
                for (int k = c.first; k <= c.last && k < words; k++) {
                    if (at.get(k) == null) at.set(k, new ArrayList<>(2));
                    at.get(k).add(c);
                }
            }
        }

        boolean covered(int k) {
            return at.get(k) != null;
        }

        /** Every candidate on a word from a to b, once each. */
        List<Candidate> within(int a, int b) {
            List<Candidate> out = new ArrayList<>();
            for (int k = a; k <= b; k++) {
                if (at.get(k) == null) continue;
                for (Candidate c : at.get(k)) {
                    if (!out.contains(c)) out.add(c);
                }
            }
            return out;
        }
    }

    /**
     * Facilities named by their kind and the known place they serve: "port of Beirut", "Beirut port", "aéroport de
     * Marrakech" (lexicon {@code facility-kinds}). They are places of their own; the town stays a name inside.
     */
    private static List<Candidate> facilities(Words w, NameLexicons lx, List<Candidate> kbHits) {
        List<Candidate> out = new ArrayList<>();
        if (lx.facilityKinds.isEmpty()) return out;
        for (Candidate c : kbHits) {
            if (c.entry == null || c.type != EntityType.LOCATION || c.start != w.get(c.first).start) continue;
            int before = c.first - 1;
            if (before > 0 && lowerWordIn(w, before, lx.connectors) && w.sameSentence(before - 1, c.first)
                    && facilityKind(w, lx, before - 1)) {
                out.add(new Candidate(w, before - 1, c.last, EntityType.LOCATION, Candidate.CUE, lx));
            } else if (c.last + 1 < w.size() && w.sameSentence(c.last, c.last + 1) && facilityKind(w, lx, c.last + 1)) {
                out.add(new Candidate(w, c.first, c.last + 1, EntityType.LOCATION, Candidate.CUE, lx));
            }
        }
        return out;
    }

    private static boolean facilityKind(Words w, NameLexicons lx, int k) {
        Word x = w.get(k);
        return x.isWord() && !x.capitalised && lx.facilityKinds.contains(x.key);
    }

    private static boolean lowerWordIn(Words w, int k, Set<String> words) {
        Word x = w.get(k);
        return x.isWord() && !x.capitalised && words.contains(x.lower);
    }

    /** "Ситуационно-кризисного центра (ДСКЦ)", "Eurasian Development Bank (EDB)": the acronym stands for the name. */
    private static void linkParentheticalAcronyms(Words w, List<Candidate> names) {
        for (Candidate c : names) {
            if (!c.acronym || c.first < 2 || !w.get(c.first - 1).is("(")) continue;
            for (Candidate d : names) {
                if (d != c && !d.acronym && d.last == c.first - 2 && d.type == EntityType.ORGANIZATION) {
                    c.sameAs = d;
                    c.type = d.type;
                }
            }
        }
    }

    // ---- knowledge base ----

    private List<Candidate> kbMatches(Words w, NameLexicons lx) {
        List<Candidate> out = new ArrayList<>();
        Set<KbEntry> nationalOf = null;
        for (int i = 0; i < w.size(); i++) {
            Word a = w.get(i);
            if (a.key.isEmpty() || (a.kind != Token.Kind.WORD && a.kind != Token.Kind.NUMBER)) continue;
            WordForm.KbFacts facts = a.form.facts(kb, firstNames);
            int max = facts.maxWords;
            if (max == 0) continue;
            StringBuilder key = null; // the keys of two words and more, made only when a one-word key may go on
            KbAlias best = null;
            int bestLast = -1;
            int j = i;
            for (int n = 1; n <= max; n++) {
                KbAlias hit = choose(n == 1 ? facts.aliases : kb.lookup(key.toString()), w, i, j, lx);
                if (hit != null) {
                    best = hit;
                    bestLast = j;
                }
                int next = nextNameWord(w, j);
                if (next < 0) break;
                j = next;
                if (key == null) key = new StringBuilder(a.key);
                key.append(' ').append(w.get(j).key);
            }
            if (best == null) {
                if (a.text.indexOf('-') > 0) out.addAll(hyphenParts(w, i, lx));
                continue;
            }
            int regional = regionalBody(w, i, bestLast, best, lx);
            if (regional > 0) {
                // "МЧС Татарстана": the body of that region, not the national one the acronym alone names
                out.add(new Candidate(w, i, regional, EntityType.ORGANIZATION, Candidate.CUE, lx));
                out.addAll(placesInside(w, regional, regional, lx));
                i = regional;
                continue;
            }
            int[] national = nationalBody(w, lx, i, bestLast, best);
            if (national != null) {
                // "Lebanese Red Cross", "Croix-Rouge française": the country's own society, not the international body
                out.add(new Candidate(w, national[0], national[1], EntityType.ORGANIZATION, Candidate.CUE, lx));
                if (nationalOf == null) nationalOf = new java.util.HashSet<>();
                nationalOf.add(best.entry());
                i = national[1];
                continue;
            }
            int first = i;
            if (best.entry().type() == EntityType.LOCATION && !best.surname()) {
                // a place kind belongs to the name it qualifies: "Gaza Strip", "bande de Gaza" (kb: place-kinds)
                bestLast = placeKindAfter(w, lx, bestLast);
                first = placeKindBefore(w, lx, i);
            }
            Candidate c = new Candidate(w, first, bestLast, best.entry().type(), Candidate.KB, lx);
            if (best.surname()) {
                c.surnameOnly = true;
                c.confidence = Candidate.CUE;
            } else {
                c.entry = best.entry();
            }
            out.add(c);
            if (c.type == EntityType.ORGANIZATION && bestLast > i) out.addAll(placesInside(w, i + 1, bestLast, lx));
            i = bestLast;
        }
        if (nationalOf != null) shortFormsOfNationalBodies(out, nationalOf);
        shortFormsOfLongerNames(out);
        return out;
    }

    /**
     * A short name the KB gives to one body ("Croix-Rouge", "Red Cross": the International Committee) stands for the
     * other body the article spells out around those words ("Fédération internationale des sociétés de la
     * Croix-Rouge et du Croissant-Rouge"), when the article spells out only that one. Linear in the hits: the long
     * names are few and each short one is compared with them only.
     */
    private static void shortFormsOfLongerNames(List<Candidate> hits) {
        List<Candidate> longer = null;
        for (Candidate c : hits) {
            if (c.entry != null && c.type == EntityType.ORGANIZATION && !c.acronym && c.wordCount() >= 3) {
                if (longer == null) longer = new ArrayList<>(2);
                longer.add(c);
            }
        }
        if (longer == null) return;
        for (Candidate c : hits) {
            if (c.entry == null || c.type != EntityType.ORGANIZATION || c.acronym || c.surnameOnly) continue;
            KbEntry other = null;
            boolean own = false;
            boolean several = false;
            String words = " " + c.key + " ";
            for (Candidate d : longer) {
                if (d == c || d.wordCount() <= c.wordCount() || !(" " + d.key + " ").contains(words)) continue;
                if (d.entry == c.entry) own = true;
                else if (other == null || other == d.entry) other = d.entry;
                else several = true;
            }
            if (other != null && !own && !several) c.entry = other;
        }
    }

    /**
     * Where the article names a national body after an international one ("Lebanese Red Cross"), the short name they
     * share ("the Red Cross") is that national body's short form, not the international body: it loses the KB entry
     * and merges with the longer name that holds its words. The international body spelt out ("International
     * Committee of the Red Cross", "ICRC") keeps it.
     */
    private static void shortFormsOfNationalBodies(List<Candidate> hits, Set<KbEntry> nationalOf) {
        List<Candidate> nationals = new ArrayList<>();
        for (Candidate c : hits) {
            if (c.entry == null && c.type == EntityType.ORGANIZATION && c.confidence == Candidate.CUE) nationals.add(c);
        }
        for (int n = 0; n < hits.size(); n++) {
            Candidate c = hits.get(n);
            if (c.entry == null || !nationalOf.contains(c.entry) || c.acronym) continue;
            for (Candidate national : nationals) {
                if (national.key.contains(c.key) && national.key.length() > c.key.length()) {
                    c.entry = null;
                    c.confidence = Candidate.CUE;
                    break;
                }
            }
        }
    }

    /**
     * The words of a national body named like an international one, or null: an adjective of nationality right
     * before ("Lebanese Red Cross", "Российский Красный Крест") or, in lower case, right after ("Croix-Rouge
     * libanaise") a spelt-out name of a body the KB gives no country. Acronyms are left alone ("French EU
     * presidency" names the Union).
     */
    private static int[] nationalBody(Words w, NameLexicons lx, int i, int last, KbAlias hit) {
        KbEntry e = hit.entry();
        if (hit.surname() || hit.acronym() || e.type() != EntityType.ORGANIZATION || e.country().isPresent()) return null;
        int s = i;
        while (s > 0 && i - s < 2 && w.sameSentence(s - 1, i) && w.get(s - 1).isWord() && w.get(s - 1).capitalised
                && lx.demonyms.containsKey(w.get(s - 1).lower)) s--; // "Syrian Arab Red Crescent"
        if (s < i) return new int[] {s, last};
        int k = last + 1;
        if (k < w.size() && w.sameSentence(last, k) && w.get(k).isWord() && !w.get(k).capitalised
                && lx.demonyms.containsKey(w.get(k).lower)) return new int[] {i, k};
        return null;
    }

    /** The last word of a place name at j, extended over capitalised kind nouns after it ("Gaza Strip"). */
    private static int placeKindAfter(Words w, NameLexicons lx, int j) {
        int k = nextNameWord(w, j);
        while (k > j && k == j + 1 && w.get(k).capitalised && lx.placeKinds.contains(w.get(k).key)) {
            j = k;
            k = nextNameWord(w, j);
        }
        return j;
    }

    /** The first word of a place name at i, extended back over a lower-case kind before it ("bande de Gaza"). */
    private static int placeKindBefore(Words w, NameLexicons lx, int i) {
        int k = i - 1;
        if (k >= 0 && w.get(k).isWord() && lx.connectors.contains(w.get(k).lower) && w.sameSentence(k, i)) k--;
        if (k >= 0 && k < i && w.get(k).isWord() && w.sameSentence(k, i) && !w.get(k).capitalised && lx.placeKindsBefore.contains(w.get(k).key)) return k;
        return i;
    }

    /**
     * The last word of a place in an oblique case right after a known organisation acronym ("МЧС Татарстана",
     * "МИД Франции"), or -1: such a genitive names the body of that place, which the KB alias alone does not.
     */
    private int regionalBody(Words w, int i, int last, KbAlias hit, NameLexicons lx) {
        if (last != i || hit.surname() || hit.entry().type() != EntityType.ORGANIZATION || !w.get(i).allCaps) return -1;
        int k = nextNameWord(w, i);
        if (k < 0 || k != i + 1) return -1;
        Word p = w.get(k);
        if (!p.capitalised || p.allCaps || p.key.equals(p.lower)) return -1; // uninflected: not a genitive
        KbAlias place = choose(kb.lookup(p.key), w, k, k, lx);
        if (place == null || place.surname() || place.entry().type() != EntityType.LOCATION) return -1;
        return k;
    }

    /** Places named inside an organisation's name: "Казахстана" in "Минздрав Казахстана". */
    private List<Candidate> placesInside(Words w, int from, int to, NameLexicons lx) {
        List<Candidate> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            Word x = w.get(k);
            if (!x.capitalised) continue;
            KbAlias hit = choose(kb.lookup(x.key), w, k, k, lx);
            if (hit != null && !hit.surname() && hit.entry().type() == EntityType.LOCATION) {
                Candidate c = new Candidate(w, k, k, EntityType.LOCATION, Candidate.KB, lx);
                c.entry = hit.entry();
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Known names joined by hyphens into one word: "Russia-led", "Russia-US". A known organisation followed by a
     * capitalised part names a branch of it, one organisation ("Интерфакс-Сибирь").
     */
    private List<Candidate> hyphenParts(Words w, int i, NameLexicons lx) {
        List<Candidate> out = new ArrayList<>();
        Word x = w.get(i);
        int from = 0;
        String t = x.text;
        for (int h = 0; h <= t.length(); h++) {
            if (h < t.length() && t.charAt(h) != '-') continue;
            if (h > from && Character.isUpperCase(t.charAt(from))) {
                String part = t.substring(from, h);
                for (KbAlias a : kb.lookup(NameKeys.key(part, lx.endings))) {
                    if (a.surname() || (a.acronym() && !KnowledgeBase.isAcronym(part))) continue;
                    if (from == 0 && h + 1 < t.length() && Character.isUpperCase(t.charAt(h + 1))
                            && a.entry().type() == EntityType.ORGANIZATION) {
                        out.add(new Candidate(w, i, i, EntityType.ORGANIZATION, Candidate.CUE, lx));
                        return out;
                    }
                    if (NameKeys.hasCyrillic(part) != NameKeys.hasCyrillic(a.form())) continue;
                    Candidate c = new Candidate(w, i, x.start + from, x.start + h, a.entry().type(), Candidate.KB, lx);
                    c.entry = a.entry();
                    out.add(c);
                    break;
                }
            }
            from = h + 1;
        }
        return out;
    }

    /** The next word of a multi-word name after word j, skipping an inner hyphen; -1 at a sentence end. */
    private static int nextNameWord(Words w, int j) {
        int k = j + 1;
        if (k < w.size() && (w.get(k).is("-") || w.get(k).is("–")) && k + 1 < w.size()) k++;
        if (k >= w.size() || !w.sameSentence(j, k)) return -1;
        Word b = w.get(k);
        if (b.kind != Token.Kind.WORD && b.kind != Token.Kind.NUMBER) return -1;
        return k;
    }

    private KbAlias choose(List<KbAlias> aliases, Words w, int first, int last, NameLexicons lx) {
        if (aliases.isEmpty()) return null;
        String surface = w.surface(first, last);
        KbAlias best = null;
        int bestScore = -1;
        for (KbAlias a : aliases) {
            if (!acceptable(a, w, first, last, lx)) continue;
            int score = closeness(a, surface);
            if (best == null || score > bestScore || (score == bestScore && better(a, best))) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    /** How closely an alias is written like the text: the same letters, then the same script. */
    private static int closeness(KbAlias a, String surface) {
        int score = 0;
        if (a.form().equalsIgnoreCase(surface)) score += 2;
        if (NameKeys.hasCyrillic(a.form()) == NameKeys.hasCyrillic(surface)) score += 1;
        return score;
    }

    private static boolean better(KbAlias a, KbAlias b) {
        if (a.surname() != b.surname()) return !a.surname();
        return a.entry().rank() > b.entry().rank();
    }

    private boolean acceptable(KbAlias a, Words w, int first, int last, NameLexicons lx) {
        Word f = w.get(first);
        // Latin text meets a KB name through its Latin spellings only: a Cyrillic alias folded by Russian case
        // endings ("Абуджа" → "abud") would otherwise claim unrelated Latin words ("Abboud")
        if (NameKeys.hasCyrillic(a.form()) && !NameKeys.hasCyrillic(f.text)) return false;
        // a first name ("Bruno") is not a place or body its key happens to fold like ("Brunei") unless spelt so
        // (an inflected word, "Германию", is compared by its stem elsewhere: its ending says nothing here)
        if (first == last && a.entry().type() != EntityType.PERSON && firstNames.contains(f.key)
                && lx.endings.fold(f.lower).equals(f.lower) && !sameLetters(a.form(), f.text)) return false;
        if (a.acronym()) {
            if (NameKeys.hasCyrillic(a.form()) != NameKeys.hasCyrillic(f.text)) return false;
            for (int i = first; i <= last; i++) {
                Word x = w.get(i);
                if (x.kind == Token.Kind.WORD && !x.allCaps && !(x.text.length() == 1 && x.capitalised)) return false;
            }
            return true;
        }
        // a common word ("Семь", seven) whose key happens to equal a place's ("Семей") is that word, not the place
        if (first == last && lx.commonWords.contains(f.lower) && (f.initial || !a.form().equalsIgnoreCase(f.text))) return false;
        if (a.lowerStart()) return true;
        if (!f.capitalised) return false;
        // "The Valley" is a place, "The valley" is not: a capitalised last word of the alias must be capitalised here
        String form = a.form();
        int lastSpace = form.lastIndexOf(' ');
        if (last > first && lastSpace > 0 && Character.isUpperCase(form.charAt(lastSpace + 1)) && !w.get(last).capitalised
                && NameKeys.hasCyrillic(form) == NameKeys.hasCyrillic(w.get(last).text)) {
            return false;
        }
        if (a.surname() && first != last) return false;
        return !(first == last && f.initial && lx.nonNames.contains(f.lower));
    }

    /** True when the entry of a KB hit has a name spelt like the text (case and diacritics aside). */
    private static boolean speltLikeEntry(Candidate n) {
        if (sameLetters(n.entry.name(), n.surface)) return true;
        for (String a : n.entry.aliases()) {
            if (sameLetters(a, n.surface)) return true;
        }
        return false;
    }

    /** True when two spellings differ only in case and diacritics. */
    static boolean sameLetters(String a, String b) {
        return plain(a).equalsIgnoreCase(plain(b));
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static String plain(String s) {
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    // ---- official names built on an organisation noun ----

    private List<Candidate> officialNames(Words w, NameLexicons lx, List<Candidate> kbHits) {
        List<Candidate> out = new ArrayList<>();
        if (lx.orgHeads.isEmpty()) return out;
        int coveredUntil = -1;
        for (int h = 0; h < w.size(); h++) {
            Word head = w.get(h);
            if (h <= coveredUntil || !head.isWord() || (head.form.lexiconCues(lx) & NerFeatures.ORG_HEAD) == 0) continue;
            int end = -1;
            int start = h;
            if (head.capitalised || lx.lowerOrgHeads.contains(head.key)) end = headThenCapitalised(w, lx, h);
            if (end >= 0 && head.capitalised) start = capitalisedBefore(w, lx, h); // "International Federation of …"
            if (end < 0 && !head.capitalised && h > 0 && w.get(h - 1).possessive && w.get(h - 1).capitalised
                && w.sameSentence(h - 1, h)) {
            // "Prosecutor's office", "Mayor's office": a possessive name and an organisation noun
            start = h - 1;
            end = h;
        }
        if (end < 0 && !lx.continuations.isEmpty()) {
                start = officialStart(w, lx, h);
                if (start >= 0) end = officialEnd(w, lx, h, kbHits);
                if (start >= 0 && end == h && start == h && head.initial) end = -1;
            }
            if (start == h || end < 0) {
                // "Organisation mondiale de la santé", "ministère de l'Intérieur et des Outre-mer": lower-case words
                int longer = LongOfficialNames.end(w, lx, h);
                if (longer > end && (head.capitalised || lx.lowerOrgHeads.contains(head.key))) {
                    if (end < 0) start = head.capitalised ? capitalisedBefore(w, lx, h) : h;
                    end = longer;
                }
            }
            if (end < 0 || start < 0 || start == end) continue; // a noun alone ("Полиция") is not a name
            Candidate c = new Candidate(w, start, end, EntityType.ORGANIZATION, Candidate.CUE, lx);
            out.add(c);
            coveredUntil = end;
        }
        return out;
    }

    /**
     * The first of the capitalised words right before a capitalised organisation noun that belong to its name
     * ("International" in "International Federation of …"); not a title, a people's adjective, an owner ("Libya's")
     * nor a sentence's opening word that only opens it.
     */
    private static int capitalisedBefore(Words w, NameLexicons lx, int h) {
        int s = h;
        while (s - 1 >= 0 && h - s < 3 && w.sameSentence(s - 1, h)) {
            Word b = w.get(s - 1);
            if (!b.capitalised || b.possessive || lx.nonNames.contains(b.lower) || lx.isDemonym(b.lower)
                    || w.isPhraseOfPieces(lx.titles, b.pieceAtStart, b.pieceAtEnd) || lx.commonWords.contains(b.lower)) break;
            s--;
        }
        return s;
    }

    /** "ministère de la Santé", "Ministry of Health": the head, connectors, then capitalised words. */
    private static int headThenCapitalised(Words w, NameLexicons lx, int h) {
        int k = h + 1;
        // "ministère roumain de l'Intérieur": an adjective of nationality between the noun and its complement
        if (k + 1 < w.size() && w.sameSentence(h, k + 1) && w.get(k).isWord() && !w.get(k).capitalised
                && lx.demonyms.containsKey(w.get(k).lower)) k++;
        int connectors = 0;
        while (k < w.size() && w.sameSentence(h, k) && connectors < 2 && w.get(k).isWord()
                && !w.get(k).capitalised && lx.connectors.contains(w.get(k).lower)
                && !lx.conjunctions.contains(w.get(k).lower)) { // "Ministry and …" joins another noun
            k++;
            connectors++;
        }
        if (k >= w.size() || !w.sameSentence(h, k) || !w.get(k).capitalised || lx.nonNames.contains(w.get(k).lower)) {
            return -1;
        }
        if (connectors == 0 && !w.get(k).elided) return -1;
        int end = k;
        for (int more = 0; more < 3; more++) {
            while (end + 1 < w.size() && w.sameSentence(end, end + 1) && w.get(end + 1).capitalised
                    && !w.get(end + 1).elided && !lx.nonNames.contains(w.get(end + 1).lower)
                    && !ownerBeforeName(w, lx, end)) end++;
            // "Office for the Coordination of Humanitarian Affairs": further complements joined by connectors
            int after = w.get(end).possessive ? -1 : afterConnectors(w, lx, end, true);
            if (after < 0) break;
            end = after;
        }
        if (elidedComplement(w, lx, end)) end++; // "ministère des Situations d'urgence"
        return end;
    }

    /** True when word j+1 is a lower-case noun after an elided "d'" that completes the official name ending at j. */
    private static boolean elidedComplement(Words w, NameLexicons lx, int j) {
        if (j + 1 >= w.size() || !w.sameSentence(j, j + 1)) return false;
        Word x = w.get(j + 1);
        if (!x.isWord() || !x.elided || x.capitalised || x.text.length() < 4 || lx.commonWords.contains(x.lower)
                || lx.nonNames.contains(x.lower)) return false;
        // the elided word stands for a connector of names ("d'" for "de", as the pack's elisions say)
        String elided = lx.normalizer.normalize(w.text, x.tokenStart, x.start).replace("'", "");
        String full = lx.elisionFullForms.get(elided);
        return full != null && lx.connectors.contains(full);
    }

    /** Where an official name around head h starts: the head itself or a capitalised adjective before it. */
    private static int officialStart(Words w, NameLexicons lx, int h) {
        if (w.get(h).capitalised) {
            if (h > 0 && w.sameSentence(h - 1, h) && w.get(h - 1).capitalised && lx.continuesOfficialName(w.get(h - 1).lower)
                    && !lx.nonNames.contains(w.get(h - 1).lower)) return h - 1;
            return h;
        }
        for (int back = 1; back <= 2 && h - back >= 0; back++) {
            Word b = w.get(h - back);
            if (!w.sameSentence(h - back, h) || !b.isWord() || !lx.continuesOfficialName(b.lower)) return -1;
            if (b.capitalised) return lx.nonNames.contains(b.lower) ? -1 : h - back;
        }
        return -1;
    }

    /** Where it ends: lower-case words that continue it ("здравоохранения"), then a capitalised genitive. */
    private static int officialEnd(Words w, NameLexicons lx, int h, List<Candidate> kbHits) {
        int end = h;
        int k = h + 1;
        int added = 0;
        while (k < w.size() && w.sameSentence(h, k) && added < 5) {
            Word x = w.get(k);
            if (!x.isWord() || x.capitalised) break;
            if (lx.continuesOfficialName(x.lower)) {
                end = k;
                k++;
                added++;
            } else if (lx.connectors.contains(x.lower) && k + 1 < w.size() && w.sameSentence(k, k + 1)
                    && !w.get(k + 1).capitalised && (lx.conjunctions.contains(x.lower)
                            ? lx.continuesAfterConjunction(w.get(k + 1).lower) : lx.continuesOfficialName(w.get(k + 1).lower))) {
                end = k + 1;
                k += 2;
                added += 2;
            } else {
                break;
            }
        }
        if (k < w.size() && w.sameSentence(h, k) && w.get(k).capitalised) {
            for (Candidate c : kbHits) {
                if (c.first == k && c.entry != null && c.entry.type() == EntityType.LOCATION) return c.last;
            }
            // a region in the genitive: "… собрания Кировской области"
            if (k + 1 < w.size() && w.sameSentence(k, k + 1) && !w.get(k + 1).capitalised
                    && lx.continuesOfficialName(w.get(k).lower) && lx.locationHeads.contains(w.get(k + 1).key)) return k + 1;
        }
        return end;
    }

    // ---- runs of capitalised words ----

    private void chains(Words w, NameLexicons lx, boolean[] headline, int[] tags, List<Candidate> names,
                        List<Candidate> pending) {
        List<Candidate> fixed = new ArrayList<>(names);
        int i = 0;
        while (i < w.size()) {
            if (!startsName(w, lx, i)) {
                i++;
                continue;
            }
            int j = quotedRun(w, lx, i);
            boolean head = lx.orgHeads.contains(w.get(i).key);
            while (!ownerBeforeName(w, lx, j)) { // "Libya's Almasar TV": the owner's name ends at its 's
                int k = nextNameWord(w, j);
                if (k >= 0 && continuesName(w, lx, k)) {
                    j = k;
                    head |= lx.orgHeads.contains(w.get(k).key);
                    continue;
                }
                int after = afterConnectors(w, lx, j, head);
                if (after > 0) {
                    j = after;
                    head |= lx.orgHeads.contains(w.get(after).key);
                    continue;
                }
                break;
            }
            j = placeKindAfterAdjective(w, lx, j);
            addChain(w, lx, i, j, headline, tags, fixed, names, pending);
            i = j + 1;
        }
    }

    /**
     * True when word j is a possessive that owns the name after it ("Libya's Almasar TV"), not one inside an office's
     * name ("Prosecutor General's Office").
     */
    private static boolean ownerBeforeName(Words w, NameLexicons lx, int j) {
        if (!w.get(j).possessive) return false;
        int k = nextNameWord(w, j);
        return k < 0 || !lx.orgHeads.contains(w.get(k).key) || !w.isPhraseOfPieces(lx.titles, w.get(j).pieceAtStart, w.get(j).pieceAtEnd);
    }

    /**
     * Where a name written between quotation marks ends, in languages where quotes mark names («Зимняя вишня»): its
     * last word before the closing quote when the quote holds at most four words of one sentence; else i.
     */
    private static int quotedRun(Words w, NameLexicons lx, int i) {
        if (lx.quotedNameType == null || i == 0 || w.get(i - 1).kind != Token.Kind.QUOTE || !opening(w, i - 1)) return i;
        for (int k = i + 1; k < w.size() && k <= i + 4 && w.sameSentence(i, k); k++) {
            if (w.get(k).kind == Token.Kind.QUOTE) return opening(w, k) ? i : k - 1;
        }
        return i;
    }

    /** True when quotation mark q opens a quote: «, “, „, or a straight one after a space. */
    private static boolean opening(Words w, int q) {
        char c = w.get(q).text.isEmpty() ? ' ' : w.get(q).text.charAt(0);
        if (c == '«' || c == '“' || c == '„') return true;
        if (c == '»' || c == '”') return false;
        return q == 0 || w.get(q).spaceBefore;
    }

    /**
     * A capitalised adjective and the lower-case place kind it qualifies are one name ("Кемеровской области"): the
     * run is extended over the kind when its last word reads as an adjective of an official name.
     */
    private static int placeKindAfterAdjective(Words w, NameLexicons lx, int j) {
        int k = j + 1;
        if (k >= w.size() || !w.sameSentence(j, k) || !w.get(k).isWord() || w.get(k).capitalised) return j;
        Word adjective = w.get(j);
        if (!adjective.capitalised || adjective.allCaps || lx.continuations.isEmpty()
                || !lx.continuesOfficialName(adjective.lower)) return j;
        return lx.placeKinds.contains(w.get(k).key) && !lx.placeKindsBefore.contains(w.get(k).key) ? k : j;
    }

    private static boolean startsName(Words w, NameLexicons lx, int i) {
        Word x = w.get(i);
        return x.capitalised && !lx.nonNames.contains(x.lower) && x.text.length() > 1 && !lowerTail(x);
    }

    private static boolean continuesName(Words w, NameLexicons lx, int k) {
        Word x = w.get(k);
        if (particleName(x, lx)) return true;
        return x.capitalised && !x.elided && !lx.nonNames.contains(x.lower) && !lowerTail(x)
                && !(x.initial && w.get(k - 1).kind != Token.Kind.PUNCT);
    }

    /** "al-Ghaithi", "el-Sisi": a lower-case name particle joined by a hyphen to a capitalised name. */
    static boolean particleName(Word x, NameLexicons lx) {
        int h = x.text.indexOf('-');
        return !x.capitalised && x.isWord() && h > 0 && h + 1 < x.text.length()
                && Character.isUpperCase(x.text.charAt(h + 1)) && lx.nameConnectors.contains(x.lower.substring(0, h));
    }

    /** "Russia-led", "Telegram-канале": a hyphenated word ending in lower case is not a name. */
    private static boolean lowerTail(Word x) {
        int h = x.text.lastIndexOf('-');
        return h > 0 && h + 1 < x.text.length() && Character.isLowerCase(x.text.charAt(h + 1));
    }

    /**
     * After word j: connector words ("of", "de la") then a capitalised word; returns its index or -1. Inside a run
     * holding an organisation noun the connectors of official names count too ("Office for the Coordination of").
     */
    private static int afterConnectors(Words w, NameLexicons lx, int j, boolean official) {
        int k = j + 1;
        int n = 0;
        Set<String> connectors = official ? lx.connectors : lx.nameConnectors;
        boolean conjunction = false;
        // in title case an official name capitalises its connectors too: "World Organisation Against Torture"
        while (k < w.size() && n < 2 && w.sameSentence(j, k) && w.get(k).isWord()
                && (!w.get(k).capitalised || official && !w.get(k).initial && !w.get(k).allCaps)
                && connectors.contains(w.get(k).lower)) {
            conjunction |= lx.conjunctions.contains(w.get(k).lower);
            k++;
            n++;
        }
        if (n == 0 || k >= w.size() || !w.sameSentence(j, k)) return -1;
        if (conjunction && (n > 1 || !joinsOnePart(w, lx, k))) return -1; // "… and the French Health Ministry"
        return continuesName(w, lx, k) || (w.get(k).elided && w.get(k).capitalised) ? k : -1;
    }

    /**
     * True when the capitalised words from k on, after a conjunction, continue the same name rather than start a
     * second body: no people's adjective, no organisation noun of their own ("Red Crescent Societies" yes,
     * "French Health Ministry" or "Ministry of Defence" no).
     */
    private static boolean joinsOnePart(Words w, NameLexicons lx, int k) {
        for (int m = k; m < w.size() && m < k + 4 && w.sameSentence(k, m) && w.get(m).capitalised; m++) {
            if (lx.isDemonym(w.get(m).lower) || lx.orgHeads.contains(w.get(m).key)) return false;
        }
        return true;
    }

    private void addChain(Words w, NameLexicons lx, int i, int j, boolean[] headline, int[] tags, List<Candidate> fixed,
                          List<Candidate> names, List<Candidate> pending) {
        int lastHead = -1;
        boolean head = false;
        for (int k = i; k <= j; k++) {
            if (lx.orgHeads.contains(w.get(k).key)) lastHead = k;
            if (lx.orgHeads.contains(w.get(k).key) || lx.locationHeads.contains(w.get(k).key)) head = true;
        }
        while (i <= j && (!w.get(i).isWord() || (!w.get(i).capitalised && lx.connectors.contains(w.get(i).lower)))) i++;
        while (j >= i && (!w.get(j).isWord() || (!w.get(j).capitalised && lx.connectors.contains(w.get(j).lower)))) j--;
        if (i > j) return;
        // titles open or sit in a run ("Kazakh President Kassym-Jomart Tokayev") but are not names; after the noun of
        // an organisation they end its name ("… Organization Secretary-General Petteri Taalas")
        for (int k = Math.max(i, lastHead + 1); k <= j; k++) {
            if (w.isPhraseOfPieces(lx.titles, w.get(k).pieceAtStart, w.get(k).pieceAtEnd) && (lastHead < 0 || k < j)) {
                if (k > i) addChain(w, lx, i, k - 1, headline, tags, fixed, names, pending);
                if (k < j) addChain(w, lx, k + 1, j, headline, tags, fixed, names, pending);
                return;
            }
        }
        if (i == j && romanNumeral(w.get(i).text)) return; // "XIX века", "World War II": a number, no one
        if (lx.isDemonym(w.get(j).lower)) return; // an adjective or people ("Central Asian", "Kazakh", "Syrians")
        if (lx.hasEventHead(w, i, j)) { // "Storm Agathe", "ouragan Irma": an event, no one
            // nor a place whose key one of its words only folds like ("Seconde" is no "Sekondi")
            // (a known place's hit may have split the run: "Seconde" | "Guerre mondiale")
            final int from = i > 0 && w.sameSentence(i - 1, i) && w.get(i - 1).capitalised ? i - 1 : i;
            final int to = j;
            names.removeIf(n -> n.first >= from && n.last <= to && n.entry != null && n.type == EntityType.LOCATION
                    && !speltLikeEntry(n));
            return;
        }
        if (i == j && lx.orgHeads.contains(w.get(i).key)) return; // "Министерство", "Ministry" alone names nothing
        if (!head) {
            // an acronym or a word before a first name starts another name: "КГБ Николай Петров", "Пушкина Виктор Орлов"
            for (int k = i + 1; k < j; k++) {
                boolean acronymBefore = w.get(k - 1).allCaps && !w.get(k).allCaps;
                if (!w.get(k).capitalised) continue; // "de", "of": a connector starts nothing
                if (acronymBefore || firstNames.contains(w.get(k).key) && !firstNames.contains(w.get(k - 1).key)) {
                    addChain(w, lx, i, k - 1, headline, tags, fixed, names, pending);
                    addChain(w, lx, k, j, headline, tags, fixed, names, pending);
                    return;
                }
            }
        }
        if (tags != null && i < j && (i == 0 || !w.sameSentence(i - 1, i))
                && tags[i] == NerModel.O && tags[i + 1] != NerModel.O && !NerModel.inside(tags[i + 1])
                && !lx.orgHeads.contains(w.get(i).key) && !lx.locationHeads.contains(w.get(i).key)) {
            // a run's opening word is capitalised by its place alone: the recogniser, which reads the words around,
            // says whether it belongs to the name ("Недавно Муру", "Semaine Paul Dubois" no; "Nouvelle Zélande" yes)
            addChain(w, lx, i + 1, j, headline, tags, fixed, names, pending);
            return;
        }
        Candidate c = new Candidate(w, i, j, EntityType.OTHER, Candidate.NONE, lx);
        List<Candidate> inside = new ArrayList<>();
        for (Candidate f : fixed) {
            if (f.start <= c.start && f.end >= c.end) return; // already covered
            if (f.overlaps(c) && !f.inside(c)) {
                // crosses a trusted name: keep the trusted one and the rest of the run
                if (f.start <= c.start) addChain(w, lx, f.last + 1, j, headline, tags, fixed, names, pending);
                else addChain(w, lx, i, f.first - 1, headline, tags, fixed, names, pending);
                return;
            }
            if (f.overlaps(c)) inside.add(f);
        }
        if (inside.size() == 1 && inside.get(0).type == EntityType.PERSON && inside.get(0).last == j
                && inside.get(0).first > i && inside.get(0).first - i <= 2 && !headOutside(w, lx, i, j, inside)) {
            // "Chavkat Mirzioïev": given names in a spelling the KB lacks before a surname it knows: one person
            names.remove(inside.get(0));
            set(c, EntityType.PERSON, Candidate.CUE);
            names.add(c);
            return;
        }
        if (!inside.isEmpty() && !headOutside(w, lx, i, j, inside)) {
            // a run of trusted names and other words ("России Владимир Путин"): the other words are runs of their own
            inside.sort(java.util.Comparator.comparingInt(x -> x.first));
            int from = i;
            for (Candidate f : inside) {
                if (f.first > from) addChain(w, lx, from, f.first - 1, headline, tags, fixed, names, pending);
                from = Math.max(from, f.last + 1);
            }
            if (from <= j) addChain(w, lx, from, j, headline, tags, fixed, names, pending);
            return;
        }
        type(c, w, lx, tags);
        for (Candidate f : inside) {
            boolean keep = f.type == EntityType.LOCATION || (c.type == EntityType.ORGANIZATION && f.type == EntityType.ORGANIZATION);
            if (!keep) names.remove(f);
        }
        boolean weak = c.confidence < Candidate.CUE && inside.isEmpty() && !c.acronym
                && ((w.get(i).initial && i == j) || headline[i]);
        if (weak) pending.add(c);
        else names.add(c);
    }

    /** True when an organisation or place noun of the run lies outside the trusted names inside it. */
    private static boolean headOutside(Words w, NameLexicons lx, int i, int j, List<Candidate> inside) {
        for (int k = i; k <= j; k++) {
            final int at = k;
            if (inside.stream().anyMatch(f -> at >= f.first && at <= f.last)) continue;
            String key = w.get(k).key;
            if (lx.orgHeads.contains(key) || lx.locationHeads.contains(key)) return true;
        }
        return false;
    }

    private void type(Candidate c, Words w, NameLexicons lx, int[] tags) {
        if (lx.quotedNameType != null && quoted(w, c)) {
            // «Зимняя вишня» after "ТЦ", "торговом центре": a building, a place; else the pack's type for quoted names
            boolean facility = false;
            boolean work = false;
            boolean body = false; // "компания «…»", "партия «…»": the noun of a body before the quote
            for (int k = c.first - 2; k >= Math.max(0, c.first - 3) && w.sameSentence(k, c.first); k--) {
                facility |= w.get(k).isWord() && lx.facilityKinds.contains(w.get(k).key);
                work |= w.get(k).isWord() && lx.workKinds.contains(w.get(k).key);
                body |= w.get(k).isWord() && lx.orgHeads.contains(w.get(k).key);
            }
            boolean headInside = false;
            for (int k = c.first; k <= c.last; k++) headInside |= lx.orgHeads.contains(w.get(k).key);
            if (work && !facility && !headInside) { // фильм «Зимний сад»: a title, none of our types
                set(c, EntityType.OTHER, Candidate.CUE);
                return;
            }
            // (the kind noun is as sure as the KB: the other case forms of the name take this type)
            if (facility) set(c, EntityType.LOCATION, Candidate.KB);
            else if (tags != null && !headInside && !body) {
                // without a body's noun around, quotes hold works, songs, laws and slogans as often as bodies: the
                // recogniser, which reads the words around, types the name or leaves it out («My Life» none of ours)
                EntityType t = NerSpans.type(tags, c.first, c.last);
                set(c, t, t == EntityType.OTHER ? Candidate.NONE : Candidate.CUE);
            } else set(c, lx.quotedNameType, Candidate.CUE);
            return;
        }
        for (int k = c.first; k <= c.last; k++) {
            if (lx.orgHeads.contains(w.get(k).key)) {
                set(c, EntityType.ORGANIZATION, Candidate.CUE);
                return;
            }
        }
        Word last = w.get(c.last);
        if (!last.capitalised && lx.placeKinds.contains(last.key)) {
            set(c, EntityType.LOCATION, Candidate.CUE); // "Кемеровской области", even after a title
            return;
        }
        if (titleBefore(w, lx, c.first)) {
            // a title is followed by its holder's name or by the body or place it heads ("глава Минздрава", "le
            // maire de Lyon"): the recogniser, which reads the words' forms, tells the two apart
            EntityType t = tags == null ? EntityType.PERSON : NerSpans.type(tags, c.first, c.last);
            set(c, t == EntityType.ORGANIZATION || t == EntityType.LOCATION ? t : EntityType.PERSON, Candidate.CUE);
            return;
        }
        if (titleAfter(w, lx, c.last) && !locationCueBefore(w, lx, c.first) && !connectorBefore(w, lx, c.first)) {
            // "Jeanne Dupin, maire de Vernon", "Tom Rand, spokesman for …": an office in apposition names its holder,
            // whatever the recogniser makes of an unknown given name (not a place or body after "à", "de", "of":
            // "le maire de Bellecombe, président de …")
            set(c, EntityType.PERSON, Candidate.CUE);
            return;
        }
        if (lx.locationHeads.contains(last.key) || (c.last > c.first && lx.locationPrefixes.contains(w.get(c.first).key))
                || (placeNounBefore(w, lx, c.first) && !firstNames.contains(w.get(c.first).key)
                    && !"PERSON".equals(lx.suffixType(last.lower)))) {
            set(c, EntityType.LOCATION, Candidate.CUE);
            return;
        }
        if (tags != null) {
            // no cue in the text: the recogniser types the run, and leaves untyped what it does not take for a name
            EntityType t = c.first == c.last && NerSpans.extendsOverCapitals(w, tags, c.first)
                    ? EntityType.OTHER : NerSpans.type(tags, c.first, c.last);
            if (t == EntityType.PERSON && c.first == c.last && !firstNames.contains(c.key)
                    && locationCueBefore(w, lx, c.first)) {
                t = EntityType.LOCATION; // "à Bellecombe": one unknown word after a place preposition is a place
            }
            set(c, t, t == EntityType.OTHER ? Candidate.NONE : c.last > c.first ? Candidate.CUE : Candidate.SHAPE);
            return;
        }
        EntityType trained = trainedTypes.get(c.key);
        if (trained != null) {
            // a single word opening a sentence may still be a common word ("Большая"): only a cue for runs
            set(c, trained, c.last > c.first ? Candidate.CUE : Candidate.SHAPE);
            return;
        }
        if (c.last > c.first && firstNames.contains(w.get(c.first).key)) {
            set(c, EntityType.PERSON, Candidate.CUE);
            return;
        }
        if (c.acronym) {
            set(c, EntityType.ORGANIZATION, Candidate.SHAPE);
            return;
        }
        String bySuffix = lx.suffixType(last.lower);
        if (!bySuffix.isEmpty()) {
            set(c, EntityType.valueOf(bySuffix), Candidate.SHAPE);
            return;
        }
        if (c.first == c.last && locationCueBefore(w, lx, c.first)) {
            set(c, EntityType.LOCATION, Candidate.SHAPE);
            return;
        }
        for (int k = c.first; k <= c.last; k++) {
            if (w.get(k).kind == Token.Kind.PUNCT) {
                set(c, EntityType.LOCATION, Candidate.SHAPE); // "Бад-Нойенар - Арвайлер": people's names join without spaces
                return;
            }
        }
        if (c.last > c.first && tags == null) set(c, EntityType.PERSON, Candidate.NONE);
    }

    /**
     * True when a word is a Roman numeral of I, V and X ("II", "XIV", "XXI"): centuries and ordinals. D, C, L and M
     * are left out, for "DC" and "CD" are more often names than numbers.
     */
    static boolean romanNumeral(String s) {
        if (s.length() < 2 || s.length() > 7) return false;
        int value = 0;
        int previous = Integer.MAX_VALUE;
        int run = 0;
        for (int k = 0; k < s.length(); k++) {
            int v = switch (s.charAt(k)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> -1;
            };
            if (v < 0) return false;
            run = v == previous ? run + 1 : 1;
            if (run > 3 || (run > 1 && v == 5)) return false;
            if (v > previous) {
                // a subtractive pair: I before V or X only, never after another I ("IIX")
                if (previous != 1 || (k >= 2 && s.charAt(k - 2) == 'I')) return false;
                value += v - 2 * previous;
            } else {
                value += v;
            }
            previous = v;
        }
        return value > 0;
    }

    /**
     * True when a lower-case noun of geography stands right before word i, in any case form, or before a connector
     * there: "реки Тринити", "на острове Макино", "la commune de Rennes", "du village de Bellecombe".
     */
    static boolean placeNounBefore(Words w, NameLexicons lx, int i) {
        if (lx.placeNouns.isEmpty()) return false;
        int k = i - 1;
        if (!w.get(i).elided && k >= 0 && w.sameSentence(k, i) && w.get(k).isWord() && !w.get(k).capitalised
                && lx.nameConnectors.contains(w.get(k).lower)) {
            k--;
        }
        return k >= 0 && w.sameSentence(k, i) && w.get(k).isWord() && !w.get(k).capitalised
                && lx.placeNouns.contains(w.get(k).key);
    }

    /** True when a place cue ends right before word i: "à", "in", or a phrase ("the coast of", "habitants d'"). */
    static boolean locationCueBefore(Words w, NameLexicons lx, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            int s = i - back;
            if (!w.sameSentence(s, i) || !w.get(s).isWord()) return false;
            if (back == 1 && lx.locationCues.contains(w.get(s).lower)) return true;
            if (w.isPhraseOfPieces(lx.locationCuePhrases, w.get(s).pieceAtTokenStart, w.get(i).pieceAtStart)) return true;
        }
        return false;
    }

    private static void set(Candidate c, EntityType type, int confidence) {
        c.type = type;
        c.confidence = confidence;
    }

    /** True when the name is exactly what stands between two quotation marks: «Весна». */
    private static boolean quoted(Words w, Candidate c) {
        return c.first > 0 && c.last + 1 < w.size() && w.get(c.first - 1).kind == Token.Kind.QUOTE
                && w.get(c.last + 1).kind == Token.Kind.QUOTE;
    }

    /** True when a lower-case connector ("de", "of", "по") stands right before word i in its sentence. */
    private static boolean connectorBefore(Words w, NameLexicons lx, int i) {
        return i > 0 && w.sameSentence(i - 1, i) && lowerWordIn(w, i - 1, lx.connectors);
    }

    /**
     * True when a comma and a person title follow word j: "Jeanne Dupin, maire de Vernon", "Tom Rand, spokesman for
     * the agency", "Иван Петров, глава района". The title must be the whole of what the lexicon lists, so "Paris,
     * Lyon" or "Vernon, maire" at a sentence's end do not count (a title there is followed by more words).
     */
    static boolean titleAfter(Words w, NameLexicons lx, int j) {
        int k = j + 2;
        if (k >= w.size() || !w.get(j + 1).is(",") || !w.sameSentence(j, k) || !w.get(k).isWord()) return false;
        for (int len = 1; len <= lx.titles.longestPhrase(); len++) {
            int e = k + len - 1;
            if (e + 1 >= w.size() || !w.sameSentence(k, e + 1)) break;
            if (w.isPhraseOfPieces(lx.titles, w.get(k).pieceAtTokenStart, w.get(e).pieceAtEnd)) return w.get(e + 1).isWord();
        }
        return false;
    }

    /** True when a person title ends right before word i: "M.", "le président kazakh", "пресс-секретарь". */
    static boolean titleBefore(Words w, NameLexicons lx, int i) {
        int e = i - 1;
        if (e < 0 || !w.sameSentence(e, i)) return false;
        if (w.get(e).is(",") && e > 0) e--;
        if (e >= 0 && w.get(e).isWord() && lx.demonyms.containsKey(w.get(e).lower) && e > 0) e--;
        for (int len = 1; len <= lx.titles.longestPhrase() && e - len + 1 >= 0; len++) {
            int s = e - len + 1;
            if (!w.sameSentence(s, i)) break;
            if (w.isPhraseOfPieces(lx.titles, w.get(s).pieceAtTokenStart, w.get(e).pieceAtEnd)) return true;
        }
        return false;
    }

    /**
     * Words of sentences written in title case (a headline: every word but the function words capitalised), where
     * capitals say nothing.
     */
    private static boolean[] headlineWords(Words w, NameLexicons lx) {
        boolean[] out = new boolean[w.size()];
        int i = 0;
        while (i < w.size()) {
            int j = i;
            int words = 0;
            int caps = 0;
            while (j < w.size() && w.get(j).sentence == w.get(i).sentence) {
                Word x = w.get(j);
                if (x.isWord() && x.text.length() >= 3 && (x.form.lexiconCues(lx) & NerFeatures.NON_NAME) == 0) {
                    words++;
                    if (x.capitalised) caps++;
                }
                j++;
            }
            if (words >= 4 && caps == words) for (int k = i; k < j; k++) out[k] = true;
            i = j;
        }
        return out;
    }
}
