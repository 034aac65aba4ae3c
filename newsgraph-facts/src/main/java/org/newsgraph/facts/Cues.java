package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.core.lang.Lexicon;

/**
 * Cue phrases read from a language pack lexicon ({@code retraction-cues}, {@code earlier-cues}). A row is a phrase
 * of words; a word ending in {@code *} matches any word it begins ("опроверг*" matches "опровергли"), other words
 * match whole words only ("withdrawn" does not match "withdraw"). An optional second field is the scope of the cue:
 * {@code sentence} (only the sentence it is in) or {@code near} (that sentence and its neighbours in the same
 * paragraph, the default).
 */
public final class Cues {
    private static final Cues NONE = new Cues(List.of());

    private final List<Cue> cues;

    private Cues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** A cue phrase, its words, how far its effect reaches, and the row's second field ("" when none). */
    record Cue(String phrase, List<String> words, boolean near, String tag) {
    }

    public static Cues none() {
        return NONE;
    }

    public static Cues of(Lexicon lexicon) {
        List<Cue> list = new ArrayList<>();
        for (List<String> row : lexicon.rows()) {
            String phrase = row.get(0).toLowerCase(Locale.ROOT);
            boolean near = row.size() < 2 || !"sentence".equalsIgnoreCase(row.get(1));
            List<String> words = phraseWords(phrase);
            if (!words.isEmpty()) list.add(new Cue(phrase, words, near, row.size() < 2 ? "" : row.get(1).strip()));
        }
        return new Cues(list);
    }

    /** The phrase cut into words as the text is ("jusqu'ici" → jusqu, ici), a final {@code *} kept. */
    private static List<String> phraseWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String token : phrase.strip().split("\\s+")) {
            boolean prefix = token.endsWith("*");
            List<String> parts = words(prefix ? token.substring(0, token.length() - 1) : token);
            for (int i = 0; i < parts.size(); i++) {
                out.add(prefix && i == parts.size() - 1 ? parts.get(i) + "*" : parts.get(i));
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return cues.isEmpty();
    }

    /**
     * A cue found in a sentence, whether it reaches the neighbouring sentences, and the second field of its row
     * (the scope a {@code figure-scopes} phrase names).
     */
    public record Match(String phrase, boolean near, String tag) {
    }

    /** The first cue in the text, if any. */
    public Optional<Match> find(String text) {
        if (cues.isEmpty()) return Optional.empty();
        List<String> words = words(text);
        for (Cue cue : cues) {
            if (occurs(cue.words(), words)) return Optional.of(new Match(cue.phrase(), cue.near(), cue.tag()));
        }
        return Optional.empty();
    }

    private static boolean occurs(List<String> phrase, List<String> words) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!wordMatches(phrase.get(k), words.get(i + k))) continue outer;
            }
            return true;
        }
        return false;
    }

    private static boolean wordMatches(String pattern, String word) {
        return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1)) : word.equals(pattern);
    }

    /** Words of a text as comparison keys; apostrophes split words so "d'erreur" yields "erreur". */
    static List<String> words(String text) {
        String key = TextKeys.key(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= key.length(); i++) {
            boolean letter = i < key.length() && (Character.isLetterOrDigit(key.charAt(i)) || key.charAt(i) == '-');
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                out.add(key.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
