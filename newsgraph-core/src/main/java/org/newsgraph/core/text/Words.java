package org.newsgraph.core.text;

import java.util.Arrays;
import org.newsgraph.core.Token;

/**
 * The words of a document, made once by the segmenter and read by every annotator: the one token layer.
 *
 * <p><b>Granularity: fine pieces, glued back by flags.</b> Each entry is a <em>piece</em>: a run of letters (with
 * their combining marks), a run of digits, or one other character. Whitespace is never a piece; instead every piece
 * says whether whitespace (or any skipped character) precedes it. So "20h00" is the glued pieces 20 · h · 00,
 * "05.01.2022" is five glued pieces, "quatre-vingt" is quatre · - · vingt, "l’État" is l · ' · état and "4 578" is
 * 4 · 578 with a space before 578. Fine pieces serve the time grammar and the digit reader directly; consumers that
 * want whole words (speech cues, names) glue pieces, either by the space flag or by {@link #token(int)}, the index of
 * the segmenter token ({@code Layers.TOKENS}) the piece lies in — the segmenter already decided that "4 578",
 * "l’" (an elision of the language) and "U.S." are one token each. Each piece also carries its normalised form
 * ({@link Normalizer}: lower case, one apostrophe, one dash, the pack's folding rules), its kind, and its sentence
 * and paragraph index. A paragraph changes at a line break and across removed boilerplate.
 *
 * <p><b>Layout.</b> Parallel primitive arrays, not a list of records: one document is one object and a handful of
 * arrays, read without boxing in the annotators' inner loops. Immutable once built; pieces are in text order and
 * never overlap. Offsets are UTF-16 indices into {@link #text()}, end exclusive.
 */
public final class Words implements PhraseMatcher.Sequence {
    private static final byte SPACE_BEFORE = 1;
    private static final byte LINE_BREAK_BEFORE = 2;
    private static final Token.Kind[] KINDS = Token.Kind.values();

    private final String text;
    private final Normalizer normalizer;
    private final int size;
    private final int[] start;
    private final int[] end;
    private final int[] token;
    private final int[] sentence;
    private final int[] paragraph;
    private final byte[] kind;
    private final byte[] flags;
    private final String[] norm;
    /**
     * The pieces' {@link FormIds}: given by the builder as it cuts, read again when tables registered forms since.
     */
    private FormIdsRead formIds;

    /** Form ids as read at one {@link FormIds#count()}: one object, so a reader never sees ids of another count. */
    private record FormIdsRead(int count, int[] ids) {
    }

    private Words(Builder b) {
        this.text = b.text;
        this.normalizer = b.normalizer;
        this.size = b.size;
        this.start = Arrays.copyOf(b.start, size);
        this.end = Arrays.copyOf(b.end, size);
        this.token = Arrays.copyOf(b.token, size);
        this.sentence = Arrays.copyOf(b.sentence, size);
        this.paragraph = Arrays.copyOf(b.paragraph, size);
        this.kind = Arrays.copyOf(b.kind, size);
        this.flags = Arrays.copyOf(b.flags, size);
        this.norm = Arrays.copyOf(b.norm, size);
        this.formIds = new FormIdsRead(b.formCount, Arrays.copyOf(b.ids, size));
    }

    /**
     * The pieces of a short standalone text — a lexicon phrase, a test sentence — cut the same way the segmenter
     * cuts documents: each whitespace-separated chunk is one token, all in sentence 0; a line break starts a new
     * paragraph.
     */
    public static Words of(String text, Normalizer normalizer) {
        Builder b = builder(text, normalizer);
        int i = 0;
        while (i < text.length()) {
            if (isSkipped(text.charAt(i))) {
                i++;
                continue;
            }
            int chunkEnd = i;
            while (chunkEnd < text.length() && !isSkipped(text.charAt(chunkEnd))) chunkEnd++;
            b.addToken(i, chunkEnd, null, 0);
            i = chunkEnd;
        }
        return b.build();
    }

    public static Builder builder(String text, Normalizer normalizer) {
        return new Builder(text, normalizer);
    }

    /** The document text the offsets point into. */
    public String text() {
        return text;
    }

    /** The normaliser the forms were made with: use it for lexicon phrases compared with them. */
    public Normalizer normalizer() {
        return normalizer;
    }

    @Override
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    /** The normalised form of piece i. */
    @Override
    public String norm(int i) {
        return norm[i];
    }

    /**
     * The {@link FormIds} id of piece i's normal form, or {@link FormIds#NONE} when no table registered that form:
     * two pieces, or a piece and a lexicon word, have equal forms exactly when their ids are equal and not NONE. The
     * segmenter gives each piece its id as it cuts it; should tables have registered forms since (a language's
     * lexicons are built on its first article), the ids of all pieces are looked up again, once.
     */
    @Override
    public int formId(int i) {
        FormIdsRead read = formIds;
        int known = FormIds.count();
        if (read == null || read.count != known) {
            int[] ids = new int[size];
            for (int k = 0; k < size; k++) ids[k] = FormIds.find(norm[k]);
            read = new FormIdsRead(known, ids);
            formIds = read;
        }
        return read.ids[i];
    }

    /** True when the normalised form of piece i is {@code s}. */
    public boolean is(int i, String s) {
        return norm[i].equals(s);
    }

    public Token.Kind kind(int i) {
        return KINDS[kind[i]];
    }

    public boolean isWord(int i) {
        return kind[i] == Token.Kind.WORD.ordinal();
    }

    public boolean isNumber(int i) {
        return kind[i] == Token.Kind.NUMBER.ordinal();
    }

    /** True when whitespace or a skipped character precedes piece i (always true for the first piece). */
    @Override
    public boolean spaceBefore(int i) {
        return (flags[i] & SPACE_BEFORE) != 0;
    }

    /** True when no whitespace separates piece i from piece i - 1: they are parts of one written form. */
    public boolean glued(int i) {
        return (flags[i] & SPACE_BEFORE) == 0;
    }

    /** True when a line break separates piece i from the piece before. */
    public boolean lineBreakBefore(int i) {
        return (flags[i] & LINE_BREAK_BEFORE) != 0;
    }

    /** Index of the segmenter token holding piece i; pieces of one token are consecutive. */
    public int token(int i) {
        return token[i];
    }

    public int sentence(int i) {
        return sentence[i];
    }

    public int paragraph(int i) {
        return paragraph[i];
    }

    /** The text of piece i as written. */
    public String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The text from the start of piece {@code from} to the end of piece {@code toInclusive}, as written. */
    public String surface(int from, int toInclusive) {
        return text.substring(start[from], end[toInclusive]);
    }

    /** True when piece i begins with an upper-case or title-case letter. */
    public boolean capitalised(int i) {
        int c = text.codePointAt(start[i]);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Index of the first piece that ends after {@code offset} (so holds it or follows it), or {@link #size()}. */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index after the last piece of the token holding piece i. */
    public int tokenEnd(int i) {
        int j = i + 1;
        while (j < size && token[j] == token[i]) j++;
        return j;
    }

    /** Index after the last piece of the sentence holding piece i. */
    public int sentenceEnd(int i) {
        int j = i + 1;
        while (j < size && sentence[j] == sentence[i]) j++;
        return j;
    }

    /**
     * How many written forms {@code text[from, to)} holds, cut exactly as {@link #of} cuts that stretch alone: a word
     * or number with the pieces glued to it (words, numbers, inner hyphens) is one form ("пресс-секретарь",
     * "COVID-19", "3km"); signs alone are not counted. Reads the text in place, making no piece, string or list: the
     * attribution features count the words between a candidate and its quote for every candidate.
     */
    public static int countForms(String text, int from, int to) {
        return forms(text, from, to, null);
    }

    /** Receives the written forms of a stretch of text, in text order. */
    @FunctionalInterface
    public interface FormSink {
        /** A form at {@code text[start, end)}; {@code onePiece} when it is a single piece (no glued parts). */
        void form(int start, int end, boolean onePiece);
    }

    /**
     * The written forms {@link #countForms} counts, given to {@code sink} (when not null) as offsets, reading the text
     * in place: for a reader that wants a few of them (the words right before a candidate) without a layer of the
     * stretch. Returns how many there are.
     */
    public static int forms(String text, int from, int to, FormSink sink) {
        int count = 0;
        boolean inForm = false;
        int formStart = -1;
        int pieces = 0;
        int previousEnd = -1;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSkipped(c)) {
                i++;
                continue;
            }
            // code points are read as in the substring text[from, to): a surrogate pair cut at `to` is two pieces
            int cp = codePoint(text, i, to);
            int end = pieceEnd(text, i, cp, to, to);
            boolean wordOrNumber = Character.isDigit(cp) || Character.isLetter(cp);
            boolean glued = previousEnd == i;
            if (inForm && glued && (wordOrNumber || c == '-')) {
                pieces++;
            } else {
                if (inForm && sink != null) sink.form(formStart, previousEnd, pieces == 1);
                inForm = wordOrNumber;
                if (wordOrNumber) {
                    count++;
                    formStart = i;
                    pieces = 1;
                }
            }
            previousEnd = end;
            i = end;
        }
        if (inForm && sink != null) sink.form(formStart, previousEnd, pieces == 1);
        return count;
    }

    /** The code point at {@code i}, as {@code text.substring(0, limit).codePointAt(i)} reads it. */
    private static int codePoint(String text, int i, int limit) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < limit) {
            char d = text.charAt(i + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }

    /**
     * The end of the piece starting with code point {@code cp} at {@code i}, within {@code text[i, to)}: a run of
     * digits, a run of letters and combining marks, or one other character. Code points are read up to {@code limit}.
     */
    private static int pieceEnd(String text, int i, int cp, int to, int limit) {
        if (Character.isDigit(cp)) {
            int e = i + 1;
            while (e < to && Character.isDigit(text.charAt(e))) e++;
            return e;
        }
        if (Character.isLetter(cp)) {
            int e = i + Character.charCount(cp);
            while (e < to) {
                int next = codePoint(text, e, limit);
                if (!Character.isLetter(next) && !isMark(Character.getType(next))) break;
                e += Character.charCount(next);
            }
            return e;
        }
        return Math.min(to, i + Character.charCount(cp));
    }

    private static boolean isSkipped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
    }

    private static boolean isQuoteMark(char c) {
        return switch (c) {
            case '"', '\'', '«', '»', '“', '”', '„', '‟', '‘', '’', '‚', '‹', '›', '＂' -> true;
            default -> false;
        };
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Appends tokens in text order; the segmenter's side of the layer. */
    public static final class Builder {
        private final String text;
        private final Normalizer normalizer;
        private int size;
        private int[] start;
        private int[] end;
        private int[] token;
        private int[] sentence;
        private int[] paragraph;
        private byte[] kind;
        private byte[] flags;
        private String[] norm;
        private int[] ids;
        /** {@link FormIds#count()} before the first piece: every id found since is true at that count. */
        private final int formCount = FormIds.count();
        private AsciiForms ascii;
        private int tokens;
        private int currentParagraph;
        private boolean paragraphBreakPending;

        private Builder(String text, Normalizer normalizer) {
            this.text = text;
            this.normalizer = normalizer;
            // news text has about one piece per five characters: a document's layer then fills its arrays without
            // growing them three or four times (the layer keeps copies of exactly its size)
            int n = Math.max(64, text.length() / 4);
            start = new int[n];
            end = new int[n];
            token = new int[n];
            sentence = new int[n];
            paragraph = new int[n];
            kind = new byte[n];
            flags = new byte[n];
            norm = new String[n];
            ids = new int[n];
        }

        /** The next piece starts a new paragraph: text between was removed (boilerplate). */
        public Builder breakParagraph() {
            paragraphBreakPending = size > 0;
            return this;
        }

        /**
         * Cuts {@code text[from, to)} — one token of the segmenter — into pieces. {@code tokenKind} is the
         * segmenter's kind: a quotation mark inside a word or number token is an apostrophe (punctuation); with
         * {@code null} a quotation mark between two letters is one.
         */
        public Builder addToken(int from, int to, Token.Kind tokenKind, int sentenceIndex) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (isSkipped(c)) {
                    i++;
                    continue;
                }
                int cp = codePoint(text, i, text.length());
                int pieceEnd = pieceEnd(text, i, cp, to, text.length());
                Token.Kind k;
                if (Character.isDigit(cp)) k = Token.Kind.NUMBER;
                else if (Character.isLetter(cp)) k = Token.Kind.WORD;
                else k = isQuoteMark(c) && isQuotation(i, from, to, tokenKind) ? Token.Kind.QUOTE : Token.Kind.PUNCT;
                add(i, pieceEnd, k, sentenceIndex);
                i = pieceEnd;
            }
            tokens++;
            return this;
        }

        private boolean isQuotation(int i, int from, int to, Token.Kind tokenKind) {
            if (tokenKind != null) return tokenKind == Token.Kind.QUOTE || tokenKind == Token.Kind.PUNCT;
            boolean letterBefore = i > from && Character.isLetter(text.charAt(i - 1));
            boolean letterAfter = i + 1 < to && Character.isLetter(text.charAt(i + 1));
            return !(letterBefore && letterAfter);
        }

        private void add(int s, int e, Token.Kind k, int sentenceIndex) {
            if (size == start.length) grow();
            byte f = 0;
            if (size == 0) {
                f = SPACE_BEFORE;
            } else {
                int gapFrom = end[size - 1];
                if (gapFrom < s) f = SPACE_BEFORE;
                for (int g = gapFrom; g < s; g++) {
                    if (isLineBreak(text.charAt(g))) {
                        f |= LINE_BREAK_BEFORE;
                        break;
                    }
                }
                if ((f & LINE_BREAK_BEFORE) != 0 || paragraphBreakPending) currentParagraph++;
            }
            paragraphBreakPending = false;
            start[size] = s;
            end[size] = e;
            token[size] = tokens;
            sentence[size] = sentenceIndex;
            paragraph[size] = currentParagraph;
            kind[size] = (byte) k.ordinal();
            flags[size] = f;
            char c = text.charAt(s);
            if (e - s == 1 && c < 128) {
                // one ASCII character (most punctuation, single digits): its form and id from a table of 128
                if (ascii == null) ascii = AsciiForms.at(formCount);
                ids[size] = ascii.ids[c];
                norm[size] = ascii.forms[c];
            } else {
                // a form some lexicon registered is read from the characters, and its registered string is the
                // piece's form: no string is made for it, and its hash is already known to every map keyed by forms
                int id = FormIds.find(text, s, e, normalizer);
                ids[size] = id;
                norm[size] = id != FormIds.NONE ? FormIds.form(id) : normalizer.normalize(text, s, e);
            }
            size++;
        }

        private void grow() {
            int n = start.length * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            token = Arrays.copyOf(token, n);
            sentence = Arrays.copyOf(sentence, n);
            paragraph = Arrays.copyOf(paragraph, n);
            kind = Arrays.copyOf(kind, n);
            flags = Arrays.copyOf(flags, n);
            norm = Arrays.copyOf(norm, n);
            ids = Arrays.copyOf(ids, n);
        }

        public Words build() {
            return new Words(this);
        }
    }

    /**
     * The forms and {@link FormIds} of the 128 one-character ASCII pieces (punctuation and single digits are most
     * pieces), as read at one {@link FormIds#count()}: a registered form's string, else a shared one. ASCII has no
     * folding rule, so the forms are every normaliser's.
     */
    private record AsciiForms(int count, int[] ids, String[] forms) {
        private static volatile AsciiForms last;

        static AsciiForms at(int count) {
            AsciiForms a = last;
            if (a != null && a.count == count) return a;
            int[] ids = new int[128];
            String[] forms = new String[128];
            for (char c = 0; c < 128; c++) {
                String form = Normalizer.basic().normalize(String.valueOf(c));
                ids[c] = FormIds.find(form);
                forms[c] = ids[c] != FormIds.NONE ? FormIds.form(ids[c]) : form;
            }
            a = new AsciiForms(count, ids, forms);
            last = a;
            return a;
        }
    }
}
