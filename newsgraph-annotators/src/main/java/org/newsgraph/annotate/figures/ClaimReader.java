package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.figures.FigureVocabulary.SourceCue;
import org.newsgraph.core.Span;

/**
 * Finds who a sentence credits: the X of "selon X / according to X / по данным X", and the subject of a verb of
 * saying, before it ("Les autorités ont déclaré", "Serik Shalabayev told") or after it when the subject is inverted
 * ("ont annoncé les autorités", "сообщил глава Минздрава"). Pronoun subjects and "по его словам" stand for the last
 * source named, which the caller passes in. This is the figures annotator's own minimal reader, used when the quotes
 * annotator's attribution layer is absent.
 */
final class ClaimReader {
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", ".", "(", ")", "\"", "-", "?", "!");
    private static final int MAX_WORDS = 10;
    private static final int TRIM_ABOVE = 5;

    private final FigureVocabulary vocab;

    ClaimReader(FigureVocabulary vocab) {
        this.vocab = vocab;
    }

    /** Whether a sentence opens with words that credit the figures of the previous one ("Об этом сообщил X"). */
    boolean opensWithAnaphora(List<Tok> toks) {
        PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, 0, toks.size());
        return m != null && m.value() == SourceCue.ANAPHORA;
    }

    /**
     * The claims of one sentence in text order.
     *
     * @param lastNamed the source named last before this sentence, standing for pronouns; may be null
     */
    List<Claim> read(List<Tok> toks, Span lastNamed) {
        List<Claim> out = new ArrayList<>();
        Span memory = lastNamed;
        for (int j = 0; j < toks.size(); ) {
            PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, j, toks.size());
            if (m == null) {
                j++;
                continue;
            }
            Claim c = switch (m.value()) {
                case ACCORDING -> phraseClaim(toks, m.start(), following(toks, m.end()), true, memory);
                case SELF -> memory == null ? null : new Claim(toks.get(j).start(), memory, true, true);
                case VERB -> phraseClaim(toks, m.start(), subject(toks, m.start(), m.end()), false, memory);
                default -> null;
            };
            if (c != null) {
                out.add(c);
                if (!c.pronoun()) memory = c.source();
            }
            j = m.end();
        }
        return out;
    }

    private Claim phraseClaim(List<Tok> toks, int cue, int[] range, boolean according, Span memory) {
        if (range == null || range[0] >= range[1]) return null;
        int at = toks.get(cue).start();
        if (range[1] - range[0] == 1 && cueAt(toks, range[0]) == SourceCue.PRONOUN) {
            return memory == null ? null : new Claim(at, memory, according, true);
        }
        int[] r = trimToName(toks, range);
        return new Claim(at, new Span(toks.get(r[0]).start(), toks.get(r[1] - 1).end(), "source"), according, false);
    }

    /** The subject of the verb at [vs, ve): the words before it in its clause, else the words after it. */
    private int[] subject(List<Tok> toks, int vs, int ve) {
        int k = vs - 1;
        while (k >= 0 && (cueAt(toks, k) == SourceCue.AUX || isBracket(toks.get(k)))) k--;
        int end = k + 1;
        int words = 0;
        while (k >= 0 && !isBoundary(toks.get(k)) && words < MAX_WORDS && cueAt(toks, k) != SourceCue.THAT) {
            k--;
            words++;
        }
        int start = skipLeading(toks, k + 1, end);
        if (start < end) return new int[] {start, end};
        if (k >= 0 && toks.get(k).is(",")) {
            int[] name = appositionHead(toks, k);
            if (name != null) return name;
        }
        return following(toks, ve);
    }

    /** "Asel Artakshinova, porte-parole du ministère, a déclaré": the name before an apposition ending at comma c. */
    private static int[] appositionHead(List<Tok> toks, int comma) {
        int k = comma - 1;
        while (k >= 0 && !isBoundary(toks.get(k))) k--;
        if (k < 0 || !toks.get(k).is(",") || k + 1 >= comma || toks.get(k + 1).capitalised()) return null;
        int end = k;
        int start = end;
        while (start > 0 && toks.get(start - 1).isWord() && toks.get(start - 1).capitalised()) start--;
        return end - start >= 2 ? new int[] {start, end} : null;
    }

    /** The source phrase starting at token i: up to a boundary or a stop word, at most a few words. */
    private int[] following(List<Tok> toks, int i) {
        while (i < toks.size() && cueAt(toks, i) == SourceCue.AUX) i++;
        if (i < toks.size() && cueAt(toks, i) == SourceCue.THAT) return null;
        int j = i;
        int words = 0;
        while (j < toks.size() && words < MAX_WORDS) {
            Tok t = toks.get(j);
            if (t.is("\"") || isBracket(t)) {
                j++;
                continue;
            }
            if (isBoundary(t) || t.isNumber() || (words > 0 && isStop(cueAt(toks, j)))) break;
            j++;
            words++;
        }
        while (j > i && (toks.get(j - 1).is("\"") || isBracket(toks.get(j - 1)))) j--;
        while (i < j && (toks.get(i).is("\"") || isBracket(toks.get(i)))) i++;
        return i < j ? new int[] {i, j} : null;
    }

    private int skipLeading(List<Tok> toks, int start, int end) {
        while (start < end) {
            PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, start, end);
            if (m != null && (m.value() == SourceCue.SKIP || m.value() == SourceCue.ANAPHORA
                    || isStop(m.value()) || m.value() == SourceCue.AUX)) {
                start = m.end();
            } else if (toks.get(start).kind() == Tok.Kind.PUNCT) {
                start++;
            } else {
                break;
            }
        }
        while (end > start && toks.get(end - 1).kind() == Tok.Kind.PUNCT) end--;
        return end > start ? start : end;
    }

    /** A long phrase ("начальник Службы … Серик Шалабаев") is cut to the last run of capitalised words in it. */
    private static int[] trimToName(List<Tok> toks, int[] r) {
        int words = 0;
        for (int k = r[0]; k < r[1]; k++) if (toks.get(k).isWord()) words++;
        if (words <= TRIM_ABOVE) return r;
        int k = r[1];
        while (k > r[0]) {
            int end = k;
            while (k > r[0] && isNamePart(toks.get(k - 1))) k--;
            if (end - k >= 2) return new int[] {k, end};
            if (end == k) k--;
        }
        return r;
    }

    private static boolean isStop(SourceCue cue) {
        return cue == SourceCue.STOP || cue == SourceCue.THAT;
    }

    private static boolean isNamePart(Tok t) {
        return (t.isWord() && t.capitalised()) || t.isNumber();
    }

    private SourceCue cueAt(List<Tok> toks, int i) {
        PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, i, i + 1);
        return m == null ? null : m.value();
    }

    private static boolean isBoundary(Tok t) {
        return t.kind() == Tok.Kind.PUNCT && BOUNDARIES.contains(t.norm());
    }

    private static boolean isBracket(Tok t) {
        return t.is("[") || t.is("]");
    }
}
