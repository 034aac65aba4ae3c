package org.newsgraph.annotate.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.core.Span;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;

/**
 * Persons named with the words of a role phrase beside their name, anywhere in the article: "the health minister"
 * said … and, elsewhere, "Anna Berg, the health minister," or "Health Minister Anna Berg" — Anna Berg holds the role.
 * Words are compared on their first letters ({@link #STEM} of them) so that inflected forms meet ("министр",
 * "министра"). A window stops at the sentence's end and at another person's name.
 */
public final class RoleHolders {
    /** Letters compared: enough to tell words apart, few enough to meet inflections. */
    static final int STEM = 5;
    /** Words read on each side of a name. */
    static final int WINDOW_WORDS = 7;
    /** Work cap: person mentions looked at per article. */
    static final int MAX_MENTIONS = 400;

    /** A person holding a role, where the text says so, and how much of the role phrase stands by the name. */
    public record Holder(Entity entity, Mention mention, double match) {
    }

    private record PersonMention(Entity entity, Mention mention, Set<String> window) {
    }

    private final List<PersonMention> persons = new ArrayList<>();
    private final Predicate<String> functionWord;
    /** Lower-cased words that open a role's complement ("of", "for", "de"): none when the caller gives none. */
    private final Predicate<String> preposition;
    private final Normalizer normalizer;

    private final String text;
    private final List<Entity> entities;
    private final List<Span> sentences;
    private boolean indexed;

    /**
     * {@code functionWord}: lower-cased words that never carry a role (determiners, prepositions). The windows
     * around names are read on the first question only: most articles ask none.
     */
    public RoleHolders(String text, List<Entity> entities, List<Span> sentences, Predicate<String> functionWord) {
        this(text, entities, sentences, functionWord, Normalizer.basic());
    }

    /** As above, with the language's normaliser: the stems compared are in its comparison form. */
    public RoleHolders(String text, List<Entity> entities, List<Span> sentences, Predicate<String> functionWord,
                       Normalizer normalizer) {
        this(text, entities, sentences, functionWord, normalizer, w -> false);
    }

    /**
     * As above; {@code preposition} tells the words that open the complement of a role ("the spokesperson for the
     * council", "the mayor of X"): a person is its holder only when some word of that complement stands by the name.
     */
    public RoleHolders(String text, List<Entity> entities, List<Span> sentences, Predicate<String> functionWord,
                       Normalizer normalizer, Predicate<String> preposition) {
        this.normalizer = normalizer;
        this.functionWord = functionWord;
        this.preposition = preposition;
        this.text = text;
        this.entities = entities;
        this.sentences = sentences;
    }

    private void index() {
        indexed = true;
        List<PersonMention> raw = new ArrayList<>();
        List<int[]> names = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME) continue;
                names.add(new int[] {m.start(), m.end()});
                if (raw.size() < MAX_MENTIONS) raw.add(new PersonMention(e, m, Set.of()));
            }
        }
        names.sort(Comparator.comparingInt(a -> a[0]));
        for (PersonMention p : raw) {
            Span s = sentenceOf(sentences, p.mention().start());
            int from = s == null ? Math.max(0, p.mention().start() - 200) : s.start();
            int to = s == null ? Math.min(text.length(), p.mention().end() + 200) : s.end();
            // another person's name closes the window on its side
            for (int[] n : names) {
                if (n[1] <= p.mention().start() && n[1] > from) from = n[1];
                if (n[0] >= p.mention().end() && n[0] < to) to = n[0];
            }
            Set<String> window = new HashSet<>();
            // strings of the window's words only, not of the whole sentence around the name
            for (String w : lastWords(text, from, p.mention().start(), WINDOW_WORDS)) window.add(stem(w));
            for (String w : firstWords(text, p.mention().end(), to, WINDOW_WORDS)) window.add(stem(w));
            persons.add(new PersonMention(p.entity(), p.mention(), window));
        }
    }

    /**
     * The persons whose name stands beside {@code head} and the other content words of {@code phrase}, best match
     * first, one per entity; mentions inside the phrase itself do not count.
     */
    public List<Holder> of(String phrase, int phraseStart, int phraseEnd, String head) {
        if (!indexed) index();
        if (head.isEmpty() || persons.isEmpty()) return List.of();
        List<String> content = new ArrayList<>();
        // the complement: the words after a preposition, and a possessive before the head ("Verinia's prosecutor")
        List<String> complement = new ArrayList<>();
        boolean inComplement = false;
        for (String w : words(phrase, 0, phrase.length())) {
            if (preposition.test(w)) inComplement = true;
            // the forms cut "Verinia's" at its apostrophe: a lone "s" makes the word before it a possessive
            if (w.equals("s") && !content.isEmpty()) complement.add(content.get(content.size() - 1));
            if (functionWord.test(w) || w.length() <= 1) continue;
            String st = stem(w);
            content.add(st);
            if (inComplement) complement.add(st);
        }
        String h = stem(head.toLowerCase(Locale.ROOT));
        if (!content.contains(h)) content.add(h);
        complement.remove(h);
        List<Holder> out = new ArrayList<>();
        for (PersonMention p : persons) {
            if (p.mention().start() >= phraseStart && p.mention().end() <= phraseEnd) continue;
            if (!p.window().contains(h)) continue;
            // "the spokesperson for the council" is not the spokesperson for the Red Cross named elsewhere
            if (!complement.isEmpty() && !anyIn(complement, p.window())) continue;
            int matched = 0;
            for (String c : content) if (p.window().contains(c)) matched++;
            double share = (double) matched / content.size();
            Holder known = null;
            for (Holder o : out) if (o.entity() == p.entity()) known = o;
            if (known == null) out.add(new Holder(p.entity(), p.mention(), share));
            else if (share > known.match()) out.set(out.indexOf(known), new Holder(p.entity(), p.mention(), share));
        }
        out.sort(Comparator.comparingDouble(x -> -x.match()));
        return out;
    }

    private static boolean anyIn(List<String> words, Set<String> window) {
        for (String w : words) if (window.contains(w)) return true;
        return false;
    }

    String stem(String w) {
        String n = normalizer.normalize(w.strip());
        return n.length() <= STEM ? n : n.substring(0, STEM);
    }

    /**
     * The lower-case words of {@code text[from, to)}: the written forms the core {@link Words} layer cuts, its pieces
     * glued back with their inner hyphens ("пресс-секретарь"), read in place ({@link Words#forms}).
     */
    static List<String> words(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Words.forms(text, from, to, (s, e, onePiece) -> out.add(word(text, s, e, onePiece)));
        return out;
    }

    /**
     * The last {@code k} (at most) of {@link #words}, in text order, making strings of those only: the channel cue
     * before every candidate is read from a few words.
     */
    static List<String> lastWords(String text, int from, int to, int k) {
        int[] starts = new int[k];
        int[] ends = new int[k];
        boolean[] single = new boolean[k];
        int n = Words.forms(text, from, to, new Words.FormSink() {
            private int next;

            @Override
            public void form(int start, int end, boolean onePiece) {
                int slot = next++ % k;
                starts[slot] = start;
                ends[slot] = end;
                single[slot] = onePiece;
            }
        });
        List<String> out = new ArrayList<>(Math.min(n, k));
        for (int f = Math.max(0, n - k); f < n; f++) out.add(word(text, starts[f % k], ends[f % k], single[f % k]));
        return out;
    }

    /** The first {@code k} (at most) of {@link #words}, making strings of those only. */
    static List<String> firstWords(String text, int from, int to, int k) {
        List<String> out = new ArrayList<>(k);
        Words.forms(text, from, to, (s, e, onePiece) -> {
            if (out.size() < k) out.add(word(text, s, e, onePiece));
        });
        return out;
    }

    /** A form as {@link #words} gives it: a single piece in the layer's normal form, glued pieces lower-cased. */
    private static String word(String text, int start, int end, boolean onePiece) {
        return onePiece ? Normalizer.basic().normalize(text, start, end)
                : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static Span sentenceOf(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (s.end() <= offset) lo = mid + 1;
            else if (s.start() > offset) hi = mid - 1;
            else return s;
        }
        return null;
    }
}
