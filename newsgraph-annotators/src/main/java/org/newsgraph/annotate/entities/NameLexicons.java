package org.newsgraph.annotate.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.Lexicon;

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
 * <li>{@code name-connectors} — lower-case words inside names ("de", "of", "von"), second field {@code official}
 *     when only inside official names ("et", "и");</li>
 * <li>{@code location-cues} — words before a place name ("à", "in", "в"); {@code location-heads} — nouns that end
 *     a place name ("Airport", "Square"); {@code location-prefixes} — words that open one ("Lake", "Mount",
 *     "Southern"); {@code place-kinds} — nouns that say a territory's kind in its name ("Strip", "oblast"): "Gaza
 *     Strip" and "Gaza" are one place;</li>
 * <li>{@code non-names} — capitalised words that are not names (weekdays, months, pronouns, sentence openers);
 *     {@code stopwords} and {@code figure_numbers} — common words a one-word KB alias must not match ("Семь");</li>
 * <li>{@code name-suffixes} — word endings typical of a type ("-ov" PERSON, "-stan" LOCATION);</li>
 * <li>{@code demonyms} — adjectives of nationality to their ISO country ("kazakh" KZ);</li>
 * <li>{@code roles} — phrases that stand for a person by role, with the role they name;</li>
 * <li>{@code quoted-names} — the type of a capitalised name in quotation marks, where the press writes
 *     organisations so («Весна»);</li>
 * <li>{@code person-nominatives} — oblique endings of personal names and their nominative;</li>
 * <li>{@code elisions} — elided articles glued to a name ("l'", "d'"); {@code possessive-endings} ("'s").</li>
 * </ul>
 */
final class NameLexicons {
    final String language;
    final EndingFolder endings;
    final PhraseSet titles;
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> lowerOrgHeads = new HashSet<>();
    final List<String> continuations;
    final List<String> nonContinuations;
    final Set<String> connectors;
    final Set<String> nameConnectors = new HashSet<>();
    final Set<String> locationCues;
    final Set<String> locationHeads = new HashSet<>();
    final Set<String> locationPrefixes = new HashSet<>();
    /** Keys of the nouns that name a territory's kind inside its name ("Strip", "bande", "область"). */
    final Set<String> placeKinds = new HashSet<>();
    /** Keys of the lower-case place kinds written before the name they belong to ("bande de Gaza", "сектор Газа"). */
    final Set<String> placeKindsBefore = new HashSet<>();
    final Set<String> nonNames;
    /** Frequent words of the language (function words, number words): never a one-word name from the KB. */
    final Set<String> commonWords = new HashSet<>();
    final Map<String, String> suffixTypes = new HashMap<>();
    final int longestSuffix;
    final Map<String, String> demonyms = new HashMap<>();
    final PhraseSet roles;
    /** The type of a capitalised name between quotation marks («Весна»), or null where quotes say nothing. */
    final org.newsgraph.core.model.EntityType quotedNameType;
    final Set<String> elisions;
    final List<String> possessives;
    final PersonNominative nominatives;

    NameLexicons(LanguagePack pack) {
        this.language = pack.code();
        this.endings = EndingFolder.of(pack.lexicon("name-endings"));
        this.titles = PhraseSet.of(pack.lexicon("person-titles"));
        for (List<String> row : pack.lexicon("org-heads").rows()) {
            String key = NameKeys.key(row.get(0), endings);
            orgHeads.add(key);
            if (row.size() > 1 && row.get(1).equals("lower")) lowerOrgHeads.add(key);
        }
        this.continuations = pack.lexicon("org-name-continuations").rows().stream()
                .filter(r -> r.size() < 2 || !r.get(1).equals("not")).map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList();
        this.nonContinuations = pack.lexicon("org-name-continuations").rows().stream()
                .filter(r -> r.size() > 1 && r.get(1).equals("not")).map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList();
        this.connectors = lower(pack.lexicon("name-connectors"));
        for (List<String> row : pack.lexicon("name-connectors").rows()) {
            if (row.size() < 2 || !row.get(1).equals("official")) nameConnectors.add(row.get(0).toLowerCase(Locale.ROOT));
        }
        this.locationCues = lower(pack.lexicon("location-cues"));
        for (List<String> row : pack.lexicon("location-heads").rows()) locationHeads.add(NameKeys.key(row.get(0), endings));
        for (List<String> row : pack.lexicon("location-prefixes").rows()) locationPrefixes.add(NameKeys.key(row.get(0), endings));
        for (List<String> row : pack.lexicon("place-kinds").rows()) {
            placeKinds.add(NameKeys.key(row.get(0), endings));
            if (row.size() > 1 && row.get(1).equals("before")) placeKindsBefore.add(NameKeys.key(row.get(0), endings));
        }
        this.nonNames = lower(pack.lexicon("non-names"));
        commonWords.addAll(lower(pack.lexicon("stopwords")));
        commonWords.addAll(lower(pack.lexicon("figure_numbers")));
        int longest = 0;
        for (List<String> row : pack.lexicon("name-suffixes").rows()) {
            String suffix = row.get(0).toLowerCase(Locale.ROOT);
            suffixTypes.put(suffix, row.size() > 1 ? row.get(1) : "");
            longest = Math.max(longest, suffix.length());
        }
        this.longestSuffix = longest;
        for (List<String> row : pack.lexicon("demonyms").rows()) {
            if (row.size() > 1) demonyms.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1).toUpperCase(Locale.ROOT));
        }
        this.roles = PhraseSet.of(pack.lexicon("roles"));
        Lexicon quoted = pack.lexicon("quoted-names");
        this.quotedNameType = quoted.isEmpty() ? null
                : org.newsgraph.core.model.EntityType.valueOf(quoted.rows().get(0).get(0).strip());
        this.elisions = new HashSet<>();
        for (List<String> row : pack.lexicon("elisions").rows()) {
            elisions.add(PhraseSet.normalise(row.get(0)).replace("'", ""));
        }
        this.nominatives = PersonNominative.of(pack.lexicon("person-nominatives"));
        this.possessives = pack.lexicon("possessive-endings").rows().stream()
                .map(r -> PhraseSet.normalise(r.get(0))).toList();
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

    /** The type a word's ending suggests ("PERSON", "LOCATION"), or empty. */
    String suffixType(String lowerWord) {
        for (int len = Math.min(longestSuffix, lowerWord.length() - 2); len >= 2; len--) {
            String t = suffixTypes.get(lowerWord.substring(lowerWord.length() - len));
            if (t != null) return t;
        }
        return "";
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
