package org.newsgraph.annotate.entities;

import org.newsgraph.core.model.EntityType;

/** A name found in the text before merging: its span (in words and characters), key, type and how sure we are. */
final class Candidate {
    /** How sure the type is: the KB, a cue in the text (title, organisation noun), a word shape, nothing. */
    static final int KB = 3;
    static final int CUE = 2;
    static final int SHAPE = 1;
    static final int NONE = 0;

    final int first;
    final int last;
    final int start;
    final int end;
    final String surface;
    final String key;
    /** How many words the key has: read by every merging pass, so counted once. */
    private final int words;
    EntityType type;
    int confidence;
    KbEntry entry;
    boolean surnameOnly;
    boolean acronym;
    /** A name the text says this one stands for: "Full Name (ACR)". */
    Candidate sameAs;

    Candidate(Words w, int first, int last, EntityType type, int confidence, NameLexicons lx) {
        this(w, first, last, w.get(first).start, lx, type, confidence);
    }

    /**
     * Words first to last, the text from {@code start}: the word's start, or the elided article before it that the
     * name takes in ("L'Haÿ-les-Roses").
     */
    private Candidate(Words w, int first, int last, int start, NameLexicons lx, EntityType type, int confidence) {
        this.first = first;
        this.last = last;
        this.start = start;
        this.end = w.get(last).end;
        this.surface = w.text.substring(start, end);
        this.key = lx.key(surface);
        this.words = countWords(key);
        this.type = type;
        this.confidence = confidence;
        this.acronym = first == last && start == w.get(first).start && w.get(first).allCaps && surface.length() <= 6;
    }

    /** This name opened earlier in the text, at {@code start} of word {@code first}: its article taken in. */
    Candidate openedAt(Words w, int first, int start, NameLexicons lx) {
        Candidate c = new Candidate(w, first, last, start, lx, type, confidence);
        c.entry = entry;
        c.surnameOnly = surnameOnly;
        return c;
    }

    /** A name that is only part of one word: "Russia" in "Russia-led". */
    Candidate(Words w, int word, int start, int end, EntityType type, int confidence, NameLexicons lx) {
        this.first = word;
        this.last = word;
        this.start = start;
        this.end = end;
        this.surface = w.text.substring(start, end);
        this.key = lx.key(surface);
        this.words = countWords(key);
        this.type = type;
        this.confidence = confidence;
        this.acronym = KnowledgeBase.isAcronym(surface) && surface.length() <= 6;
    }

    boolean overlaps(Candidate o) {
        return o.start < end && start < o.end;
    }

    boolean inside(Candidate o) {
        return start >= o.start && end <= o.end && (start != o.start || end != o.end);
    }

    String lastWordKey() {
        int sp = key.lastIndexOf(' ');
        return sp < 0 ? key : key.substring(sp + 1);
    }

    int wordCount() {
        return words;
    }

    /** The words of a key as {@code split(" ")} counts them: trailing empty parts dropped, others counted. */
    private static int countWords(String key) {
        if (key.isEmpty()) return 0;
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ' ') end--;
        if (end == 0) return 0;
        int n = 1;
        for (int i = 0; i < end; i++) if (key.charAt(i) == ' ') n++;
        return n;
    }

    @Override
    public String toString() {
        return type + ":" + surface + "@" + start + (entry != null ? "[" + entry.name() + "]" : "") + "/" + confidence;
    }
}
