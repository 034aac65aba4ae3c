package org.newsgraph.annotate.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.attribution.AttributionWords.Kind;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.text.Words;

/**
 * The features every candidate has whoever generated it, read from the document: description words and speaker
 * noun, document, channel (a channel cue right before it, or a medium), distance in words and sentences to the quote
 * or figure, and salience of its entity. One per document; shared by quotes and figures.
 */
public final class FeatureReader {
    /** How far into its line a dateline's agency may stand, in characters. */
    private static final int DATELINE_REACH = 100;
    /** Capitalised title words looked over between a channel cue and a name ("told Deputy Mayor Anna Berg"). */
    private static final int MAX_TITLE_WORDS = 3;

    private final String text;
    private final List<Span> sentences;
    private final AttributionWords words;
    private final Map<String, List<Integer>> mentionStarts = new HashMap<>();
    /** A reference's own features; {@code excluded}: why a hard filter rules it out, or null. */
    private record Own(double descriptionWords, boolean speakerNoun, boolean document, boolean channel, String excluded) {
    }

    public FeatureReader(String text, List<Span> sentences, List<Entity> entities, AttributionWords words) {
        this.text = text;
        this.sentences = sentences;
        this.words = words;
        for (Entity e : entities) {
            List<Integer> starts = new ArrayList<>();
            for (Mention m : e.mentions()) if (m.kind() != Mention.Kind.PRONOUN) starts.add(m.start());
            starts.sort(null);
            mentionStarts.put(e.id(), starts);
        }
    }

    /** False for a phrase that never names a speaker or source on its own ("who", "qui", "который", "a-t-on"). */
    public boolean admissible(Reference r) {
        if (r.entity().isPresent()) return true;
        String t = r.text().orElse("").strip();
        return !t.isEmpty() && !words.is(t, Kind.NON_PHRASE) && !words.allWords(t, Kind.TIME_WORD);
    }

    /** Fills the common features of {@code c}, a candidate for the quote or figure at [start, end). */
    public void read(Candidate c, int start, int end) {
        Reference r = c.ref();
        String t = r.text().orElse("").strip();
        Own o = own(r, t);
        if (r.entity().isEmpty()) {
            c.set(Feature.DESCRIPTION_WORDS, o.descriptionWords());
            if (o.speakerNoun()) c.set(Feature.HAS_SPEAKER_NOUN, 1);
            if (o.document()) c.set(Feature.DOCUMENT, 1);
        } else {
            c.set(Feature.SALIENCE, Math.log1p(mentionsBefore(r.entity().get(), end)));
        }
        if (o.channel()) c.set(Feature.CHANNEL, 1);
        if (o.excluded() != null) c.exclude(o.excluded());
        if (r.end() > r.start()) distances(c, r.start(), r.end(), start, end);
    }

    /** The features of a reference's own words and place, which no quote or figure changes. */
    private Own own(Reference r, String t) {
        double descriptionWords = 0;
        boolean noun = false;
        boolean document = false;
        if (r.entity().isEmpty()) {
            descriptionWords = Math.log1p(Words.countForms(t, 0, t.length()));
            noun = words.hasSpeakerNoun(t);
            // "official figures" names data, not an official: a document word that ends the phrase decides
            document = (!noun || words.lastWord(t, Kind.DOCUMENT)) && words.anyWord(t, Kind.DOCUMENT);
        }
        String excluded = addressee(r) ? "the addressee or relay of a channel cue"
                : inDateline(r, t) ? "a wire agency in the dateline" : null;
        return new Own(descriptionWords, noun, document, words.anyWord(t, Kind.MEDIUM), excluded);
    }

    /** The distance features between a phrase at [from, to) and the target at [start, end). */
    public void distances(Candidate c, int from, int to, int start, int end) {
        int tokens = 0;
        boolean inside = from >= start && to <= end;
        int gapFrom = to <= start ? to : end;
        int gapTo = to <= start ? start : from;
        if (!inside && gapTo > gapFrom) {
            tokens = gapTo - gapFrom > 2000 ? (gapTo - gapFrom) / 6 : Words.countForms(text, gapFrom, gapTo);
        }
        c.set(Feature.TOKEN_DISTANCE, Math.log1p(tokens));
        c.set(Feature.SENTENCE_DISTANCE, Math.abs(sentenceIndex(from) - sentenceIndex(start)));
    }

    /**
     * "MOSCOW, March 3. INTERFAX –", "PARIS (AFP) –": a medium near the start of its line and right before a dash
     * is the dateline's wire agency, who relays the story, never its speaker or source.
     */
    private boolean inDateline(Reference r, String t) {
        if (r.end() <= r.start() || r.end() > text.length()) return false;
        int lineStart = text.lastIndexOf('\n', r.start() - 1) + 1;
        if (r.start() - lineStart > DATELINE_REACH) return false;
        int k = r.end();
        // the rest of the agency's word ("Interfax-Russia.ru"), then spaces or a bracket
        while (k < text.length() && !Character.isWhitespace(text.charAt(k)) && text.charAt(k) != ')') k++;
        while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == ')') && text.charAt(k) != '\n') k++;
        if (k >= text.length() || "-–—".indexOf(text.charAt(k)) < 0) return false;
        return words.anyWord(t, Kind.MEDIUM) || t.equals(t.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * True for a phrase standing right after a channel cue ("told X", "a déclaré à X", "сообщил агентству X"), or
     * naming a medium in the dative ("сообщили «Интерфаксу»").
     */
    public boolean addressee(Reference r) {
        if (r.end() <= r.start()) return false;
        if (words.firstWord(r.text().orElse(""), Kind.ADDRESSEE)) return true;
        int at = afterTitles(r.start());
        List<String> before = RoleHolders.lastWords(text, Math.max(0, at - 60), at, 4);
        int n = before.size();
        if (n == 0 || !words.mayEndChannelCue(before.get(n - 1))) return false;
        // the one, two, three or four words right before: "told X", "a déclaré à X", "in an interview with X"
        String phrase = "";
        for (int k = 1; k <= Math.min(4, n); k++) {
            phrase = k == 1 ? before.get(n - 1) : before.get(n - k) + " " + phrase;
            if (words.is(phrase, Kind.CHANNEL_CUE)) return true;
        }
        return false;
    }

    /**
     * "told President Anna Berg", "a déclaré au ministre Paul X": the start of the capitalised title words (at most
     * {@link #MAX_TITLE_WORDS}) right before a name, so the cue before the title is read; reads characters in place.
     */
    private int afterTitles(int start) {
        int at = start;
        for (int n = 0; n < MAX_TITLE_WORDS; n++) {
            int end = at;
            while (end > 0 && text.charAt(end - 1) == ' ') end--;
            int from = end;
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
            if (from == end || end == at || !Character.isUpperCase(text.charAt(from))) return at;
            if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) return at;
            at = from;
        }
        return at;
    }

    private int mentionsBefore(String entity, int offset) {
        List<Integer> starts = mentionStarts.get(entity);
        if (starts == null) return 0;
        int n = 0;
        for (int s : starts) if (s < offset) n++;
        return n;
    }

    public int sentenceIndex(int offset) {
        return sentenceIndex(sentences, offset);
    }

    /** Index of the sentence holding {@code offset}, or of the first one after it; sentences are in text order. */
    public static int sentenceIndex(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
