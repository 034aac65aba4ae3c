package org.newsgraph.annotate.language;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.model.LanguageGuess;

/**
 * Identifies the language of a document from its script and its function words. Function-word counting is right
 * on short news texts (a headline carries several) and costs one hash lookup per word of the first few thousand
 * characters, which keeps it far below a millisecond — n-gram models such as Lingua were measured at ~5 ms and
 * seconds of start-up. Languages with a pack read their {@code stopwords} lexicon; a few others are recognised so
 * the user can be told which language has no pack. The article's declared language, when present, wins.
 */
public final class LanguageIdentifier implements Annotator {
    /** The language's most frequent words: its profile for identification. */
    static final LexiconSpec STOPWORDS = LexiconSpec.named("stopwords").column("word", LexiconSpec.Type.TEXT).required();
    /** How much of the text is read: enough for a stable count, bounded for huge inputs. */
    private static final int SAMPLE_CHARS = 4000;

    private final List<Profile> profiles;
    /** Each function word with the profiles that hold it, one bit per profile: one look-up per word of the text. */
    private final FunctionWords functionWords;
    /** The longest function word: a longer word of the text is none, and is not looked up. */
    private final int longestWord;
    /** {@link Character#toLowerCase(char)} of the Latin, Greek and Cyrillic blocks, read for every letter. */
    private static final char[] LOWER = new char[0x0530];

    static {
        for (char c = 0; c < LOWER.length; c++) LOWER[c] = Character.toLowerCase(c);
    }
    private final List<List<String>> scriptDefaults;

    public LanguageIdentifier() {
        this.profiles = loadProfiles();
        if (profiles.size() > Long.SIZE) throw new IllegalStateException("more than 64 language profiles: widen the profile bits");
        Map<String, Long> bits = new HashMap<>();
        for (int p = 0; p < profiles.size(); p++) {
            long bit = 1L << p;
            for (String w : profiles.get(p).words()) bits.merge(w, bit, (a, b) -> a | b);
        }
        this.functionWords = new FunctionWords(bits);
        int longest = 0;
        for (String w : bits.keySet()) longest = Math.max(longest, w.length());
        this.longestWord = longest;
        InputStream in = LanguageIdentifier.class.getResourceAsStream("script-defaults.tsv");
        this.scriptDefaults = in == null ? List.of() : Lexicon.read("script-defaults", in).rows();
    }

    private record Profile(String code, boolean cyrillic, Set<String> words) {
    }

    private static List<Profile> loadProfiles() {
        List<Profile> list = new ArrayList<>();
        Set<String> packed = new HashSet<>();
        for (LanguagePack pack : LanguagePacks.all()) {
            Lexicon stop = pack.lexicon(STOPWORDS);
            if (stop.isEmpty()) continue;
            boolean cyr = stop.terms().stream().anyMatch(w -> Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC);
            list.add(new Profile(pack.code(), cyr, Set.copyOf(stop.terms())));
            packed.add(pack.code());
        }
        InputStream in = LanguageIdentifier.class.getResourceAsStream("other-languages.tsv");
        if (in != null) {
            for (List<String> row : Lexicon.read("other-languages", in).rows()) {
                if (row.size() < 3 || packed.contains(row.get(0))) continue;
                list.add(new Profile(row.get(0), row.get(1).equals("Cyrl"), Set.of(row.get(2).split(" +"))));
            }
        }
        return List.copyOf(list);
    }

    /**
     * A short text without function words: a letter only one language uses decides, else the script's most
     * common language, with a low confidence that says it is a guess.
     */
    private LanguageGuess byLetters(CharSequence text, int limit, String script, int letters) {
        if (letters == 0) return new LanguageGuess(LanguageGuess.UNKNOWN, 0);
        for (List<String> row : scriptDefaults) {
            if (!row.get(0).equals(script)) continue;
            for (String cue : row.size() > 2 ? row.get(2).split(" +") : new String[0]) {
                int colon = cue.indexOf(':');
                String letterSet = cue.substring(colon + 1);
                for (int i = 0; i < limit; i++) {
                    if (letterSet.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
                        return new LanguageGuess(cue.substring(0, colon), 0.3);
                    }
                }
            }
            return new LanguageGuess(row.get(1), 0.2);
        }
        return new LanguageGuess(LanguageGuess.UNKNOWN, 0);
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return List.of(STOPWORDS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.LANGUAGE);
    }

    @Override
    public void annotate(Doc doc) {
        LanguageGuess guess = doc.article().language()
                .map(code -> new LanguageGuess(code.toLowerCase(Locale.ROOT), 1.0))
                .orElseGet(() -> identify(doc.text()));
        doc.put(Layers.LANGUAGE, guess);
    }

    /** The most likely language of a text; {@code und} when it has no words of any known language. */
    public LanguageGuess identify(CharSequence text) {
        int limit = Math.min(text.length(), SAMPLE_CHARS);
        int cyrillic = 0;
        int latin = 0;
        int[] hits = new int[profiles.size()];
        int words = 0;
        char[] word = new char[longestWord]; // a longer word is no function word: only its length is counted
        int length = 0;
        int hash = 0;
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                char lower = c < LOWER.length ? LOWER[c] : Character.toLowerCase(c);
                if (length < word.length) {
                    word[length] = lower;
                    hash = FunctionWords.next(hash, lower);
                }
                length++;
                Character.UnicodeScript s = Scripts.of(c);
                if (s == Character.UnicodeScript.CYRILLIC) cyrillic++;
                else if (s == Character.UnicodeScript.LATIN) latin++;
            } else if (length > 0) {
                words++;
                long in = length > longestWord ? 0 : functionWords.profiles(word, length, hash);
                for (long bits = in; bits != 0; bits &= bits - 1) hits[Long.numberOfTrailingZeros(bits)]++;
                length = 0;
                hash = 0;
            }
        }
        if (words == 0) return new LanguageGuess(LanguageGuess.UNKNOWN, 0);
        boolean mainlyCyrillic = cyrillic > latin;
        String best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (int k = 0; k < profiles.size(); k++) {
            Profile p = profiles.get(k);
            if (p.cyrillic != mainlyCyrillic) continue;
            int h = hits[k];
            if (h > bestHits) {
                secondHits = bestHits;
                bestHits = h;
                best = p.code;
            } else if (h > secondHits) {
                secondHits = h;
            }
        }
        if (best == null) return byLetters(text, limit, mainlyCyrillic ? "Cyrl" : "Latn", cyrillic + latin);
        // Confidence: how far ahead the winner is, damped for very short texts.
        double margin = (bestHits - secondHits) / (double) bestHits;
        double support = Math.min(1.0, bestHits / 3.0);
        return new LanguageGuess(best, Math.round(margin * support * 100) / 100.0);
    }
}
