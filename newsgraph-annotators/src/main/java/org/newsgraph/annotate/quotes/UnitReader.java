package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.quotes.SpeechLexicon.CueKind;
import org.newsgraph.annotate.quotes.SpeechLexicon.WordKind;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Reference;

/**
 * Reads one unit of text (a sentence, or the sentences a direct quote runs over) for speech: verbs of saying with
 * their speaker and reported content, forward ("X a déclaré que …") or inverted ("…, said X"), speech and source
 * cues ("по словам X", "selon X"), "as X said" and back references ("Об этом сообщил X"); then credits each direct
 * quote of the unit to the nearest verb of saying, or to the source cue of its sentence.
 */
final class UnitReader {
    private static final int MIN_QUOTE_WORDS = 3;
    private static final int MIN_BARE_CONTENT_WORDS = 5;
    private static final int COMPLEMENTIZER_WINDOW = 8;
    private static final int MAX_INVERTED_SUBJECT_WORDS = 6;
    private static final int MAX_INVERTED_POST_WORDS = 10;
    /** A unit longer than this (a "sentence" of pathological text) is read up to here only. */
    static final int MAX_UNIT_WORDS = 2_000;

    private final String text;
    private final SpeechLexicon lex;
    private final SpeakerFinder finder;
    private final List<Span> sentences;
    private final List<Span> quotes;
    private final List<Word> ws;
    private final int[] sentenceOf;
    private final boolean[] inQuote;
    /** Index in {@code quotes} of the quote holding each word, or -1. */
    private final int[] quoteOf;
    private final boolean[] consumed;
    /** Whether each word is a verb of saying, looked up once. */
    private final boolean[] verb;
    private final List<Found> out = new ArrayList<>();
    /** Speaker of each verb occurrence, by word index, for the direct quotes of the unit. */
    private final List<int[]> verbs = new ArrayList<>();
    private final List<Optional<Speaker>> verbSpeakers = new ArrayList<>();

    UnitReader(String text, SpeechLexicon lex, SpeakerFinder finder, List<Span> sentences, List<Span> quotes) {
        this.text = text;
        this.lex = lex;
        this.finder = finder;
        this.sentences = sentences;
        this.quotes = quotes;
        int from = sentences.get(0).start();
        int to = sentences.get(sentences.size() - 1).end();
        List<Word> all = Words.scan(text, from, to);
        this.ws = all.size() > MAX_UNIT_WORDS ? all.subList(0, MAX_UNIT_WORDS) : all;
        this.sentenceOf = new int[ws.size()];
        this.inQuote = new boolean[ws.size()];
        this.quoteOf = new int[ws.size()];
        this.consumed = new boolean[ws.size()];
        this.verb = new boolean[ws.size()];
        int s = 0;
        int k = 0;
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            while (s + 1 < sentences.size() && w.start() >= sentences.get(s + 1).start()) s++;
            sentenceOf[i] = s;
            while (k < quotes.size() && quotes.get(k).end() < w.end()) k++; // quotes are sorted and disjoint
            inQuote[i] = k < quotes.size() && quotes.get(k).start() <= w.start() && w.end() <= quotes.get(k).end();
            quoteOf[i] = inQuote[i] ? k : -1;
            verb[i] = lookUpVerb(w.norm());
        }
    }

    /** Everything found in the unit, in no particular order. */
    List<Found> read() {
        for (int i = 0; i < ws.size(); i++) {
            if (inQuote[i] || consumed[i]) continue;
            if (!verb[i] && lex.cuesStartingWith(ws.get(i).norm()).isEmpty()) continue;
            int len;
            if ((len = cueAt(i, CueKind.BACK_REFERENCE)) > 0 && isSentenceStart(i)) {
                backReference(i, len);
            } else if ((len = cueAt(i, CueKind.SOURCE)) > 0) {
                source(i, len);
            } else if ((len = cueAt(i, CueKind.SPEECH)) > 0) {
                speechCue(i, len);
            } else if ((len = cueAt(i, CueKind.AS)) > 0 && verbWithin(i + len, 3) >= 0 && breakBefore(i)) {
                asCue(i, len);
            } else if (isVerb(i)) {
                verb(i);
            }
        }
        creditDirectQuotes();
        return out;
    }

    // ---- verbs of saying

    private void verb(int v) {
        int aux = v;
        while (aux > 0 && !breakBefore(aux) && (isAuxiliary(aux - 1) || lex.is(ws.get(aux - 1).norm(), WordKind.TIME))) aux--;
        int p = aux;
        while (p > 0 && !breakBefore(p)) p--;
        int q = v + 1;
        while (q < ws.size() && !breakBefore(q)) q++;
        List<Word> pre = ws.subList(p, aux);
        List<Word> post = ws.subList(v + 1, withApposition(q));
        Optional<Speaker> embedded = embeddedPronoun(aux, v);

        int compl = complementizerAfter(v);
        int quoteBefore = directQuoteEndingBefore(p);
        boolean somethingBefore = p > 0 && sentenceOf[p - 1] == sentenceOf[v] || quoteBefore >= 0;
        if (quoteBefore >= 0 && wordsBeforeInSentence(quotes.get(quoteBefore).start(), sentenceOf[v]) >= MIN_QUOTE_WORDS) {
            quoteBefore = -1; // « … » closes a longer clause: the clause is the reported content
        }
        boolean inverted = compl < 0 && somethingBefore && !hasVerb(v + 1, q) && !startsWithComplementizer(q)
                && (pre.isEmpty()
                        ? post.size() <= lex.setting("max-verb-first-words", MAX_INVERTED_POST_WORDS) && !hasDigit(post)
                        : pre.size() <= (post.size() <= 2 ? 2 * MAX_INVERTED_SUBJECT_WORDS : MAX_INVERTED_SUBJECT_WORDS) && (post.isEmpty() || post.size() <= MAX_INVERTED_SUBJECT_WORDS
                                && startsAdjunct(post)));
        if (aux > 0 && lex.isCue(ws.get(aux - 1).norm(), CueKind.PASSIVE)) return; // "were said to be"
        if (inverted && pre.isEmpty() && embedded.isEmpty() && quoteBefore < 0) {
            // "X, the mayor, said the dam was safe": an apposition, not an inversion, unless a speaker follows the verb
            Optional<Speaker> after = finder.find(post, sentenceStartOf(v), false);
            inverted = post.isEmpty() || after.isPresent() && (after.get().kind() != Speaker.Kind.DESCRIPTIVE
                    || !after.get().head().isEmpty() || post.size() <= 2);
        }
        Optional<Speaker> speaker;
        if (inverted || (compl < 0 && p == aux && quoteBefore >= 0)) {
            speaker = !pre.isEmpty() ? finder.find(pre, sentenceStartOf(p)) : Optional.empty();
            if (speaker.isEmpty()) speaker = embedded;
            if (speaker.isEmpty()) speaker = finder.find(post, sentenceStartOf(v), false);
            if (speaker.isEmpty()) speaker = Optional.of(implicit(v)); // "…", говорится в сообщении: the last speaker
        } else {
            speaker = forwardSpeaker(v, aux, embedded);
        }
        verbs.add(new int[] {v});
        verbSpeakers.add(speaker);

        if (compl >= 0) {
            reported(compl, sentenceEndIndex(v), speaker, 1);
        } else if (inverted) {
            if (quoteBefore < 0 && p > 0) reportedBefore(p, speaker);
        } else if (lex.isBareVerb(ws.get(v).norm()) && !directQuoteRightAfter(v)) {
            int from = v + 1;
            // "said on Sunday the situation …": skip the time; "said in a statement" has no content
            while (from < ws.size() && (lex.is(ws.get(from).norm(), WordKind.TIME) || lex.is(ws.get(from).norm(), WordKind.PREPOSITION)
                    && from + 1 < ws.size() && lex.is(ws.get(from + 1).norm(), WordKind.TIME))) from++;
            if (from < ws.size() && !lex.is(ws.get(from).norm(), WordKind.PREPOSITION)) {
                reported(from, sentenceEndIndex(v), speaker, MIN_BARE_CONTENT_WORDS);
            }
        }
    }

    private Optional<Speaker> forwardSpeaker(int v, int aux, Optional<Speaker> embedded) {
        int start = aux;
        while (start > 0 && sentenceOf[start - 1] == sentenceOf[v] && !inQuote[start - 1] && !semicolonBefore(start)) start--;
        for (int k = verbs.size() - 1; k >= 0; k--) {
            int other = verbs.get(k)[0];
            if (other >= start && other < v) return verbSpeakers.get(k); // "…, a déclaré X, ajoutant que": same speaker
        }
        List<Word> region = new ArrayList<>();
        for (int i = start; i < aux; i++) if (!consumed[i]) region.add(ws.get(i));
        Optional<Speaker> s = finder.find(region, sentenceStartOf(v));
        if (s.isPresent()) return s;
        if (embedded.isPresent()) return embedded;
        return Optional.of(implicit(v));
    }

    /** "a déclaré le chef des pompiers, Mihai Dobre, lors …": the segment after the verb takes a name in apposition. */
    private int withApposition(int q) {
        if (q >= ws.size() || sentenceOf[q] != sentenceOf[q - 1] || inQuote[q]) return q;
        int e = q + 1;
        while (e < ws.size() && !breakBefore(e)) e++;
        if (e - q > 4) return q;
        for (int i = q; i < e; i++) if (!ws.get(i).capitalised(text)) return q;
        return e;
    }

    /** No speaker in the text around the verb: the annotator will credit the last speaker. */
    private Speaker implicit(int v) {
        return Speaker.of(Speaker.Kind.ANAPHOR, Reference.ofText("", ws.get(v).start(), ws.get(v).start()), "");
    }

    /** "said on Sunday", "said in a statement": what may follow an inverted "X said". */
    private boolean startsAdjunct(List<Word> post) {
        String n = post.get(0).norm();
        return lex.is(n, WordKind.PREPOSITION) || lex.is(n, WordKind.TIME) || lex.is(n, WordKind.SKIP);
    }

    private Optional<Speaker> pronounIn(int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = ws.get(i);
            Optional<WordKind> pro = lex.pronoun(w.norm());
            if (pro.isPresent()) return Optional.of(Speaker.pronoun(Reference.ofText(text.substring(w.start(), w.end()), w.start(), w.end()), pro.get()));
        }
        return Optional.empty();
    }

    private Optional<Speaker> embeddedPronoun(int from, int to) {
        for (int i = from; i <= to; i++) {
            String n = ws.get(i).norm();
            int dash = n.lastIndexOf('-');
            if (dash < 0) continue;
            Optional<WordKind> pro = lex.pronoun(n.substring(dash + 1));
            if (pro.isPresent()) {
                Word w = ws.get(i);
                int s = w.start() + dash + 1;
                return Optional.of(Speaker.pronoun(Reference.ofText(text.substring(s, w.end()), s, w.end()), pro.get()));
            }
        }
        return Optional.empty();
    }

    // ---- cues

    private void source(int c, int len) {
        int q = c + len;
        int end = q;
        while (end < ws.size() && !breakBefore(end) && !isVerb(end)) end++;
        Optional<Speaker> speaker = finder.find(ws.subList(q, end), sentenceStartOf(c), false)
                .filter(sp -> sp.kind() != Speaker.Kind.DESCRIPTIVE || !sp.head().isEmpty()); // "согласно опубликованным данным": nobody
        Span sentence = sentences.get(sentenceOf[c]);
        out.add(new Found(Found.Kind.SOURCE, sentence.start(), sentence.end(), speaker));
        for (int i = c; i < end; i++) consumed[i] = true;
    }

    private void speechCue(int c, int len) {
        int q = c + len;
        int end = q;
        while (end < ws.size() && !breakBefore(end)) end++;
        Optional<Speaker> speaker = finder.find(ws.subList(q, end), sentenceStartOf(c), false);
        if (speaker.isEmpty()) speaker = pronounIn(c, c + len); // "по его словам", "selon lui"
        for (int i = c; i < end; i++) consumed[i] = true;
        cueContent(c, end, speaker);
    }

    private void asCue(int c, int len) {
        int v = verbWithin(c + len, 3);
        int end = v + 1;
        while (end < ws.size() && !breakBefore(end)) end++;
        List<Word> region = new ArrayList<>(ws.subList(c + len, v));
        region.addAll(ws.subList(v + 1, end));
        Optional<Speaker> speaker = finder.find(region, sentenceStartOf(c), false);
        if (speaker.isEmpty()) speaker = embeddedPronoun(c, v);
        for (int i = c; i < end; i++) consumed[i] = true;
        verbs.add(new int[] {v});
        verbSpeakers.add(speaker);
        cueContent(c, end, speaker);
    }

    /** Content of a cue phrase: what follows it when it opens the sentence, else what precedes it. */
    private void cueContent(int c, int end, Optional<Speaker> speaker) {
        if (isSentenceStart(c)) {
            if (end < ws.size() && sentenceOf[end] == sentenceOf[c]) reported(end, sentenceEndIndex(c), speaker, MIN_QUOTE_WORDS);
        } else if (c > 0) {
            reportedBefore(c, speaker);
        }
    }

    private void backReference(int c, int len) {
        int v = verbWithin(c + len, 3);
        if (v < 0) return;
        int end = v + 1;
        while (end < ws.size() && !breakBefore(end)) end++;
        List<Word> region = new ArrayList<>(ws.subList(c + len, v));
        region.addAll(ws.subList(v + 1, end));
        Optional<Speaker> speaker = finder.find(region, sentenceStartOf(c), false);
        for (int i = c; i < end; i++) consumed[i] = true;
        Span sentence = sentences.get(sentenceOf[c]);
        out.add(new Found(Found.Kind.BACK_REFERENCE, sentence.start(), sentence.end(), speaker));
    }

    // ---- content

    /** Reported content from word {@code from} to the end of its clause. */
    private void reported(int from, int last, Optional<Speaker> speaker, int minWords) {
        if (from >= ws.size() || from > last) return;
        int end = from;
        while (end < last && !endsContent(end + 1)) end++;
        addReported(from, end, speaker, minWords);
    }

    /** Reported content before word {@code p}: from its sentence start (or the last semicolon) to the break. */
    private void reportedBefore(int p, Optional<Speaker> speaker) {
        int last = p - 1;
        int start = last;
        while (start > 0 && sentenceOf[start - 1] == sentenceOf[last] && !semicolonBefore(start) && !consumedBefore(start)) start--;
        addReported(start, last, speaker, MIN_QUOTE_WORDS);
    }

    private boolean consumedBefore(int i) {
        return consumed[i - 1] && breakBefore(i);
    }

    private void addReported(int first, int last, Optional<Speaker> speaker, int minWords) {
        if (last - first + 1 < minWords) return;
        int start = ws.get(first).start();
        int end = ws.get(last).end();
        // keep a closing quotation mark that ends the content
        int after = end;
        while (after < text.length() && after - end < 2 && Character.isWhitespace(text.charAt(after))) after++;
        if (after < text.length() && isClosingMark(text.charAt(after)) && coveredByQuoteEnd(end)) end = after + 1;
        if (coveredByQuoteStart(start)) {
            int before = start;
            while (before > 0 && start - before < 2 && Character.isWhitespace(text.charAt(before - 1))) before--;
            if (before > 0 && isOpeningMark(text.charAt(before - 1))) start = before - 1;
        }
        out.add(new Found(Found.Kind.REPORTED, start, end, speaker));
    }

    private boolean endsContent(int i) {
        if (i >= ws.size() || sentenceOf[i] != sentenceOf[i - 1]) return true;
        if (sentenceEndBetween(i)) return true;
        if (inQuote[i]) return false;
        if (!breakBefore(i)) return false;
        if (cueAt(i, CueKind.CONTENT_END) > 0 || cueAt(i, CueKind.SOURCE) > 0 || cueAt(i, CueKind.AS) > 0) return true;
        // "…, news reports said" / "…, a-t-il ajouté": a following inverted verb ends the content
        int j = i;
        int n = 0;
        while (j < ws.size() && sentenceOf[j] == sentenceOf[i] && n <= 4 && (j == i || !breakBefore(j))) {
            if (isVerb(j)) return true;
            j++;
            n++;
        }
        return false;
    }

    // ---- direct quotes

    private void creditDirectQuotes() {
        for (Span q : quotes) {
            Optional<Speaker> speaker = Optional.empty();
            int best = Integer.MAX_VALUE;
            for (int k = 0; k < verbs.size(); k++) {
                Word w = ws.get(verbs.get(k)[0]);
                int d = w.start() >= q.end() ? w.start() - q.end() : q.start() - w.end();
                if (d >= 0 && d < best && verbSpeakers.get(k).isPresent()) {
                    best = d;
                    speaker = verbSpeakers.get(k);
                }
            }
            if (speaker.isEmpty()) {
                for (Found f : out) {
                    if (f.kind == Found.Kind.SOURCE && f.start <= q.start() && q.end() <= f.end) speaker = f.speaker;
                }
            }
            out.add(new Found(Found.Kind.DIRECT, q.start(), q.end(), speaker));
        }
    }

    // ---- word helpers

    private boolean isVerb(int i) {
        return verb[i];
    }

    private boolean lookUpVerb(String n) {
        if (lex.isVerb(n)) return true;
        int dash = n.indexOf('-');
        return dash > 0 && lex.isVerb(n.substring(0, dash)) && lex.pronoun(n.substring(n.lastIndexOf('-') + 1)).isPresent();
    }

    private boolean isAuxiliary(int i) {
        return lex.isCue(ws.get(i).norm(), CueKind.AUXILIARY);
    }

    private int verbWithin(int from, int n) {
        for (int i = from; i < ws.size() && i < from + n; i++) {
            if (i > from && breakBefore(i)) return -1;
            if (!inQuote[i] && isVerb(i)) return i;
        }
        return -1;
    }

    private boolean hasVerb(int from, int to) {
        for (int i = from; i < to; i++) if (isVerb(i)) return true;
        return false;
    }

    private boolean hasDigit(List<Word> words) {
        for (Word w : words) if (Character.isDigit(text.charAt(w.start()))) return true;
        return false;
    }

    /** Index after the complementizer that follows the verb, or -1. */
    private int complementizerAfter(int v) {
        for (int j = v + 1; j < ws.size() && j <= v + COMPLEMENTIZER_WINDOW; j++) {
            if (sentenceOf[j] != sentenceOf[v] || inQuote[j] || isVerb(j) || cueAt(j, CueKind.CONTENT_END) > 0) return -1;
            int len = cueAt(j, CueKind.COMPLEMENTIZER);
            if (len > 0) return j + len;
        }
        return -1;
    }

    private boolean startsWithComplementizer(int i) {
        return i < ws.size() && cueAt(i, CueKind.COMPLEMENTIZER) > 0;
    }

    /** Length in words of a cue of the kind starting at word i, or 0. */
    private int cueAt(int i, CueKind kind) {
        List<SpeechLexicon.Cue> cues = lex.cuesStartingWith(ws.get(i).norm());
        if (cues.isEmpty()) return 0;
        for (SpeechLexicon.Cue cue : cues) {
            if (cue.kind() != kind) continue;
            List<String> cw = cue.words();
            if (i + cw.size() > ws.size()) continue;
            boolean ok = true;
            for (int k = 1; k < cw.size() && ok; k++) {
                ok = cw.get(k).equals(ws.get(i + k).norm()) && !inQuote[i + k] && sentenceOf[i + k] == sentenceOf[i];
            }
            if (ok) return cw.size();
        }
        return 0;
    }

    /** True when a comma, dash, colon or bracket (or a sentence or direct quote boundary) precedes word i. */
    private boolean breakBefore(int i) {
        if (i == 0) return true;
        if (sentenceOf[i] != sentenceOf[i - 1] || quoteOf[i] != quoteOf[i - 1]) return true;
        for (int c = ws.get(i - 1).end(); c < ws.get(i).start(); c++) {
            char ch = text.charAt(c);
            if (ch == '(' && Words.startsUrl(text, c + 1, text.length())) {
                while (c < ws.get(i).start() && text.charAt(c) != ')') c++; // "[said](https://…)": a link, not a bracket
                continue;
            }
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '—' || ch == '–') return true;
            if (ch == '-' && c > 0 && Character.isWhitespace(text.charAt(c - 1))) return true;
        }
        return false;
    }

    /** A full stop, then a capital or an opening quotation mark: a sentence end the segmenter kept inside. */
    private boolean sentenceEndBetween(int i) {
        if (inQuote[i] && quoteOf[i] == quoteOf[i - 1]) return false;
        int from = ws.get(i - 1).end();
        int to = ws.get(i).start();
        boolean stop = false;
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '…') stop = true;
        }
        if (!stop || ws.get(i - 1).end() - ws.get(i - 1).start() <= 2) return false;
        return Character.isUpperCase(text.charAt(to)) && isOpeningMark(text.charAt(to - 1))
                || Character.isUpperCase(text.charAt(to)) && !inQuote[i] && !inQuote[i - 1];
    }

    private boolean semicolonBefore(int i) {
        for (int c = ws.get(i - 1).end(); c < ws.get(i).start(); c++) if (text.charAt(c) == ';') return true;
        return false;
    }

    private boolean isSentenceStart(int i) {
        return i == 0 || sentenceOf[i - 1] != sentenceOf[i];
    }

    private int sentenceStartOf(int i) {
        return sentences.get(sentenceOf[i]).start();
    }

    private int sentenceEndIndex(int i) {
        int j = i;
        while (j + 1 < ws.size() && sentenceOf[j + 1] == sentenceOf[i]) j++;
        return j;
    }

    /** Index in {@code quotes} of a direct quote closing right before word p (only punctuation between), or -1. */
    private int directQuoteEndingBefore(int p) {
        int from = p > 0 ? ws.get(p - 1).end() : sentences.get(0).start();
        for (int k = 0; k < quotes.size(); k++) {
            Span q = quotes.get(k);
            if (q.end() >= from && q.end() <= ws.get(p).start()) {
                boolean onlyPunct = true;
                for (int c = q.end(); c < ws.get(p).start() && onlyPunct; c++) onlyPunct = !Character.isLetterOrDigit(text.charAt(c));
                if (onlyPunct) return k;
            }
        }
        return -1;
    }

    private int wordsBeforeInSentence(int offset, int sentence) {
        int n = 0;
        for (int i = 0; i < ws.size() && ws.get(i).end() <= offset; i++) {
            if (sentenceOf[i] == sentence && !inQuote[i]) n++;
        }
        return n;
    }

    private boolean directQuoteRightAfter(int v) {
        int from = ws.get(v).end();
        for (Span q : quotes) {
            if (q.start() >= from) {
                boolean close = true;
                for (int c = from; c < q.start() - 1 && close; c++) close = !Character.isLetterOrDigit(text.charAt(c));
                if (close) return true;
            }
        }
        return false;
    }

    private boolean coveredByQuoteEnd(int offset) {
        for (Span q : quotes) if (q.end() == offset) return true;
        return false;
    }

    private boolean coveredByQuoteStart(int offset) {
        for (Span q : quotes) if (q.start() == offset) return true;
        return false;
    }

    static boolean isClosingMark(char c) {
        return c == '»' || c == '”' || c == '“' || c == '"' || c == '›' || c == '’';
    }

    static boolean isOpeningMark(char c) {
        return c == '«' || c == '“' || c == '„' || c == '"' || c == '‹' || c == '‘';
    }
}
