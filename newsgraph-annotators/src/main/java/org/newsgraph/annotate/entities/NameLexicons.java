package org.newsgraph.annotate.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.lang.LexiconSpec.Type;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.PhraseMatcher;

/**
 * The word lists of one language the name finder reads, loaded once from its language pack:
 * <ul>
 * <li>{@code name-endings} — inflectional endings folded away in name keys (Russian cases);</li>
 * <li>{@code person-titles} — words and phrases before a person's name ("M.", "président", "пресс-секретарь");</li>
 * <li>{@code org-heads} — nouns that make a name an organisation ("ministère", "Ministry", "прокуратура"),
 *     second field {@code lower} when an official name may start with it in lower case;</li>
 * <li>{@code org-name-continuations} — endings of the lower-case words that continue an official name
 *     ("Министерство здравоохранения"), second field {@code not} for endings that stop it (verbs: "-ли");
 *     empty for languages that capitalise such names;</li>
 * <li>{@code org-name-words} — in languages that write official names with lower-case words ("Organisation mondiale
 *     de la santé"): endings of the adjectives of such names ({@code adjective}) and the words that open their
 *     complements ({@code opener}: "de", "aux"); read by {@link LongOfficialNames};</li>
 * <li>{@code name-connectors} — lower-case words inside names ("de", "of", "von"), second field {@code official}
 *     when only inside official names ("for"), {@code conjunction} for "and", "et", "и" (official names only, and
 *     never joining a second body: "Ministry of Health and Ministry of Defence" are two);</li>
 * <li>{@code location-cues} — words before a place name ("à", "in", "в"); {@code location-heads} — nouns that end
 *     a place name ("Airport", "Square"); {@code location-prefixes} — words that open one ("Lake", "Mount",
 *     "Southern"); {@code place-kinds} — nouns that say a territory's kind in its name ("Strip", "oblast"): "Gaza
 *     Strip" and "Gaza" are one place;</li>
 * <li>{@code place-nouns} — lower-case nouns of geography right before a name, in any case form ("реки", "острове",
 *     "village de"): what follows them is a place, whatever the recogniser guessed; those marked {@code street}
 *     ("rue", "улица") belong to the street's name ({@link org.newsgraph.annotate.entities.StreetNames});</li>
 * <li>{@code non-names} — capitalised words that are not names (weekdays, months, pronouns, sentence openers);
 *     {@code stopwords} and {@code figure-numbers} — common words a one-word KB alias must not match ("Семь");</li>
 * <li>{@code name-suffixes} — word endings typical of a type ("-ov" PERSON, "-stan" LOCATION);</li>
 * <li>{@code demonyms} — adjectives of nationality to their ISO country ("kazakh" KZ);</li>
 * <li>{@code roles} — phrases that stand for a person by role, with the role they name;</li>
 * <li>{@code quoted-names} — the type of a capitalised name in quotation marks, where the press writes
 *     organisations so («Весна»);</li>
 * <li>{@code person-nominatives} — oblique endings of personal names and their nominative;</li>
 * <li>{@code name-lemmas} — case endings of the adjectives and nouns of place and body names, and their nominative
 *     (checked against the head nouns above);</li>
 * <li>{@code name-articles} — articles that open a place name when capitalised inside a sentence ("La Rochelle");</li>
 * <li>{@code work-kinds} — nouns of works, laws and campaigns before a quoted title ("фильм «…»");</li>
 * <li>{@code elisions} — elided articles glued to a name ("l'", "d'"); {@code possessive-endings} ("'s").</li>
 * </ul>
 */
final class NameLexicons {
    final String language;
    final EndingFolder endings;
    final PhraseMatcher<List<String>> titles;
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> lowerOrgHeads = new HashSet<>();
    final List<String> continuations;
    final List<String> nonContinuations;
    /** Endings a word after a conjunction needs to continue an official name (genitives); empty: any continuation. */
    final List<String> joinedContinuations;
    final Set<String> connectors;
    /** Endings of lower-case adjectives inside official names ("internationale"); empty where names capitalise them. */
    final List<String> orgNameAdjectives;
    /** Lower-case words that open a complement of an official name ("de", "des", "aux"). */
    final Set<String> orgNameOpeners = new HashSet<>();
    /** The connectors that join two parts of one official name ("Red Cross and Red Crescent"). */
    final Set<String> conjunctions = new HashSet<>();
    final Set<String> nameConnectors = new HashSet<>();
    final Set<String> locationCues;
    final Set<String> locationHeads = new HashSet<>();
    final Set<String> locationPrefixes = new HashSet<>();
    /** Keys of the nouns that name a territory's kind inside its name ("Strip", "bande", "область"). */
    final Set<String> placeKinds = new HashSet<>();
    /** Keys of the lower-case place kinds written before the name they belong to ("bande de Gaza", "сектор Газа"). */
    final Set<String> placeKindsBefore = new HashSet<>();
    /** Keys of the lower-case nouns of geography that make the name after them a place ("реки", "île de"). */
    final Set<String> placeNouns = new HashSet<>();
    /** Keys of the place nouns of streets and squares, which belong to the name after them ("rue", "улица"). */
    final Set<String> streetNouns = new HashSet<>();
    final Set<String> nonNames;
    /** Frequent words of the language (function words, number words): never a one-word name from the KB. */
    final Set<String> commonWords = new HashSet<>();
    final Map<String, String> suffixTypes = new HashMap<>();
    final int longestSuffix;
    final Map<String, String> demonyms = new HashMap<>();
    final PhraseMatcher<List<String>> roles;
    /** Whether some role phrase opens with a demonym, a country or an organisation placeholder. */
    final boolean rolesOpenWithDemonym;
    final boolean rolesOpenWithCountry;
    final boolean rolesOpenWithOrg;
    final boolean rolesOpenWithPlace;
    /** Place cues of several words ("the coast of", "habitants d'"), matched on the shared layer's pieces. */
    final PhraseMatcher<List<String>> locationCuePhrases;
    /** The comparison form of the language's words: the one the shared token layer uses. */
    final Normalizer normalizer;
    /** The type of a capitalised name between quotation marks («Весна»), or null where quotes say nothing. */
    final org.newsgraph.core.model.EntityType quotedNameType;
    final Set<String> elisions;
    /** The word an elided word stands for, where the pack gives one ("d" → "de"). */
    final Map<String, String> elisionFullForms = new HashMap<>();
    final List<String> possessives;
    final PersonNominative nominatives;
    /** Puts place and body names in the nominative for their canonical. */
    final NameLemmas lemmas;
    /** Nouns that make a capitalised run an event or a phenomenon ("Storm Agathe"), which is none of our types. */
    final Set<String> eventHeads;
    private final List<String> demonymPlurals;
    /** Nouns of buildings and facilities ("port", "аэропорт", "ТЦ"), as name keys: what they name is a place. */
    final Set<String> facilityKinds = new HashSet<>();
    /** Nouns of works and campaigns ("фильм", "закон"), as name keys: a quoted title after them is none of ours. */
    final Set<String> workKinds = new HashSet<>();
    /** Articles, normalised and without apostrophe ("la", "l"), that open a place name when capitalised mid-sentence. */
    final Set<String> nameArticles = new HashSet<>();
    /** Organisation nouns and facility nouns together: the heads whose names may be written in other word orders. */
    final Set<String> bodyAndFacilityHeads = new HashSet<>();

    private static final List<String> TYPES = java.util.Arrays.stream(org.newsgraph.core.model.EntityType.values())
            .map(Enum::name).toList();
    static final LexiconSpec NAME_ENDINGS = LexiconSpec.named("name-endings").column("ending", Type.TEXT).optional();
    static final LexiconSpec PERSON_TITLES = LexiconSpec.named("person-titles").column("title", Type.TEXT).required();
    static final LexiconSpec ORG_HEADS = LexiconSpec.named("org-heads").column("word", Type.TEXT)
            .optionalChoice("case", List.of("lower")).optional();
    static final LexiconSpec ORG_NAME_CONTINUATIONS = LexiconSpec.named("org-name-continuations")
            .column("word", Type.TEXT).optionalChoice("negation", List.of("not", "joined")).optional();
    static final LexiconSpec ORG_NAME_WORDS = LexiconSpec.named("org-name-words").column("word", Type.TEXT)
            .choice("kind", List.of("adjective", "opener")).optional();
    static final LexiconSpec NAME_CONNECTORS = LexiconSpec.named("name-connectors").column("word", Type.TEXT)
            .optionalChoice("use", List.of("official", "conjunction")).optional();
    static final LexiconSpec LOCATION_CUES = LexiconSpec.named("location-cues").column("word", Type.TEXT).optional();
    static final LexiconSpec LOCATION_HEADS = LexiconSpec.named("location-heads").column("word", Type.TEXT).optional();
    static final LexiconSpec LOCATION_PREFIXES = LexiconSpec.named("location-prefixes").column("word", Type.TEXT).optional();
    /** Nouns that say a territory's kind in its name ("Strip", "oblast"); {@code before} when they precede it. */
    static final LexiconSpec PLACE_KINDS = LexiconSpec.named("place-kinds").column("noun", Type.TEXT)
            .optionalChoice("position", List.of("before")).optional();
    /**
     * Nouns of geography before a name; {@code street} for streets and squares, whose noun belongs to the name;
     * {@code street-only} for a noun that names a square but too often something else to type the name after it
     * ("place": "à la place de …").
     */
    static final LexiconSpec PLACE_NOUNS = LexiconSpec.named("place-nouns").column("noun", Type.TEXT)
            .optionalChoice("kind", List.of("street", "street-only")).optional();
    static final LexiconSpec NON_NAMES = LexiconSpec.named("non-names").column("word", Type.TEXT).optional();
    static final LexiconSpec STOPWORDS = LexiconSpec.named("stopwords").column("word", Type.TEXT).required();
    static final LexiconSpec NAME_SUFFIXES = LexiconSpec.named("name-suffixes").column("suffix", Type.TEXT)
            .choice("type", TYPES).optional();
    static final LexiconSpec DEMONYMS = LexiconSpec.named("demonyms").column("word", Type.TEXT)
            .column("country", Type.TEXT).optional();
    static final LexiconSpec ROLES = LexiconSpec.named("roles").column("phrase", Type.TEXT).column("role", Type.TEXT).required();
    static final LexiconSpec QUOTED_NAMES = LexiconSpec.named("quoted-names").choice("type", TYPES).optional();
    static final LexiconSpec ELISIONS = org.newsgraph.core.lang.CoreLexicons.ELISIONS;
    /** Function words an acronym's initials skip even when capitalised ("The Associated Press" → AP). */
    static final LexiconSpec INITIALS_SKIPPED = LexiconSpec.named("initials-skipped").column("word", Type.TEXT)
            .optional();
    static final LexiconSpec PERSON_NOMINATIVES = LexiconSpec.named("person-nominatives")
            .choice("name part", List.of("first", "last")).column("ending", Type.TEXT).column("nominative", Type.TEXT)
            .choice("gender", List.of("m", "f")).optional();
    static final LexiconSpec NAME_LEMMAS = LexiconSpec.named("name-lemmas").choice("class", List.of("adj", "noun"))
            .column("ending", Type.TEXT).column("nominative", Type.TEXT).choice("gender", List.of("m", "f", "n", "p"))
            .column("cases", Type.TEXT).optional();
    static final LexiconSpec POSSESSIVE_ENDINGS = LexiconSpec.named("possessive-endings").column("ending", Type.TEXT)
            .optional();
    /** Nouns naming storms, quakes and other events: "Storm", "ouragan", "ураган". */
    static final LexiconSpec EVENT_HEADS = LexiconSpec.named("event-heads").column("word", Type.TEXT).optional();
    /** Endings that make the people of an adjective of nationality ("Syrian" → "Syrians"). */
    static final LexiconSpec DEMONYM_PLURALS = LexiconSpec.named("demonym-plurals").column("ending", Type.TEXT).optional();
    /** Nouns of facilities: "port of Beirut" and «Зимняя вишня» after "ТЦ" are places. */
    static final LexiconSpec FACILITY_KINDS = LexiconSpec.named("facility-kinds").column("word", Type.TEXT).optional();
    /** Nouns of works, laws and campaigns before a quoted title: «Зимний сад» after "фильм" names none of our types. */
    /** Articles that open place names when capitalised inside a sentence ("La Rochelle", "L'Haÿ-les-Roses"). */
    static final LexiconSpec NAME_ARTICLES = LexiconSpec.named("name-articles").column("word", Type.TEXT).optional();
    static final LexiconSpec WORK_KINDS = LexiconSpec.named("work-kinds").column("word", Type.TEXT).optional();
    static final List<LexiconSpec> LEXICONS = List.of(EVENT_HEADS, DEMONYM_PLURALS, FACILITY_KINDS, WORK_KINDS, NAME_ARTICLES, NAME_ENDINGS, PERSON_TITLES, ORG_HEADS, ORG_NAME_CONTINUATIONS, ORG_NAME_WORDS,
            NAME_CONNECTORS, LOCATION_CUES, LOCATION_HEADS, LOCATION_PREFIXES, PLACE_KINDS, PLACE_NOUNS, NON_NAMES, STOPWORDS,
            org.newsgraph.annotate.figures.FigureAnnotator.NUMBER_WORDS, NAME_SUFFIXES, DEMONYMS, ROLES, QUOTED_NAMES,
            ELISIONS, PERSON_NOMINATIVES, NAME_LEMMAS, POSSESSIVE_ENDINGS, INITIALS_SKIPPED);

    /**
     * The words initials skip, of every installed language: a name keeps its language inside an article of another
     * ("The Associated Press" in a French article), so each pack's list counts everywhere.
     */
    static Set<String> initialsSkippedInAnyLanguage() {
        return InitialsSkipped.WORDS;
    }

    /** Read once, on first use. */
    private static final class InitialsSkipped {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            Set<String> out = new HashSet<>();
            for (LanguagePack p : org.newsgraph.core.lang.LanguagePacks.all()) out.addAll(lower(p.lexicon(INITIALS_SKIPPED)));
            return Set.copyOf(out);
        }
    }

    NameLexicons(LanguagePack pack) {
        this.language = pack.code();
        this.normalizer = Normalizer.of(pack);
        this.endings = EndingFolder.of(pack.lexicon(NAME_ENDINGS));
        this.forms = new WordForms(endings);
        this.titles = PhraseMatcher.of(pack.lexicon(PERSON_TITLES), normalizer);
        for (List<String> row : pack.lexicon(ORG_HEADS).rows()) {
            String key = NameKeys.key(row.get(0), endings);
            orgHeads.add(key);
            if (row.size() > 1 && row.get(1).equals("lower")) lowerOrgHeads.add(key);
        }
        this.continuations = pack.lexicon(ORG_NAME_CONTINUATIONS).rows().stream()
                .filter(r -> r.size() < 2 || r.get(1).isEmpty()).map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList();
        this.joinedContinuations = pack.lexicon(ORG_NAME_CONTINUATIONS).rows().stream()
                .filter(r -> r.size() > 1 && r.get(1).equals("joined")).map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList();
        this.nonContinuations = pack.lexicon(ORG_NAME_CONTINUATIONS).rows().stream()
                .filter(r -> r.size() > 1 && r.get(1).equals("not")).map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList();
        this.orgNameAdjectives = pack.lexicon(ORG_NAME_WORDS).rows().stream()
                .filter(r -> r.get(1).equals("adjective")).map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList();
        for (List<String> row : pack.lexicon(ORG_NAME_WORDS).rows()) {
            if (row.get(1).equals("opener")) orgNameOpeners.add(normalizer.normalize(row.get(0).strip()));
        }
        this.connectors = lower(pack.lexicon(NAME_CONNECTORS));
        for (List<String> row : pack.lexicon(NAME_CONNECTORS).rows()) {
            if (row.size() < 2) nameConnectors.add(row.get(0).toLowerCase(Locale.ROOT));
            else if (row.get(1).equals("conjunction")) conjunctions.add(row.get(0).toLowerCase(Locale.ROOT));
        }
        this.locationCues = lower(pack.lexicon(LOCATION_CUES));
        this.locationCuePhrases = PhraseMatcher.of(pack.lexicon(LOCATION_CUES), normalizer);
        for (List<String> row : pack.lexicon(LOCATION_HEADS).rows()) locationHeads.add(NameKeys.key(row.get(0), endings));
        for (List<String> row : pack.lexicon(LOCATION_PREFIXES).rows()) locationPrefixes.add(NameKeys.key(row.get(0), endings));
        for (List<String> row : pack.lexicon(PLACE_KINDS).rows()) {
            placeKinds.add(NameKeys.key(row.get(0), endings));
            if (row.size() > 1 && row.get(1).equals("before")) placeKindsBefore.add(NameKeys.key(row.get(0), endings));
        }
        for (List<String> row : pack.lexicon(PLACE_NOUNS).rows()) {
            String kind = row.size() > 1 ? row.get(1) : "";
            if (!kind.equals("street-only")) placeNouns.add(NameKeys.key(row.get(0), endings));
            if (kind.startsWith("street")) streetNouns.add(NameKeys.key(row.get(0), endings));
        }
        this.nonNames = lower(pack.lexicon(NON_NAMES));
        commonWords.addAll(lower(pack.lexicon(STOPWORDS)));
        commonWords.addAll(lower(pack.lexicon(org.newsgraph.annotate.figures.FigureAnnotator.NUMBER_WORDS)));
        int longest = 0;
        for (List<String> row : pack.lexicon(NAME_SUFFIXES).rows()) {
            String suffix = row.get(0).toLowerCase(Locale.ROOT);
            suffixTypes.put(suffix, row.size() > 1 ? row.get(1) : "");
            longest = Math.max(longest, suffix.length());
        }
        this.longestSuffix = longest;
        for (List<String> row : pack.lexicon(DEMONYMS).rows()) {
            if (row.size() > 1) demonyms.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1).toUpperCase(Locale.ROOT));
        }
        this.roles = PhraseMatcher.of(pack.lexicon(ROLES), normalizer);
        this.rolesOpenWithDemonym = opensWith(pack.lexicon(ROLES), RoleResolver.DEM);
        this.rolesOpenWithCountry = opensWith(pack.lexicon(ROLES), RoleResolver.COUNTRY);
        this.rolesOpenWithOrg = opensWith(pack.lexicon(ROLES), RoleResolver.ORG);
        this.rolesOpenWithPlace = opensWith(pack.lexicon(ROLES), RoleResolver.PLACE);
        Lexicon quoted = pack.lexicon(QUOTED_NAMES);
        this.quotedNameType = quoted.isEmpty() ? null
                : org.newsgraph.core.model.EntityType.valueOf(quoted.rows().get(0).get(0).strip());
        this.elisions = new HashSet<>();
        for (List<String> row : pack.lexicon(ELISIONS).rows()) {
            String elided = normalizer.normalize(row.get(0).strip()).replace("'", "");
            elisions.add(elided);
            if (row.size() > 1 && !row.get(1).isBlank()) elisionFullForms.put(elided, normalizer.normalize(row.get(1).strip()));
        }
        this.nominatives = PersonNominative.of(pack.lexicon(PERSON_NOMINATIVES));
        Set<String> heads = new HashSet<>();
        for (LexiconSpec spec : List.of(ORG_HEADS, PLACE_KINDS, LOCATION_HEADS, FACILITY_KINDS)) {
            heads.addAll(lower(pack.lexicon(spec)));
        }
        this.lemmas = NameLemmas.of(pack.lexicon(NAME_LEMMAS), heads);
        this.eventHeads = lower(pack.lexicon(EVENT_HEADS));
        for (List<String> row : pack.lexicon(FACILITY_KINDS).rows()) facilityKinds.add(NameKeys.key(row.get(0), endings));
        for (List<String> row : pack.lexicon(WORK_KINDS).rows()) workKinds.add(NameKeys.key(row.get(0), endings));
        for (List<String> row : pack.lexicon(NAME_ARTICLES).rows()) {
            nameArticles.add(normalizer.normalize(row.get(0).strip()).replace("'", ""));
        }
        bodyAndFacilityHeads.addAll(orgHeads);
        bodyAndFacilityHeads.addAll(facilityKinds);
        this.demonymPlurals = pack.lexicon(DEMONYM_PLURALS).rows().stream().map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList();
        this.possessives = pack.lexicon(POSSESSIVE_ENDINGS).rows().stream()
                .map(r -> normalizer.normalize(r.get(0).strip())).toList();
    }

    private static boolean opensWith(Lexicon phrases, String placeholder) {
        for (List<String> row : phrases.rows()) {
            if (row.get(0).strip().toLowerCase(Locale.ROOT).startsWith(placeholder)) return true;
        }
        return false;
    }

    private static Set<String> lower(Lexicon lexicon) {
        Set<String> s = new HashSet<>();
        for (List<String> row : lexicon.rows()) s.add(row.get(0).toLowerCase(Locale.ROOT));
        return s;
    }

    private final Map<String, String> keyCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The name key of a word in this language, cached: the same words come back article after article. */
    String key(String word) {
        String k = keyCache.get(word);
        if (k != null) return k;
        k = NameKeys.key(word, endings);
        if (keyCache.size() > 200_000) keyCache.clear(); // bounded memory on endless streams of new words
        keyCache.put(word, k);
        return k;
    }

    private final WordForms forms;

    /** The form of the word written as {@code text[start, end)}, shared by the documents of this language. */
    WordForm form(String text, int start, int end) {
        return forms.of(text, start, end);
    }

    /** True when a lower-cased word is an adjective of nationality or its plural ("syrian", "syrians"). */
    boolean isDemonym(String lowerWord) {
        if (demonyms.containsKey(lowerWord)) return true;
        for (String e : demonymPlurals) {
            if (lowerWord.length() > e.length() + 2 && lowerWord.endsWith(e)
                    && demonyms.containsKey(lowerWord.substring(0, lowerWord.length() - e.length()))) return true;
        }
        return false;
    }

    /**
     * True when a word from first to last, the word before, or a word right after names an event kind
     * ("Storm Agathe", "ouragan Irma", "Seconde Guerre mondiale", "Великую Отечественную войну"). Known places are
     * found before this test and stay ("la guerre d'Irak" keeps Irak).
     */
    boolean hasEventHead(Words w, int first, int last) {
        if (eventHeads.isEmpty()) return false;
        for (int k = first > 0 && w.sameSentence(first - 1, first) ? first - 1 : first; k <= last; k++) {
            if (eventHeads.contains(w.get(k).lower)) return true;
        }
        // the words after, over at most two more capitalised words of the same name ("Великую" | "Отечественную войну")
        for (int k = last + 1; k < w.size() && k <= last + 3 && w.sameSentence(last, k) && w.get(k).isWord(); k++) {
            if (eventHeads.contains(w.get(k).lower)) return true;
            if (!w.get(k).capitalised) return false;
        }
        return false;
    }

    /** The type a word's ending suggests ("PERSON", "LOCATION"), or empty. */
    String suffixType(String lowerWord) {
        for (int len = Math.min(longestSuffix, lowerWord.length() - 2); len >= 2; len--) {
            String t = suffixTypes.get(lowerWord.substring(lowerWord.length() - len));
            if (t != null) return t;
        }
        return "";
    }

    /** True when a lower-case word after a conjunction may continue an official name ("и общественного развития"). */
    boolean continuesAfterConjunction(String lowerWord) {
        if (!continuesOfficialName(lowerWord)) return false;
        if (joinedContinuations.isEmpty()) return true;
        for (String e : joinedContinuations) {
            if (lowerWord.endsWith(e) && lowerWord.length() > e.length() + 1) return true;
        }
        return false;
    }

    /** True when a lower-case word may continue an official name ("здравоохранения"). */
    boolean continuesOfficialName(String lowerWord) {
        for (String e : nonContinuations) {
            if (lowerWord.endsWith(e)) return false;
        }
        for (String e : continuations) {
            if (lowerWord.endsWith(e) && (lowerWord.length() > e.length() + 1 || (e.length() >= 3 && lowerWord.equals(e)))) {
                return true;
            }
        }
        return false;
    }
}
