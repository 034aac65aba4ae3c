package org.newsgraph.annotate.figures;

import java.util.List;
import org.newsgraph.annotate.figures.FigureVocabulary.PublishedCue;
import org.newsgraph.core.Span;

/**
 * "According to the figures published earlier, 40 died": a source phrase that names only data that was published
 * credits the figure to whoever the article earlier describes as publishing such data ("the statistics office, which
 * had published the figures"; "X, опубликовавший статистику"; "X, qui avait publié le bilan"). The phrases come from
 * the language's {@code figure-published} lexicon: {@code data} (the whole source phrase), {@code publish} (a verb
 * or participle of publishing), {@code noun} (what is published: data, figures, toll), {@code relative} (words
 * between a comma and the publishing verb: "which had", "qui avait", "которое").
 */
final class PublishedDataSources {
    /** Words of a publisher's phrase kept before it is cut to its last capitalised run. */
    private static final int MAX_WORDS = 6;
    private static final int SHORT_PHRASE = 3;
    /** Tokens after a publishing verb within which the published noun must come ("published the latest figures"). */
    private static final int NOUN_REACH = 4;
    /** Longest published-data phrase, in tokens. */
    private static final int DATA_REACH = 8;

    /** Words at most between an "according to" cue and its data noun ("according to the latest official figures"). */
    private static final int MODIFIERS = 4;

    private final PhraseTable<PublishedCue> cues;
    private final PhraseTable<FigureVocabulary.SourceCue> sources;

    PublishedDataSources(FigureVocabulary vocab) {
        this.cues = vocab.published;
        this.sources = vocab.sources;
    }

    /** The reading of one document's sentences, for the publishers of its figures. */
    Reading reading(List<List<Tok>> sentences) {
        return new Reading(sentences);
    }

    /**
     * One document's sentences as the publishers of its figures are read from them: each sentence's published-data
     * phrases and its last publisher are read once, however many figures of the document ask (the figures of a
     * sentence are asked about in text order, so its scan goes on from where the previous figure left it).
     */
    final class Reading {
        private final List<List<Tok>> sentences;
        /** Per sentence, the data-phrase scan: next token to read, phrase start found so far (or -1), offset asked. */
        private final int[][] scans;
        /** Per sentence, its last publisher over all its tokens, once read ({@code publisherRead}). */
        private final Span[] publishers;
        private final boolean[] publisherRead;

        private Reading(List<List<Tok>> sentences) {
            this.sentences = sentences;
            this.scans = new int[sentences.size()][];
            this.publishers = new Span[sentences.size()];
            this.publisherRead = new boolean[sentences.size()];
        }

        /**
         * The publisher credited for a figure whose sentence introduces it by a published-data phrase, or null when
         * the phrase is absent or no earlier publisher is named.
         */
        Span publisher(Candidate f) {
            List<Tok> own = sentences.get(f.sentence);
            if (scans[f.sentence] == null) scans[f.sentence] = new int[] {0, -1, -1};
            int data = dataPhraseBefore(own, f.start(), scans[f.sentence]);
            if (data < 0) return null;
            Span p = lastPublisher(own, data);
            for (int s = f.sentence - 1; p == null && s >= 0; s--) {
                if (!publisherRead[s]) {
                    publishers[s] = lastPublisher(sentences.get(s), sentences.get(s).size());
                    publisherRead[s] = true;
                }
                p = publishers[s];
            }
            return p;
        }
    }

    /**
     * The token index where a published-data phrase starts before {@code offset} in the sentence, or -1.
     * {@code scan} (next token, result so far, last offset) lets a later offset go on from an earlier one: what is
     * found at a token does not depend on the offset, which only says where to stop.
     */
    private int dataPhraseBefore(List<Tok> toks, int offset, int[] scan) {
        if (offset < scan[2]) {
            scan[0] = 0;
            scan[1] = -1;
        }
        scan[2] = offset;
        int found = scan[1];
        int j = scan[0];
        for (; j < toks.size() && toks.get(j).end() <= offset; j++) {
            PhraseTable.Match<PublishedCue> m = cues.match(toks, j, toks.size());
            if (m != null && m.value() == PublishedCue.DATA) {
                found = m.start();
                j = m.end() - 1;
                continue;
            }
            PhraseTable.Match<FigureVocabulary.SourceCue> cue = sources.match(toks, j, toks.size());
            if (cue != null && cue.value() == FigureVocabulary.SourceCue.ACCORDING && namesOnlyData(toks, cue.end())) {
                found = j;
                j = cue.end() - 1;
            } else if ((j == 0 || isBoundary(toks.get(j - 1))) && dataSubject(toks, j)) {
                found = j;
            }
        }
        scan[0] = j;
        scan[1] = found;
        return found;
    }

    /**
     * "according to the report", "d'après les chiffres officiels", "по последним данным", "according to these
     * figures": after the cue only words that say which data (modifiers) and a data noun, up to the end of the
     * clause, so no author is named beside the data. The cue may end on the noun itself ("по официальным данным").
     */
    private boolean namesOnlyData(List<Tok> toks, int from) {
        boolean noun = from > 0 && isNoun(toks, from - 1);
        int j = from;
        for (int words = 0; j < toks.size() && !isBoundary(toks.get(j)) && words <= MODIFIERS; words++) {
            PhraseTable.Match<PublishedCue> m = cues.match(toks, j, toks.size());
            if (m == null || (m.value() != PublishedCue.MODIFIER && m.value() != PublishedCue.NOUN)) return false;
            noun |= m.value() == PublishedCue.NOUN;
            j = m.end();
        }
        return noun && (j >= toks.size() || isBoundary(toks.get(j)));
    }

    /** "The updated figures show …", "These data suggest …": data with no author open the clause as its subject. */
    private boolean dataSubject(List<Tok> toks, int from) {
        boolean noun = false;
        int j = from;
        for (int words = 0; j < toks.size() && words <= MODIFIERS; words++) {
            PhraseTable.Match<PublishedCue> m = cues.match(toks, j, toks.size());
            if (m == null || (m.value() != PublishedCue.MODIFIER && m.value() != PublishedCue.NOUN)) break;
            noun |= m.value() == PublishedCue.NOUN;
            j = m.end();
        }
        PhraseTable.Match<FigureVocabulary.SourceCue> verb = noun ? sources.match(toks, j, toks.size()) : null;
        return verb != null && verb.value() == FigureVocabulary.SourceCue.VERB;
    }

    private boolean isModifier(List<Tok> toks, int k) {
        PhraseTable.Match<PublishedCue> m = cues.match(toks, k, k + 1);
        return m != null && m.value() == PublishedCue.MODIFIER;
    }

    private boolean isNoun(List<Tok> toks, int k) {
        PhraseTable.Match<PublishedCue> m = cues.match(toks, k, k + 1);
        return m != null && m.value() == PublishedCue.NOUN;
    }

    /** The phrase naming the last publisher of data among tokens [0, to), or null. */
    private Span lastPublisher(List<Tok> toks, int to) {
        for (int p = to - 1; p >= 0; p--) {
            // the participle of an earlier published-data phrase ("the published figures") names no publisher
            if (insideDataPhrase(toks, p)) continue;
            PhraseTable.Match<PublishedCue> m = cues.match(toks, p, to);
            if (m == null || m.value() != PublishedCue.PUBLISH || !nounFollows(toks, m.end(), to)) continue;
            int[] r = subject(toks, m.start());
            if (r != null) return new Span(toks.get(r[0]).start(), toks.get(r[1] - 1).end(), "source");
        }
        return null;
    }

    private boolean insideDataPhrase(List<Tok> toks, int p) {
        for (int j = Math.max(0, p - DATA_REACH); j <= p; j++) {
            PhraseTable.Match<PublishedCue> m = cues.match(toks, j, toks.size());
            if (m != null && m.value() == PublishedCue.DATA && m.end() > p) return true;
        }
        return false;
    }

    private boolean nounFollows(List<Tok> toks, int from, int to) {
        for (int k = from; k < Math.min(to, from + NOUN_REACH); k++) {
            if (isBoundary(toks.get(k))) return false;
            PhraseTable.Match<PublishedCue> m = cues.match(toks, k, to);
            if (m != null && m.value() == PublishedCue.NOUN) return true;
        }
        return false;
    }

    /**
     * The words before the publishing verb in its clause, skipping a relative opening ("X, which had published"):
     * a long phrase is cut to its last run of capitalised words.
     */
    private int[] subject(List<Tok> toks, int verb) {
        int k = verb - 1;
        while (k >= 0 && isRelative(toks, k)) k--;
        if (k >= 0 && toks.get(k).is(",")) k--;
        int end = k + 1;
        int words = 0;
        while (k >= 0 && !isBoundary(toks.get(k)) && words < MAX_WORDS) {
            if (toks.get(k).isWord()) words++;
            k--;
        }
        int start = k + 1;
        if (start >= end) return null;
        return words > SHORT_PHRASE ? lastNameRun(toks, start, end) : new int[] {start, end};
    }

    private boolean isRelative(List<Tok> toks, int k) {
        PhraseTable.Match<PublishedCue> m = cues.match(toks, k, k + 1);
        return m != null && m.value() == PublishedCue.RELATIVE;
    }

    /**
     * The last run of capitalised words of a long phrase ("the regional statistics office Statopolis" → Statopolis);
     * the capital of the sentence's first word alone makes no name ("The civil defence agency" is kept whole).
     */
    private int[] lastNameRun(List<Tok> toks, int start, int end) {
        int k = end;
        while (k > start && !isNamePart(toks.get(k - 1))) k--;
        int runEnd = k;
        while (k > start && (isNamePart(toks.get(k - 1)) || toks.get(k - 1).is("-"))) k--;
        while (k < runEnd && toks.get(k).is("-")) k++;
        // "The Harlow Red Cross": a determiner capitalised at the start of the sentence is not part of the name
        if (k == 0 && runEnd > 1 && isModifier(toks, 0)) k++;
        boolean sentenceOpener = k == 0 && runEnd == 1;
        return k < runEnd && !sentenceOpener ? new int[] {k, runEnd} : new int[] {start, end};
    }

    private static boolean isNamePart(Tok t) {
        return t.isWord() && t.capitalised();
    }

    private static boolean isBoundary(Tok t) {
        return t.kind() == Tok.Kind.PUNCT && !t.is("-");
    }
}
