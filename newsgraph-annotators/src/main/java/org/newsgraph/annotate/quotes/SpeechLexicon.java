package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.annotate.segment.Segmenter;

/**
 * What one language says about speech, read once from its pack's data files: {@code speech-verbs.tsv} (verb forms
 * and whether reported content may follow them bare), {@code speech-cues.tsv} (multi-word cues by kind) and
 * {@code speaker-words.tsv} (pronouns, determiners, prepositions, speaker head nouns, time words).
 */
public final class SpeechLexicon {
    static final LexiconSpec VERBS = LexiconSpec.named("speech-verbs").column("verb", LexiconSpec.Type.TEXT)
            .optionalChoice("content", List.of("that", "bare")).required();
    static final LexiconSpec CUES = LexiconSpec.named("speech-cues").column("phrase", LexiconSpec.Type.TEXT)
            .choice("kind", kindNames(CueKind.values(), "setting")).optionalColumn("setting value", LexiconSpec.Type.INTEGER)
            .required();
    public static final LexiconSpec SPEAKER_WORDS = LexiconSpec.named("speaker-words").column("word", LexiconSpec.Type.TEXT)
            .choice("kind", kindNames(WordKind.values())).required();
    static final List<LexiconSpec> LEXICONS = List.of(VERBS, CUES, SPEAKER_WORDS, Segmenter.ELISIONS);

    /** Data files name kinds in lower case with hyphens ("back-reference"). */
    private static List<String> kindNames(Enum<?>[] kinds, String... more) {
        List<String> out = new ArrayList<>(List.of(more));
        for (Enum<?> k : kinds) out.add(k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return out;
    }

    /** Kinds of multi-word cue, as named in {@code speech-cues.tsv}. */
    enum CueKind {
        COMPLEMENTIZER, AUXILIARY, SOURCE, SPEECH, BACK_REFERENCE, AS, CONTENT_END, TITLE_CUE, PASSIVE, RELATIVE, CONTENT_START;

        static Optional<CueKind> parse(String s) {
            try {
                return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Kinds of single word, as named in {@code speaker-words.tsv}. */
    enum WordKind {
        PRONOUN_M, PRONOUN_F, PRONOUN_PL, PRONOUN_N, DEFINITE, INDEFINITE, PREPOSITION, HEAD, COLLECTIVE, SKIP, PARTICLE, TIME,
        /** A head naming a body ("la préfecture", "the ministry"): it never refers back to a person. */
        INSTITUTION,
        /** Opens a relative clause after a speaker noun ("an official who asked not to be named"): ends its phrase. */
        RELATIVE_PRONOUN;

        boolean isPronoun() {
            return this == PRONOUN_M || this == PRONOUN_F || this == PRONOUN_PL || this == PRONOUN_N;
        }

        static Optional<WordKind> parse(String s) {
            try {
                return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** A multi-word cue: its normalised words and its kind. */
    record Cue(List<String> words, CueKind kind) {
    }

    static final SpeechLexicon EMPTY = new SpeechLexicon(Lexicon.empty(), Lexicon.empty(), Lexicon.empty(),
            Normalizer.basic(), Set.of());

    private final Map<String, Boolean> verbs = new HashMap<>();
    private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
    private final Map<String, Map<CueKind, Boolean>> singleWordCues = new HashMap<>();
    private final Map<String, EnumMap<WordKind, Boolean>> wordKinds = new HashMap<>();
    private final Map<String, Integer> settings = new HashMap<>();

    /** The comparison form of the language's words (its pack's folding rules), as in the shared token layer. */
    private final Normalizer normalizer;
    /** The language's elided words ("qu", "l"), normalised, without their apostrophe. */
    private final Set<String> elisions;

    private SpeechLexicon(Lexicon verbLexicon, Lexicon cueLexicon, Lexicon wordLexicon, Normalizer normalizer,
                          Set<String> elisions) {
        this.normalizer = normalizer;
        Set<String> e = new HashSet<>();
        for (String w : elisions) e.add(normalizer.normalize(w));
        this.elisions = Set.copyOf(e);
        for (List<String> row : verbLexicon.rows()) {
            verbs.put(normalizer.normalize(row.get(0)), row.size() > 1 && "bare".equalsIgnoreCase(row.get(1)));
        }
        for (List<String> row : cueLexicon.rows()) {
            if (row.size() > 2 && "setting".equalsIgnoreCase(row.get(1))) {
                settings.put(row.get(0), Integer.parseInt(row.get(2)));
                continue;
            }
            CueKind kind = CueKind.parse(row.get(1)).orElse(null);
            if (kind == null) continue;
            List<String> ws = QuoteWords.split(row.get(0), normalizer, this.elisions);
            if (ws.isEmpty()) continue;
            cuesByFirstWord.computeIfAbsent(ws.get(0), k -> new ArrayList<>()).add(new Cue(List.copyOf(ws), kind));
            if (ws.size() == 1) singleWordCues.computeIfAbsent(ws.get(0), k -> new EnumMap<>(CueKind.class)).put(kind, true);
        }
        // longest cue first, so "по его словам" wins over "по"
        cuesByFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        for (List<String> row : wordLexicon.rows()) {
            WordKind kind = WordKind.parse(row.get(1)).orElse(null);
            if (kind == null) continue;
            String w = normalizer.normalize(row.get(0));
            wordKinds.computeIfAbsent(w, k -> new EnumMap<>(WordKind.class)).put(kind, true);
        }
    }

    static SpeechLexicon of(LanguagePack pack) {
        return new SpeechLexicon(pack.lexicon(VERBS), pack.lexicon(CUES), pack.lexicon(SPEAKER_WORDS),
                Normalizer.of(pack), pack.lexicon(Segmenter.ELISIONS).terms());
    }

    /** The words of a document as the speech reader reads them. */
    QuoteWords words(org.newsgraph.core.text.Words pieces) {
        return new QuoteWords(pieces, elisions);
    }

    /** The comparison form of the language's words. */
    org.newsgraph.core.text.Normalizer normalizer() {
        return normalizer;
    }

    /** The comparison form of a text: lower case, one apostrophe, the pack's folding rules. */
    String normalise(String s) {
        return normalizer.normalize(s);
    }

    boolean isEmpty() {
        return verbs.isEmpty();
    }

    /** A number from the {@code setting} rows of {@code speech-cues.tsv}, or the default. */
    int setting(String name, int defaultValue) {
        return settings.getOrDefault(name, defaultValue);
    }

    boolean isVerb(String norm) {
        return verbs.containsKey(norm);
    }

    /** True when reported content may follow the verb without a complementizer. */
    boolean isBareVerb(String norm) {
        return Boolean.TRUE.equals(verbs.get(norm));
    }

    List<Cue> cuesStartingWith(String norm) {
        return cuesByFirstWord.getOrDefault(norm, List.of());
    }

    boolean isCue(String norm, CueKind kind) {
        Map<CueKind, Boolean> m = singleWordCues.get(norm);
        return m != null && m.containsKey(kind);
    }

    boolean is(String norm, WordKind kind) {
        EnumMap<WordKind, Boolean> m = wordKinds.get(norm);
        return m != null && m.containsKey(kind);
    }

    /** The pronoun kind of a word, if it is a pronoun. */
    Optional<WordKind> pronoun(String norm) {
        EnumMap<WordKind, Boolean> m = wordKinds.get(norm);
        if (m == null) return Optional.empty();
        for (WordKind k : m.keySet()) if (k.isPronoun()) return Optional.of(k);
        return Optional.empty();
    }
}
