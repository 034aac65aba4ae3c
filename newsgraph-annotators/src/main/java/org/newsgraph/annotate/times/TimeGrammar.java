package org.newsgraph.annotate.times;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.lang.Lexicon;

/**
 * The time rules of one language: its vocabulary ({@code times-words}) and its patterns ({@code times-patterns}).
 * Scans tokens left to right and keeps, at each position, the longest expression any pattern matches; the work per
 * position is bounded by the number of patterns and their few optional elements.
 */
final class TimeGrammar {
    private final TimeVocabulary vocabulary;
    private final List<TimePattern> patterns;
    /** Literal words some pattern may start with. */
    private final Set<String> literals;
    /** Start key (literal, category or number shape) to the indexes of the patterns that may start with it. */
    private final Map<String, int[]> patternsStartingWith;

    TimeGrammar(Lexicon words, Lexicon patternRows) {
        this.vocabulary = new TimeVocabulary(words);
        List<TimePattern> list = new ArrayList<>();
        for (List<String> row : patternRows.rows()) {
            if (row.size() < 2) {
                throw new IllegalArgumentException(patternRows.name() + ": row '" + row.get(0) + "' needs a name and elements");
            }
            list.add(TimePattern.parse(row.get(0), row.get(1)));
        }
        this.patterns = List.copyOf(list);
        Set<String> lits = new HashSet<>();
        for (TimePattern p : patterns) for (String k : p.starts()) if (!TimePattern.isCategory(k)) lits.add(k);
        this.literals = Set.copyOf(lits);
        Map<String, List<Integer>> index = new HashMap<>();
        for (int p = 0; p < patterns.size(); p++) {
            for (String k : patterns.get(p).starts()) index.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
        }
        Map<String, int[]> byStart = new HashMap<>();
        index.forEach((k, v) -> byStart.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.patternsStartingWith = Map.copyOf(byStart);
        checkValues(words);
    }

    /** Words and phrases with their category, value and letter-case flag ({@code cased} or {@code lower}). */
    static final LexiconSpec WORDS = LexiconSpec.named("times-words").column("phrase", LexiconSpec.Type.TEXT)
            .column("category", LexiconSpec.Type.TEXT).optionalColumn("value", LexiconSpec.Type.TEXT)
            .optionalChoice("case", List.of("cased", "lower")).required();
    static final LexiconSpec PATTERNS = LexiconSpec.named("times-patterns").column("name", LexiconSpec.Type.TEXT)
            .column("elements", LexiconSpec.Type.TEXT).required();
    static final List<LexiconSpec> LEXICONS = List.of(WORDS, PATTERNS);

    static TimeGrammar of(LanguagePack pack) {
        return new TimeGrammar(pack.lexicon(WORDS), pack.lexicon(PATTERNS));
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

    /** Looks up every token once, then finds the expressions: in text order, not overlapping. */
    TimeScan scan(List<TimeToken> tokens) {
        @SuppressWarnings("unchecked")
        List<TimeVocabulary.Entry>[] readings = new List[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) readings[i] = vocabulary.at(tokens, i);
        TimeScan scan = new TimeScan(tokens, readings, vocabulary);
        scan.matches(match(scan));
        return scan;
    }

    private List<TimeMatch> match(TimeScan scan) {
        List<TimeToken> tokens = scan.tokens();
        List<TimeMatch> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        java.util.BitSet candidates = new java.util.BitSet(patterns.size());
        int i = 0;
        while (i < tokens.size()) {
            startKeys(scan, i, keys);
            Best best = new Best();
            if (!keys.isEmpty()) {
                candidates.clear();
                for (String k : keys) {
                    int[] ps = patternsStartingWith.get(k);
                    if (ps != null) for (int p : ps) candidates.set(p);
                }
                // in file order, so that on equal length the earlier pattern wins
                for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
                    walk(patterns.get(p), 0, scan, i, i, new ArrayList<>(), best);
                }
            }
            if (best.bindings == null) {
                i++;
                continue;
            }
            TimeFrame frame = new TimeFrame();
            frame.blocked = best.rule.startsWith("skip");
            List<Binding> core = new ArrayList<>(best.bindings.size());
            for (Binding b : best.bindings) {
                frame.set(b.category, b.value, b.number);
                if (!b.context) core.add(b);
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
                out.add(new TimeMatch(tokens.get(first).start(), tokens.get(last).end(), first, last + 1, best.rule, frame));
            }
            i = Math.max(i + 1, best.coreEnd);
        }
        return out;
    }

    /** What the token at {@code i} can be read as: its literal key, its categories, the number shapes it fits. */
    private void startKeys(TimeScan scan, int i, Set<String> keys) {
        keys.clear();
        TimeToken t = scan.tokens().get(i);
        if (literals.contains(t.key())) keys.add(t.key());
        for (TimeVocabulary.Entry e : scan.readings(i)) keys.add(e.category());
        if (t.isDigits()) {
            for (String shape : TimePattern.NUMBER_SHAPES) if (fitsShape(shape, t)) keys.add(shape);
        }
        if (t.key().equals("+") || t.key().equals("-")) keys.add("SIGN");
    }

    private record Binding(String category, String value, int number, int from, int to, boolean context) {
    }

    private static final class Best {
        List<Binding> bindings;
        String rule;
        int end = -1;
        int coreEnd;
    }

    private void walk(TimePattern p, int e, TimeScan scan, int start, int at, List<Binding> bound, Best best) {
        List<TimeToken> tokens = scan.tokens();
        if (e == p.elements().size()) {
            boolean core = false;
            for (Binding b : bound) core |= !b.context;
            if (!core) return;
            if (at > best.end) {
                best.end = at;
                best.bindings = List.copyOf(bound);
                best.rule = p.name();
                int coreEnd = 0;
                for (Binding b : bound) if (!b.context) coreEnd = b.to;
                best.coreEnd = coreEnd;
            }
            return;
        }
        TimePattern.Element el = p.elements().get(e);
        // a leading context element is looked for just before the position, so the scan still starts at `at`
        if (e == 0 && el.context()) {
            boolean any = false;
            for (int from = Math.max(0, at - 4); from < at; from++) {
                for (Binding b : readings(el, scan, from, false)) {
                    if (b.to == at && !tokens.get(at).afterBreak()) {
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
        if (at < tokens.size() && !(at > start && tokens.get(at).afterBreak())) {
            for (Binding b : readings(el, scan, at, at > start)) {
                bound.add(b);
                walk(p, e + 1, scan, start, b.to, bound, best);
                bound.remove(bound.size() - 1);
            }
        }
        if (el.optional()) walk(p, e + 1, scan, start, at, bound, best);
    }

    /** The ways the element can read the tokens at {@code i}. */
    private List<Binding> readings(TimePattern.Element el, TimeScan scan, int i, boolean notFirst) {
        TimeToken t = scan.tokens().get(i);
        if (el.glued() && notFirst && !t.glued()) return List.of();
        List<Binding> out = new ArrayList<>(1);
        for (int a = 0; a < el.alternatives().size(); a++) {
            String alt = el.alternatives().get(a);
            if (!el.categories()[a]) {
                if (t.key().equals(alt)) out.add(new Binding("", alt, -1, i, i + 1, el.context()));
            } else if (alt.equals("SIGN")) {
                if (t.key().equals("+") || t.key().equals("-")) out.add(new Binding("SIGN", t.key(), -1, i, i + 1, el.context()));
            } else if (TimePattern.NUMBER_SHAPES.contains(alt)) {
                if (fitsShape(alt, t) && (!alt.equals("MODERNYEAR") || standsAlone(scan.tokens(), i))) out.add(new Binding(alt, t.key(), t.number(), i, i + 1, el.context()));
            } else {
                for (TimeVocabulary.Entry entry : scan.readings(i)) {
                    if (entry.category().equals(alt)) {
                        out.add(new Binding(alt, entry.value(), -1, i, i + entry.length(), el.context()));
                    }
                }
            }
        }
        return out;
    }

    /** A literal sign ("," "(") matched at the edge of an expression is not part of it. */
    private static boolean isPunctuation(Binding b, List<TimeToken> tokens) {
        return b.category.isEmpty() && b.to == b.from + 1 && tokens.get(b.from).kind() == TimeToken.Kind.SYMBOL;
    }

    /** A year alone is not glued to letters ("Coronavirus2020_kz" names a channel). */
    private static boolean standsAlone(List<TimeToken> tokens, int i) {
        if (i > 0 && tokens.get(i).glued() && tokens.get(i - 1).kind() != TimeToken.Kind.SYMBOL) return false;
        if (i + 1 < tokens.size() && tokens.get(i + 1).glued()) {
            TimeToken next = tokens.get(i + 1);
            return next.kind() == TimeToken.Kind.SYMBOL && !next.key().equals("_");
        }
        return true;
    }

    private static boolean closesBracket(List<Binding> core, int lo, int hi) {
        if (!core.get(hi).value.equals(")")) return false;
        for (int k = lo; k < hi; k++) if (core.get(k).value.equals("(")) return true;
        return false;
    }

    private static boolean fitsShape(String shape, TimeToken t) {
        if (!t.isDigits()) return false;
        int len = t.key().length();
        int n = t.number();
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
            default -> false;
        };
    }
}
