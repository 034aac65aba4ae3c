package org.newsgraph.annotate.times;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.text.FormTable;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;

/**
 * The time rules of one language: its vocabulary ({@code times-words}) and its patterns ({@code times-patterns}).
 * Scans tokens left to right and keeps, at each position, the longest expression any pattern matches; the work per
 * position is bounded by the number of patterns and their few optional elements.
 */
final class TimeGrammar {
    private final TimeVocabulary vocabulary;
    private final List<TimePattern> patterns;
    /** Literal words some pattern may start with, by form id, and the patterns that may start with each. */
    private final FormTable<int[]> literalStarts;
    /** Start key (literal, category or number shape) to the indexes of the patterns that may start with it. */
    private final Map<String, int[]> patternsStartingWith;

    TimeGrammar(Lexicon words, Lexicon patternRows) {
        this(words, patternRows, Normalizer.basic());
    }

    TimeGrammar(Lexicon words, Lexicon patternRows, Normalizer normalizer) {
        this.vocabulary = new TimeVocabulary(words, normalizer);
        List<TimePattern> list = new ArrayList<>();
        for (List<String> row : patternRows.rows()) {
            if (row.size() < 2) {
                throw new IllegalArgumentException(patternRows.name() + ": row '" + row.get(0) + "' needs a name and elements");
            }
            list.add(TimePattern.parse(row.get(0), row.get(1), row.size() > 2 ? row.get(2) : "", normalizer));
        }
        this.patterns = List.copyOf(list);
        Map<String, List<Integer>> index = new HashMap<>();
        for (int p = 0; p < patterns.size(); p++) {
            for (String k : patterns.get(p).starts()) index.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
        }
        Map<String, int[]> byStart = new HashMap<>();
        index.forEach((k, v) -> byStart.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.patternsStartingWith = Map.copyOf(byStart);
        Map<String, int[]> lits = new HashMap<>();
        for (TimePattern p : patterns) for (String k : p.starts()) if (!TimePattern.isCategory(k)) lits.put(k, byStart.get(k));
        this.literalStarts = FormTable.of(lits);
        checkValues(words);
    }

    /**
     * Words and phrases with their category, value and flags (comma-separated: {@code cased} or {@code lower},
     * {@code deictic} or {@code anaphoric}; checked by {@link TimeVocabulary}).
     */
    static final LexiconSpec WORDS = org.newsgraph.core.lang.CoreLexicons.TIMES_WORDS;
    /** Patterns: a name, its elements ({@code >} starts the second time) and an optional kind of pair. */
    static final LexiconSpec PATTERNS = LexiconSpec.named("times-patterns").column("name", LexiconSpec.Type.TEXT)
            .column("elements", LexiconSpec.Type.TEXT).optionalChoice("pair", List.of("night", "range")).required();
    static final List<LexiconSpec> LEXICONS = List.of(WORDS, PATTERNS);

    static TimeGrammar of(LanguagePack pack) {
        return new TimeGrammar(pack.lexicon(WORDS), pack.lexicon(PATTERNS), Normalizer.of(pack));
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    TimeVocabulary vocabulary() {
        return vocabulary;
    }

    /** Fails at load time, naming the row, when a value is not what its category needs. */
    private static void checkValues(Lexicon words) {
        for (List<String> row : words.rows()) {
            try {
                new TimeFrame().set(row.get(1), row.size() > 2 ? row.get(2) : "", 0);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(words.name() + ": row '" + String.join("\t", row) + "': " + e.getMessage(), e);
            }
        }
    }

    /** Looks up every piece once, then finds the expressions: in text order, not overlapping. */
    TimeScan scan(Words words) {
        @SuppressWarnings("unchecked")
        List<TimeVocabulary.Entry>[] readings = new List[words.size()];
        for (int i = 0; i < words.size(); i++) readings[i] = vocabulary.at(words, i);
        TimeScan scan = new TimeScan(words, readings, vocabulary);
        scan.matches(match(scan));
        return scan;
    }

    private List<TimeMatch> match(TimeScan scan) {
        Words tokens = scan.words();
        List<TimeMatch> out = new ArrayList<>();
        java.util.BitSet candidates = new java.util.BitSet(patterns.size());
        // every walk removes what it binds, so one list serves all of them
        List<Binding> bound = new ArrayList<>();
        Best best = new Best();
        int i = 0;
        while (i < tokens.size()) {
            candidates.clear();
            markStarts(scan, i, candidates);
            best.clear();
            // in file order, so that on equal length the earlier pattern wins
            for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
                walk(patterns.get(p), 0, scan, i, i, bound, best);
            }
            if (best.bindings == null) {
                i++;
                continue;
            }
            TimeFrame frame = new TimeFrame();
            frame.blocked = best.pattern.name().startsWith("skip");
            List<Binding> core = new ArrayList<>(best.bindings.size());
            for (Binding b : best.bindings) {
                TimeFrame part = b.end ? frame.end() : frame;
                part.set(b.category, b.value, b.number);
                part.anaphoric |= b.anaphoric;
                if (!b.context) core.add(b);
            }
            if (frame.hasEnd()) {
                frame.completeFrom(frame.end());
                frame.end().completeEndFrom(frame);
            }
            int lo = 0;
            int hi = core.size() - 1;
            // signs matched at the edges (",", an unused "(") are not part of the expression; a closing bracket is
            // when its opening one is
            while (lo <= hi && isPunctuation(core.get(lo), tokens)) lo++;
            while (hi >= lo && isPunctuation(core.get(hi), tokens) && !closesBracket(core, lo, hi)) hi--;
            if (lo <= hi) {
                int first = core.get(lo).from;
                int last = core.get(hi).to - 1;
                out.add(new TimeMatch(tokens.start(first), tokens.end(last), first, last + 1,
                        best.pattern.name(), best.pattern.role(), frame));
            }
            i = Math.max(i + 1, best.coreEnd);
        }
        return out;
    }

    /**
     * Marks the patterns that may start at the token at {@code i}: those starting with its literal key, one of its
     * categories, a number shape it fits or a sign.
     */
    private void markStarts(TimeScan scan, int i, java.util.BitSet candidates) {
        Words words = scan.words();
        String key = words.norm(i);
        int[] literal = literalStarts.get(words.formId(i));
        if (literal != null) for (int p : literal) candidates.set(p);
        List<TimeVocabulary.Entry> readings = scan.readings(i);
        for (int r = 0; r < readings.size(); r++) mark(readings.get(r).category(), candidates);
        if (words.isNumber(i)) {
            for (String shape : TimePattern.NUMBER_SHAPES) if (fitsShape(shape, words, i)) mark(shape, candidates);
        }
        if (key.equals("+") || key.equals("-")) mark("SIGN", candidates);
    }

    private void mark(String startKey, java.util.BitSet candidates) {
        int[] ps = patternsStartingWith.get(startKey);
        if (ps != null) for (int p : ps) candidates.set(p);
    }

    private record Binding(String category, String value, int number, int from, int to, boolean context, boolean end,
                           boolean anaphoric) {
        Binding(String category, String value, int number, int from, int to, boolean context, boolean end) {
            this(category, value, number, from, to, context, end, false);
        }
    }

    /** The longest match at one position; one per scan, cleared at each position. */
    private static final class Best {
        List<Binding> bindings;
        TimePattern pattern;
        int end = -1;
        int coreEnd;

        void clear() {
            bindings = null;
            pattern = null;
            end = -1;
            coreEnd = 0;
        }
    }

    private void walk(TimePattern p, int e, TimeScan scan, int start, int at, List<Binding> bound, Best best) {
        Words tokens = scan.words();
        if (e == p.elements().size()) {
            boolean core = false;
            for (int k = 0; k < bound.size(); k++) core |= !bound.get(k).context;
            if (!core) return;
            if (at > best.end) {
                best.end = at;
                best.bindings = List.copyOf(bound);
                best.pattern = p;
                int coreEnd = 0;
                for (int k = 0; k < bound.size(); k++) if (!bound.get(k).context) coreEnd = bound.get(k).to;
                best.coreEnd = coreEnd;
            }
            return;
        }
        TimePattern.Element el = p.elements().get(e);
        // a leading context element is looked for just before the position, so the scan still starts at `at`
        if (e == 0 && el.context()) {
            boolean any = false;
            for (int from = Math.max(0, at - 4); from < at; from++) {
                List<Binding> found = readings(el, scan, from, false);
                for (int k = 0; found != null && k < found.size(); k++) {
                    Binding b = found.get(k);
                    if (b.to == at && !TimeScan.breakBefore(tokens, at)) {
                        any = true;
                        bound.add(b);
                        walk(p, e + 1, scan, start, at, bound, best);
                        bound.remove(bound.size() - 1);
                    }
                }
            }
            if (el.optional() && !any) walk(p, e + 1, scan, start, at, bound, best);
            return;
        }
        // a match never crosses a paragraph break, and a glued element needs a token before it in the match
        if (at < tokens.size() && !(at > start && TimeScan.breakBefore(tokens, at))) {
            List<Binding> found = readings(el, scan, at, at > start);
            for (int k = 0; found != null && k < found.size(); k++) {
                Binding b = found.get(k);
                bound.add(b);
                walk(p, e + 1, scan, start, b.to, bound, best);
                bound.remove(bound.size() - 1);
            }
        }
        if (el.optional()) walk(p, e + 1, scan, start, at, bound, best);
    }

    /** The ways the element can read the tokens at {@code i}; null when none (most positions fit no element). */
    private List<Binding> readings(TimePattern.Element el, TimeScan scan, int i, boolean notFirst) {
        Words words = scan.words();
        if (el.glued() && notFirst && !words.glued(i)) return null;
        String key = words.norm(i);
        int id = words.formId(i);
        List<Binding> out = null;   // made for the few tokens that fit
        for (int a = 0; a < el.alternatives().size(); a++) {
            String alt = el.alternatives().get(a);
            Binding b = null;
            if (!el.categories()[a]) {
                if (id == el.literalIds()[a]) b = new Binding("", alt, -1, i, i + 1, el.context(), el.end());
            } else if (alt.equals("SIGN")) {
                if (key.equals("+") || key.equals("-")) b = new Binding("SIGN", key, -1, i, i + 1, el.context(), el.end());
            } else if (el.numberShapes()[a]) {
                if (fitsShape(alt, words, i) && (!alt.equals("MODERNYEAR") || standsAlone(words, i))) {
                    b = new Binding(alt, key, TimeScan.number(words, i), i, i + 1, el.context(), el.end());
                }
            } else {
                List<TimeVocabulary.Entry> entries = scan.readings(i);
                for (int r = 0; r < entries.size(); r++) {
                    TimeVocabulary.Entry entry = entries.get(r);
                    if (entry.category().equals(alt)) {
                        if (out == null) out = new ArrayList<>(2);
                        out.add(new Binding(alt, entry.value(), -1, i, i + entry.length(), el.context(), el.end(), entry.anaphoric()));
                    }
                }
            }
            if (b != null) {
                if (out == null) out = new ArrayList<>(2);
                out.add(b);
            }
        }
        return out;
    }

    /** A literal sign ("," "(") matched at the edge of an expression is not part of it. */
    private static boolean isPunctuation(Binding b, Words words) {
        return b.category.isEmpty() && b.to == b.from + 1 && TimeScan.isSign(words, b.from);
    }

    /** A year alone is not glued to letters ("Coronavirus2020_kz" names a channel). */
    private static boolean standsAlone(Words words, int i) {
        if (i > 0 && words.glued(i) && !TimeScan.isSign(words, i - 1)) return false;
        if (i + 1 < words.size() && words.glued(i + 1)) {
            return TimeScan.isSign(words, i + 1) && !words.is(i + 1, "_");
        }
        return true;
    }

    private static boolean closesBracket(List<Binding> core, int lo, int hi) {
        if (!core.get(hi).value.equals(")")) return false;
        for (int k = lo; k < hi; k++) if (core.get(k).value.equals("(")) return true;
        return false;
    }

    private static boolean fitsShape(String shape, Words words, int i) {
        if (!words.isNumber(i)) return false;
        int len = words.norm(i).length();
        int n = TimeScan.number(words, i);
        return switch (shape) {
            case "DAY" -> len <= 2 && n >= 1 && n <= 31;
            case "MONTHNUM" -> len <= 2 && n >= 1 && n <= 12;
            case "YEAR" -> len == 4 && n >= 1000 && n <= 2999;
            case "MODERNYEAR" -> len == 4 && n >= 1900 && n <= 2099;
            case "YY" -> len == 2;
            case "HOUR" -> len <= 2 && n <= 24;
            case "MIN" -> len == 2 && n <= 59;
            case "NUM" -> len <= 3 && n >= 1;
            case "OFFSET" -> len <= 2 && n <= 14;
            case "HHMM" -> len == 4 && n / 100 <= 23 && n % 100 <= 59;
            default -> false;
        };
    }
}
