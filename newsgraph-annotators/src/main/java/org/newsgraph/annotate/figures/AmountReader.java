package org.newsgraph.annotate.figures;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.newsgraph.annotate.figures.FigureVocabulary.NumberKind;
import org.newsgraph.annotate.figures.FigureVocabulary.NumberWord;
import org.newsgraph.core.model.Figure;

/**
 * Reads an amount at a token: an optional approximator ("plus de", "at least", "не менее"), a number in digits or
 * words with an optional scale word ("4,5 тыс.", "two million", "une centaine"), and an optional range
 * ("between 100 and 300", "от 100 до 300", "100-300"). Vague plurals ("dozens", "des dizaines", "сотни") are not in
 * the number lexicons, so they are never read.
 */
final class AmountReader {
    private final FigureVocabulary vocab;

    AmountReader(FigureVocabulary vocab) {
        this.vocab = vocab;
    }

    /** The number itself: tokens [first, end), its value, whether a number word made it approximate. */
    private record Num(int first, int end, double value, boolean approximate) {
    }

    /** The amount starting at token {@code i}, or null when none starts there. */
    Amount read(List<Tok> toks, int i, int limit) {
        boolean approximate = false;
        Optional<Figure.Bound> bound = Optional.empty();
        int j = i;
        for (int k = 0; k < 2; k++) {
            PhraseTable.Match<Optional<Figure.Bound>> a = vocab.approximators.match(toks, j, limit);
            if (a == null) break;
            approximate = true;
            if (a.value().isPresent()) bound = a.value();
            j = a.end();
        }
        PhraseTable.Match<String> opener = vocab.rangeOpeners.match(toks, j, limit);
        if (opener != null) {
            // "ranging from more than 4,000 to over 11,000": each end may carry its own approximator
            int lowStart = afterApproximators(toks, opener.end(), limit);
            if (lowStart > opener.end() && bound.isEmpty()) bound = approximators(toks, opener.end(), limit);
            Num low = number(toks, lowStart, limit, true);
            if (low != null && low.end() + 1 < limit && toks.get(low.end()).is(opener.value())) {
                Num high = number(toks, afterApproximators(toks, low.end() + 1, limit), limit, true);
                if (high != null && high.value() > low.value()) {
                    return new Amount(i, high.end(), low.first(), high.end(), low.value(),
                            OptionalDouble.of(high.value()), true, bound, isYear(toks, low) && isYear(toks, high));
                }
            }
        }
        Num n = number(toks, j, limit, approximate);
        if (n == null) return null;
        int end = n.end();
        OptionalDouble max = OptionalDouble.empty();
        if (end + 1 < limit && isRangeMiddle(toks, end)) {
            Num high = number(toks, end + 1, limit, true);
            if (high != null && high.value() > n.value()) {
                max = OptionalDouble.of(high.value());
                end = high.end();
                approximate = true;
            }
        }
        boolean year = isYear(toks, n) && (max.isEmpty() || max.getAsDouble() <= 2100);
        return new Amount(i, end, n.first(), end, n.value(), max, approximate || n.approximate(), bound, year);
    }

    /** The token after the approximators (at most two) starting at {@code i}. */
    private int afterApproximators(List<Tok> toks, int i, int limit) {
        for (int k = 0; k < 2; k++) {
            PhraseTable.Match<Optional<Figure.Bound>> a = vocab.approximators.match(toks, i, limit);
            if (a == null) break;
            i = a.end();
        }
        return i;
    }

    /** The bound the approximator at {@code i} gives, if any. */
    private Optional<Figure.Bound> approximators(List<Tok> toks, int i, int limit) {
        PhraseTable.Match<Optional<Figure.Bound>> a = vocab.approximators.match(toks, i, limit);
        return a == null ? Optional.empty() : a.value();
    }

    /** Four plain digits between 1800 and 2100 ("2022", "between 2009 and 2018"). */
    private static boolean isYear(List<Tok> toks, Num n) {
        return n.end() - n.first() == 1 && toks.get(n.first()).isNumber() && toks.get(n.first()).norm().length() == 4
                && n.value() >= 1800 && n.value() <= 2100;
    }

    private boolean isRangeMiddle(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (vocab.looseRangeMiddles.contains(t.norm())) return true;
        // "100-300": a dash glued to both numbers
        return t.is("-") && toks.get(k - 1).end() == t.start() && toks.get(k + 1).start() == t.end()
                && toks.get(k + 1).isNumber();
    }

    /** A number in digits or words at token {@code i}; {@code supported} when an approximator or range precedes. */
    private Num number(List<Tok> toks, int i, int limit, boolean supported) {
        if (i >= limit) return null;
        Tok t = toks.get(i);
        if (t.kind() == Tok.Kind.NON_COUNT) return null;
        if (t.isNumber()) {
            double value = t.value();
            int end = i + 1;
            boolean approximate = false;
            PhraseTable.Match<NumberWord> m = vocab.numbers.match(toks, end, limit);
            if (m != null && (m.value().kind() == NumberKind.SCALE || m.value().kind() == NumberKind.HUNDRED
                    || m.value().kind() == NumberKind.GROUP)) {
                value *= m.value().value();
                approximate = m.value().approximate();
                end = m.end();
                end = skipAbbreviationDot(toks, end, limit, m.value());
            }
            return new Num(i, end, value, approximate);
        }
        return t.isWord() ? words(toks, i, limit, supported) : null;
    }

    /** Number words: "vingt-cinq", "two hundred and five", "двадцать пять тысяч", "a dozen", "une centaine". */
    private Num words(List<Tok> toks, int i, int limit, boolean supported) {
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean hasArticle = false;
        boolean onlyNeedy = true;
        boolean approximate = false;
        int j = i;
        int end = i;
        NumberKind previous = null;
        while (j < limit) {
            PhraseTable.Match<NumberWord> m = vocab.numbers.match(toks, j, limit);
            if (m == null) break;
            NumberWord w = m.value();
            if (w.kind() == NumberKind.JOINER) {
                PhraseTable.Match<NumberWord> next = vocab.numbers.match(toks, m.end(), limit);
                if (!any || next == null || next.value().kind() != NumberKind.UNIT) break;
                j = m.end();
                continue;
            }
            if (w.kind() == NumberKind.ARTICLE) {
                if (any) break;
                PhraseTable.Match<NumberWord> next = vocab.numbers.match(toks, m.end(), limit);
                if (next == null && countsOne(toks, m.end())) return new Num(i, m.end(), 1, false);
                if (next == null || next.value().kind() == NumberKind.UNIT || next.value().kind() == NumberKind.ARTICLE
                        || next.value().kind() == NumberKind.JOINER) return null;
                hasArticle = true;
                current = 1;
            } else if (w.kind() == NumberKind.UNIT) {
                if (previous == NumberKind.UNIT && current % 10 != 0 && current < 100) break;
                current += w.value();
            } else {
                if (w.kind() == NumberKind.SCALE) {
                    total += (current == 0 ? 1 : current) * w.value();
                    current = 0;
                } else {
                    current = (current == 0 ? 1 : current) * w.value();
                }
                approximate |= w.approximate();
            }
            if (w.kind() != NumberKind.ARTICLE && !w.needsSupport()) onlyNeedy = false;
            any |= w.kind() != NumberKind.ARTICLE;
            previous = w.kind();
            j = m.end();
            end = skipAbbreviationDot(toks, j, limit, w);
            j = end;
        }
        if (!any) return null;
        if (onlyNeedy && !hasArticle && !supported) return null;
        return new Num(i, end, total + current, approximate);
    }

    /** "un mort et trois blessés": an article before a noun that counts one of what befell people is the number 1. */
    private boolean countsOne(List<Tok> toks, int i) {
        PhraseTable.Match<FigureVocabulary.MeasureCue> m = vocab.measures.match(toks, i, toks.size());
        return m != null && m.value().one();
    }

    private static int skipAbbreviationDot(List<Tok> toks, int end, int limit, NumberWord w) {
        if (w.abbreviation() && end < limit && toks.get(end).is(".")
                && toks.get(end).start() == toks.get(end - 1).end()) {
            return end + 1;
        }
        return end;
    }
}
