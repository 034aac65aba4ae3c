package org.newsgraph.annotate.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.annotate.quotes.SpeechLexicon;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.lang.LexiconSpec;

/**
 * What one language says about attribution candidates, from its pack's {@code attribution-words.tsv}: channel cues
 * (the word before an addressee or relay), addressees (a medium named in the dative, "Интерфаксу"), media,
 * documents, non-phrases, time words, and gender words and endings. Phrases are
 * matched on lower-cased words.
 */
public final class AttributionWords {

    /** Kinds of row, as named in the file. */
    public enum Kind { CHANNEL_CUE, ADDRESSEE, MEDIUM, DOCUMENT, NON_PHRASE, TIME_WORD, FEMALE, MALE, FEMALE_ENDING, MALE_ENDING }

    /** A grammatical gender or number, as far as the words tell. */
    public enum Gender { FEMALE, MALE, UNKNOWN }

    /** {@code phrase TAB kind}, kind being a {@link Kind} written in lower case with hyphens ("channel-cue"). */
    public static final LexiconSpec SPEC = LexiconSpec.named("attribution-words").column("phrase", LexiconSpec.Type.TEXT)
            .choice("kind", java.util.Arrays.stream(Kind.values())
                    .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())
            .optional();

    /** How far after a name a body noun may stand to make the name its modifier. */
    private static final int MODIFIED_HEAD_WORDS = 3;
    public static final AttributionWords EMPTY = new AttributionWords(Lexicon.empty(), Lexicon.empty(), Normalizer.basic());

    private final Map<String, List<Kind>> words = new HashMap<>();
    /** The comparison form of the language's words (the pack's folding rules, as in the shared token layer). */
    private final Normalizer normalizer;
    private final List<String> femaleEndings = new ArrayList<>();
    private final List<String> maleEndings = new ArrayList<>();
    private final java.util.Set<String> speakerNouns = new java.util.HashSet<>();
    private final java.util.Set<String> bodyNouns = new java.util.HashSet<>();
    /** Heads that name a group ("officials", "les autorités"): never one person who holds a role. */
    private final java.util.Set<String> collectiveNouns = new java.util.HashSet<>();
    /** Words that open a role's complement ("of", "for", "de"), and with determiners never carry a role. */
    private final java.util.Set<String> prepositions = new java.util.HashSet<>();
    private final java.util.Set<String> determiners = new java.util.HashSet<>();
    /** The last word of every channel cue ("told", "à", "агентству"): no cue ends on another word. */
    private final java.util.Set<String> channelCueEnds = new java.util.HashSet<>();

    /** {@code speakerWords}: the pack's {@code speaker-words}, whose head and collective rows are speaker nouns. */
    AttributionWords(Lexicon lex, Lexicon speakerWords, Normalizer normalizer) {
        this.normalizer = normalizer;
        for (List<String> row : speakerWords.rows()) {
            if (row.size() > 1 && ("head".equals(row.get(1)) || "collective".equals(row.get(1)))) speakerNouns.add(norm(row.get(0)));
            if (row.size() > 1 && "institution".equals(row.get(1))) bodyNouns.add(norm(row.get(0)));
            if (row.size() > 1 && "collective".equals(row.get(1))) collectiveNouns.add(norm(row.get(0)));
            if (row.size() > 1 && "preposition".equals(row.get(1))) prepositions.add(norm(row.get(0)));
            if (row.size() > 1 && ("definite".equals(row.get(1)) || "indefinite".equals(row.get(1)))) determiners.add(norm(row.get(0)));
        }
        for (List<String> row : lex.rows()) {
            Kind k;
            try {
                k = Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // rows from a pack were checked against SPEC; rows built by tests are not
                throw new IllegalArgumentException(lex.name() + ": row '" + String.join("\t", row)
                        + "' needs a kind: " + SPEC.layout());
            }
            String w = norm(row.get(0));
            if (k == Kind.FEMALE_ENDING) femaleEndings.add(w);
            else if (k == Kind.MALE_ENDING) maleEndings.add(w);
            else words.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
        }
        for (Map.Entry<String, List<Kind>> e : words.entrySet()) {
            if (e.getValue().contains(Kind.CHANNEL_CUE)) channelCueEnds.add(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1));
        }
        // longest ending first: "ская" before "ая"
        femaleEndings.sort((a, b) -> b.length() - a.length());
        maleEndings.sort((a, b) -> b.length() - a.length());
    }

    public static AttributionWords of(LanguagePack pack) {
        return new AttributionWords(pack.lexicon(SPEC), pack.lexicon(SpeechLexicon.SPEAKER_WORDS), Normalizer.of(pack));
    }

    /** For tests: words from rows instead of a pack. */
    public static AttributionWords of(Lexicon lex, Lexicon speakerWords) {
        return new AttributionWords(lex, speakerWords, Normalizer.basic());
    }

    /** The normaliser the words are compared in. */
    public Normalizer normalizer() {
        return normalizer;
    }

    /** True when a word of the phrase names a speaker by role ("official", "préfecture", "министр"). */
    public boolean hasSpeakerNoun(String phrase) {
        return speakerNoun(phrase).isPresent();
    }

    /** The first word of the phrase that names a speaker by role, if any. */
    public java.util.Optional<String> speakerNoun(String phrase) {
        for (String w : split(norm(phrase))) if (speakerNouns.contains(w)) return java.util.Optional.of(w);
        return java.util.Optional.empty();
    }

    /**
     * The first word of the phrase that names one person by role ("the health minister", "le porte-parole"), if
     * any: a collective head ("officials") names a group and a body word ("the ministry") a body, neither a holder.
     */
    public java.util.Optional<String> holderNoun(String phrase) {
        for (String w : split(norm(phrase))) {
            if (speakerNouns.contains(w) && !collectiveNouns.contains(w) && !bodyNouns.contains(w)) return java.util.Optional.of(w);
        }
        return java.util.Optional.empty();
    }

    /** True when the lower-cased word is a preposition of the language ("of", "de", "для"). */
    public boolean isPreposition(String word) {
        return prepositions.contains(norm(word));
    }

    /** True when the lower-cased word is a determiner or a preposition: it never carries a role. */
    public boolean isFunctionWord(String word) {
        String n = norm(word);
        return prepositions.contains(n) || determiners.contains(n);
    }

    /**
     * True when one of the next few lower-case words of {@code text} after {@code from}, before {@code to} and before
     * any comma, names a body ("the UN refugee agency", "the Red Cross delegation"): the name before it only
     * qualifies that body. Reads the characters in place; only the few words looked at are normalised.
     */
    public boolean bodyNounFollows(String text, int from, int to) {
        int i = from;
        for (int seen = 0; seen < MODIFIED_HEAD_WORDS && i < to; seen++) {
            while (i < to && !isWordChar(text.codePointAt(i))) {
                if (text.charAt(i) == ',') return false;
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < to && isWordChar(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            if (start == i) return false;
            if (Character.isLowerCase(text.charAt(start)) && bodyNouns.contains(norm(text.substring(start, Math.min(i, to))))) return true;
        }
        return false;
    }

    /** True when the phrase has words and each is of the kind ("lundi soir", "Tuesday night" are all time words). */
    public boolean allWords(String phrase, Kind kind) {
        List<String> ws = split(norm(phrase));
        for (String w : ws) if (!is(w, kind)) return false;
        return !ws.isEmpty();
    }

    /** True when the first word of the phrase is of the kind. */
    public boolean firstWord(String phrase, Kind kind) {
        String n = norm(phrase);
        int start = nextWord(n, 0);
        return start < n.length() && is(n.substring(start, wordEnd(n, start)), kind);
    }

    /** True when the last word of the phrase is of the kind ("official figures"); found without splitting the phrase. */
    public boolean lastWord(String phrase, Kind kind) {
        int end = phrase.length();
        while (end > 0 && !isWordChar(phrase.codePointBefore(end))) end -= Character.charCount(phrase.codePointBefore(end));
        int start = end;
        while (start > 0 && isWordChar(phrase.codePointBefore(start))) start -= Character.charCount(phrase.codePointBefore(start));
        return start < end && is(phrase.substring(start, end), kind);
    }

    public boolean is(String phrase, Kind kind) {
        List<Kind> ks = words.get(norm(phrase));
        return ks != null && ks.contains(kind);
    }

    /**
     * False when no channel cue ends on this word, so that no phrase ending on it is one: the cue before a candidate
     * is then looked for without building its phrases of one to four words.
     */
    public boolean mayEndChannelCue(String word) {
        return channelCueEnds.contains(norm(word));
    }

    /** True when any word of the phrase, or any two adjacent words, is of the kind. */
    public boolean anyWord(String phrase, Kind kind) {
        List<String> ws = split(norm(phrase));
        for (int i = 0; i < ws.size(); i++) {
            if (is(ws.get(i), kind)) return true;
            if (i + 1 < ws.size() && is(ws.get(i) + " " + ws.get(i + 1), kind)) return true;
        }
        return false;
    }

    /**
     * The gender a phrase says: a gender word or first name among its words ("la ministre", "Anna Berg"), else the
     * ending of its last word when it is capitalised ("Петрова") or of a verb form given alone ("заявила").
     */
    public Gender gender(String phrase) {
        List<String> ws = split(norm(phrase));
        for (String w : ws) {
            if (is(w, Kind.FEMALE)) return Gender.FEMALE;
            if (is(w, Kind.MALE)) return Gender.MALE;
        }
        if (ws.isEmpty()) return Gender.UNKNOWN;
        return ending(ws.get(ws.size() - 1));
    }

    /** The gender the ending of one word says (a surname, a past-tense verb), or unknown. */
    public Gender ending(String word) {
        String w = norm(word);
        // the longest matching ending decides: "-ова" (female) before "-ов" (male)
        String f = longest(femaleEndings, w);
        String m = longest(maleEndings, w);
        if (f.isEmpty() && m.isEmpty()) return Gender.UNKNOWN;
        return f.length() >= m.length() ? Gender.FEMALE : Gender.MALE;
    }

    private static String longest(List<String> endings, String w) {
        for (String e : endings) if (w.length() > e.length() + 1 && w.endsWith(e)) return e;
        return "";
    }

    /**
     * The words of a phrase: maximal runs of letters, numbers, apostrophes and hyphens (the regular expression
     * {@code [\p{L}\p{N}'-]+}), read without one; no word is empty. Runs for every candidate of every quote and figure.
     */
    static List<String> split(String phrase) {
        List<String> out = new ArrayList<>(4);
        int i = nextWord(phrase, 0);
        while (i < phrase.length()) {
            int end = wordEnd(phrase, i);
            out.add(phrase.substring(i, end));
            i = nextWord(phrase, end);
        }
        return out;
    }

    /** The index of the first word character at or after {@code i}, or the length. */
    private static int nextWord(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) return i;
            i += Character.charCount(cp);
        }
        return s.length();
    }

    /** The end of the word starting at {@code i}. */
    private static int wordEnd(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) return i;
            i += Character.charCount(cp);
        }
        return s.length();
    }

    /** A character of a word: a letter, a number, an apostrophe or a hyphen ({@code [\p{L}\p{N}'-]}). */
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '\'' || cp == '-';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    String norm(String s) {
        return normalizer.normalize(s.strip());
    }
}
