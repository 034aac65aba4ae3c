package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.attribution.AttributionWords;
import org.newsgraph.annotate.figures.FigureVocabulary.SourceCue;
import org.newsgraph.core.Span;

/**
 * Finds who a sentence credits: the X of "selon X / according to X / по данным X", the subject of a verb of saying
 * before it ("Les autorités ont déclaré", "John Carter told") or after it when inverted ("ont annoncé les
 * autorités", "сообщил глава Минздрава"), and a headline's trailing ": X". Pronouns and anaphoric descriptions
 * ("he", "the official", "министр", "по его словам") stand for the last named source, which the caller passes in.
 * This is the figures annotator's own minimal reader, used when the quotes annotator's layers are absent.
 */
final class ClaimReader {
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", ".", "(", ")", "\"", "-", "?", "!");
    private static final int MAX_WORDS = 10;
    private static final int TRIM_ABOVE = 5;
    private static final int HEADLINE_SOURCE_WORDS = 4;
    private static final int BODY_STEM = 6;
    /** Lower-case words at most between a role's preposition and the name of its body ("of the regional Red Cross"). */
    private static final int MODIFIERS = 2;

    private final FigureVocabulary vocab;
    /** Prepositions and determiners of the language, and its nouns naming one person by role. */
    private final AttributionWords words;

    ClaimReader(FigureVocabulary vocab) {
        this(vocab, AttributionWords.EMPTY);
    }

    ClaimReader(FigureVocabulary vocab, AttributionWords words) {
        this.vocab = vocab;
        this.words = words;
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
     * @param text the document text the spans point into
     */
    List<Claim> read(List<Tok> toks, Span lastNamed, String text) {
        List<Claim> out = new ArrayList<>();
        Span memory = lastNamed;
        for (int j = 0; j < toks.size(); ) {
            PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, j, toks.size());
            if (m == null) {
                j++;
                continue;
            }
            // "un communiqué", "the reports": a form of a verb of saying after a determiner is a noun
            if ((m.value() == SourceCue.VERB || m.value() == SourceCue.DENY) && afterDeterminer(toks, m.start())) {
                j = m.end();
                continue;
            }
            Claim c = switch (m.value()) {
                case ACCORDING -> claim(toks, m.start(), according(toks, m.end()), true, memory, text);
                case SELF -> memory == null ? null : new Claim(toks.get(j).start(), memory, true, true, true);
                case VERB -> claim(toks, m.start(), subject(toks, m.start(), m.end()), false, memory, text);
                case DENY -> denial(claim(toks, m.start(), subject(toks, m.start(), m.end()), false, memory, text));
                default -> null;
            };
            if (c != null) {
                out.add(c);
                if (c.named() && !c.pronoun()) memory = c.source();
            }
            j = m.end();
        }
        if (!out.isEmpty()) gapped(toks, out);
        Claim headline = headlineSource(toks);
        if (headline != null) out.add(headline);
        return out;
    }

    private boolean afterDeterminer(List<Tok> toks, int k) {
        if (k == 0 || !toks.get(k - 1).isWord()) return false;
        String w = toks.get(k - 1).norm();
        return words.isFunctionWord(w) && !words.isPreposition(w);
    }

    /**
     * "La police de A a fait état de 28 morts, celle de B – de 31": after a verb of saying, a clause of a subject and a
     * dash with the verb left out credits what follows the dash to that subject.
     */
    private void gapped(List<Tok> toks, List<Claim> claims) {
        int firstVerb = toks.size();
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() >= claims.get(0).at()) {
                firstVerb = k;
                break;
            }
        }
        for (int k = firstVerb + 1; k < toks.size(); k++) {
            if (!toks.get(k).is(",")) continue;
            int start = k + 1;
            int j = start;
            while (j < toks.size() && j - start < 6 && toks.get(j).isWord() && cueAt(toks, j) != SourceCue.VERB
                    && cueAt(toks, j) != SourceCue.DENY) j++;
            if (j == start || j >= toks.size() || !toks.get(j).is("-") || isStop(cueAt(toks, start))
                    || cueAt(toks, start) == SourceCue.SKIP) continue;
            int[] r = {start, j};
            claims.add(new Claim(toks.get(j).start(), span(toks, r), false, false, isNamed(toks, r)));
        }
        claims.sort(Comparator.comparingInt(Claim::at));
    }

    private static Claim denial(Claim c) {
        return c == null ? null : c.asDenial();
    }

    private Claim claim(List<Tok> toks, int cue, int[] range, boolean according, Span memory, String text) {
        if (range == null || range[0] >= range[1]) return null;
        int at = toks.get(cue).start();
        PhraseTable.Match<SourceCue> p = vocab.sources.match(toks, range[0], range[1]);
        // "We have counted 17 missing": the speaker of the quote, which the quotes layer proposes; no claim here
        if (p != null && p.value() == SourceCue.SPEAKER && p.end() == range[1]) return null;
        if (p != null && p.value() == SourceCue.PRONOUN && p.end() == range[1]) {
            return memory == null ? null : new Claim(at, memory, according, true, true);
        }
        // "the ministry" stands for a ministry named before, not for whoever spoke last ("D'après la CGT, …, alors
        // que le ministère en a compté …"): otherwise the description itself is the source
        if (p != null && p.value() == SourceCue.BODY && p.end() == range[1] && memory != null
                && namesTheSameBody(toks.get(p.end() - 1), memory, text)) {
            return new Claim(at, memory, according, true, true);
        }
        int[] r = trimToName(toks, range);
        return new Claim(at, span(toks, r), according, false, isNamed(toks, r));
    }

    /** "Floods leave 40 dead: rescue service": a few words after a colon end a headline. */
    private Claim headlineSource(List<Tok> toks) {
        int n = toks.size();
        int end = n > 0 && toks.get(n - 1).is(".") ? n - 1 : n;
        int colon = -1;
        for (int k = end - 1; k >= Math.max(1, end - HEADLINE_SOURCE_WORDS - 1); k--) {
            if (toks.get(k).is(":")) {
                colon = k;
                break;
            }
            if (!toks.get(k).isWord()) return null;
        }
        if (colon < 1 || colon + 1 >= end) return null;
        int[] r = {colon + 1, end};
        return new Claim(toks.get(colon).start(), span(toks, r), true, false, isNamed(toks, r));
    }

    /** The subject of the verb at [vs, ve): the words before it in its clause, else the words after it. */
    private int[] subject(List<Tok> toks, int vs, int ve) {
        int k = vs - 1;
        while (k >= 0 && (cueAt(toks, k) == SourceCue.AUX || isBracket(toks.get(k)))) k--;
        int end = k + 1;
        int words = 0;
        while (k >= 0 && !isBoundary(toks, k) && words < MAX_WORDS && cueAt(toks, k) != SourceCue.THAT) {
            k--;
            words++;
        }
        int start = skipLeading(toks, k + 1, end);
        if (start < end && !holdsACount(toks, start, end)) return new int[] {start, end};
        if (start < end) return null;
        if (k >= 0 && toks.get(k).is(",")) {
            int[] name = appositionHead(toks, k);
            if (name != null) return name;
            int[] apposed = beforeApposedAdjunct(toks, k);
            if (apposed != null) return apposed;
            // "The operator, Saltmere Lines, had earlier put the number at six": the name apposed before the verb
            int[] part = partBefore(toks, k);
            if (part != null && allCapitalised(toks, part)) return part;
        }
        return following(toks, ve, false);
    }

    /**
     * "…, officials in the town of Karsk, in western Velmora, told reporters": a place or time apposed between commas
     * right before the verb (its part opens with a preposition) qualifies the subject, which is the part before it.
     * {@code comma} is the comma right before the verb.
     */
    private int[] beforeApposedAdjunct(List<Tok> toks, int comma) {
        int[] adjunct = partBefore(toks, comma);
        if (adjunct == null || !this.words.isPreposition(toks.get(adjunct[0]).norm())) return null;
        int[] subject = adjunct[0] > 0 && toks.get(adjunct[0] - 1).is(",") ? partBefore(toks, adjunct[0] - 1) : null;
        if (subject == null || this.words.isPreposition(toks.get(subject[0]).norm())) return null;
        int start = skipLeading(toks, subject[0], subject[1]);
        return start < subject[1] && !holdsACount(toks, start, subject[1]) ? new int[] {start, subject[1]} : null;
    }

    private static boolean allCapitalised(List<Tok> toks, int[] r) {
        for (int k = r[0]; k < r[1]; k++) if (!toks.get(k).isWord() || !toks.get(k).capitalised()) return false;
        return true;
    }

    /** The words between the boundary before {@code at} and {@code at}, when they are a few words after a comma. */
    private int[] partBefore(List<Tok> toks, int at) {
        int k = at - 1;
        int n = 0;
        while (k >= 0 && !isBoundary(toks, k) && n < MAX_WORDS) {
            k--;
            n++;
        }
        return k >= 0 && toks.get(k).is(",") && n > 0 && toks.get(k + 1).isWord() ? new int[] {k + 1, at} : null;
    }

    /** "Marie Dupuis, porte-parole de la préfecture, a indiqué": the name before an apposition ending at comma c. */
    private int[] appositionHead(List<Tok> toks, int comma) {
        int k = comma - 1;
        while (k >= 0 && !isBoundary(toks, k)) k--;
        if (k < 0 || !toks.get(k).is(",") || k + 1 >= comma || toks.get(k + 1).capitalised()) return null;
        int end = k;
        int start = end;
        while (start > 0 && toks.get(start - 1).isWord() && toks.get(start - 1).capitalised()) start--;
        return end - start >= 2 ? new int[] {start, end} : null;
    }

    /**
     * The X of "according to X": up to a boundary, a verb, or the figure itself; a vague opening that names a count
     * rather than a source is dropped ("le bilan du ministère" → "ministère"; "un nouveau bilan" → nobody).
     */
    private int[] according(List<Tok> toks, int i) {
        int[] r = following(toks, i, true);
        if (r == null) return null;
        PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, r[0], r[1]);
        if (m == null || m.value() != SourceCue.VAGUE) return authorOfDocument(toks, r);
        int start = m.end();
        while (start < r[1] && !toks.get(start).isWord()) start++;
        return start < r[1] ? new int[] {start, r[1]} : null;
    }

    /**
     * "according to an army statement", "according to the latest UN figures": the words before a closing data noun,
     * less those that only say which data, are its author. Data with no such word ("official figures") stay as
     * they are: their sentence names no author.
     */
    private int[] authorOfDocument(List<Tok> toks, int[] r) {
        int noun = r[1] - 1;
        if (noun <= r[0] || !publishedAs(toks, noun, FigureVocabulary.PublishedCue.NOUN)) return r;
        int end = noun;
        while (end > r[0] && (publishedAs(toks, end - 1, FigureVocabulary.PublishedCue.MODIFIER) || !toks.get(end - 1).isWord())) end--;
        int start = r[0];
        while (start < end && (publishedAs(toks, start, FigureVocabulary.PublishedCue.MODIFIER) || !toks.get(start).isWord())) start++;
        return start < end ? new int[] {start, end} : r;
    }

    private boolean publishedAs(List<Tok> toks, int k, FigureVocabulary.PublishedCue kind) {
        PhraseTable.Match<FigureVocabulary.PublishedCue> m = vocab.published.match(toks, k, k + 1);
        return m != null && m.value() == kind;
    }

    /**
     * The source phrase starting at token i, up to a boundary, a number or its approximator, a measure word, a verb
     * of saying, or (for an inverted subject) a stop word such as a preposition opening an adjunct.
     */
    private int[] following(List<Tok> toks, int i, boolean according) {
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
            // "selon un communiqué de l'armée": a vague opening is read whole (its noun may also be a verb)
            PhraseTable.Match<SourceCue> vague = according ? vocab.sources.match(toks, j, toks.size()) : null;
            if (vague != null && vague.value() == SourceCue.VAGUE) {
                words += vague.length();
                j = vague.end();
                continue;
            }
            if (isBoundary(toks, j) || ends(toks, j, words, according)) break;
            // an inverted subject never runs into a number: "accusé de la mort de 12" is an object
            if (t.isNumber() || (!according && words > 0 && isNumberWord(toks, j))) {
                if (!according) return null;
                break;
            }
            j++;
            words++;
        }
        while (j > i && (toks.get(j - 1).is("\"") || isBracket(toks.get(j - 1)))) j--;
        while (i < j && (toks.get(i).is("\"") || isBracket(toks.get(i)))) i++;
        return i < j ? new int[] {i, j} : null;
    }

    private boolean isNumberWord(List<Tok> toks, int j) {
        PhraseTable.Match<FigureVocabulary.NumberWord> m = vocab.numbers.match(toks, j, toks.size());
        return m != null && m.value().kind() == FigureVocabulary.NumberKind.UNIT;
    }

    /**
     * "Some 70 people were said to be hurt", "Eleven people were reported missing": a number of people inside a
     * subject is the figure itself (a number word only when a measure or people noun follows it: "One official said"
     * names a source).
     */
    private boolean holdsACount(List<Tok> toks, int start, int end) {
        for (int k = start; k < end; k++) {
            if (vocab.approximators.match(toks, k, end) != null) return true;
            PhraseTable.Match<FigureVocabulary.NumberWord> w = vocab.numbers.match(toks, k, end);
            if (w != null && w.end() < end && vocab.measures.match(toks, w.end(), end) != null) return true;
            // digits count something unless they belong to a name ("Khabar 24"): "From 2001 to 2004 there were 517
            // cases reported" has no source
            boolean inName = k > 0 && toks.get(k - 1).isWord() && toks.get(k - 1).capitalised()
                    && (k > 1 || toks.get(k).norm().length() < 4);
            if (toks.get(k).isNumber() && !inName) return true;
        }
        return false;
    }

    private boolean ends(List<Tok> toks, int j, int words, boolean according) {
        if (words == 0) return false;
        SourceCue cue = cueAt(toks, j);
        if (cue == SourceCue.THAT || cue == SourceCue.VERB || cue == SourceCue.DENY) return true;
        // "quoted the governor as saying": a cue of several words that introduces what was said ends the phrase too
        PhraseTable.Match<SourceCue> said = cue == null ? vocab.sources.match(toks, j, toks.size()) : null;
        if (said != null && said.value() == SourceCue.THAT) return true;
        if (!according && cue == SourceCue.STOP) return true;
        if (vocab.approximators.match(toks, j, toks.size()) != null) return true;
        // "по данным МЧС погибли 47 человек": a measure verb opening the figure's clause ends the source
        PhraseTable.Match<FigureVocabulary.MeasureCue> m = vocab.measures.match(toks, j, toks.size());
        if (m == null || !m.value().strong() || m.end() >= toks.size()) return false;
        Tok next = toks.get(m.end());
        return next.isNumber() || vocab.approximators.match(toks, m.end(), toks.size()) != null
                || vocab.numbers.match(toks, m.end(), toks.size()) != null;
    }

    private int skipLeading(List<Tok> toks, int start, int end) {
        while (start < end) {
            PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, start, end);
            if (m != null && (m.value() == SourceCue.SKIP || m.value() == SourceCue.ANAPHORA
                    || m.value() == SourceCue.STOP || m.value() == SourceCue.THAT || m.value() == SourceCue.AUX)) {
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

    /**
     * A long phrase ("глава городского управления полиции Иван Петров") is cut to the last run of capitalised words in
     * it, unless that run is the complement of a role before it ("the head of the regional Red Cross"): the body
     * only says whom the role serves, and the role's phrase is the source (its holder is proposed from it).
     */
    private int[] trimToName(List<Tok> toks, int[] r) {
        int words = 0;
        for (int k = r[0]; k < r[1]; k++) if (toks.get(k).isWord()) words++;
        if (words <= TRIM_ABOVE) return r;
        int k = r[1];
        while (k > r[0]) {
            int end = k;
            while (k > r[0]) {
                if (isNamePart(toks.get(k - 1))) k--;
                else if (k < end && nameConnectorBefore(toks, r[0], k) > 0) k -= nameConnectorBefore(toks, r[0], k);
                else break;
            }
            if (end - k >= 2) return complementOfRole(toks, r[0], k) ? r : new int[] {k, end};
            if (end == k) k--;
        }
        return r;
    }

    /**
     * "Council of Ministers", "Ministère de la Santé": a preposition (and a determiner after it) joining two
     * capitalised words belongs to the name; returns how many words it takes, or 0 when none joins at {@code k}.
     */
    private int nameConnectorBefore(List<Tok> toks, int from, int k) {
        int j = k - 1;
        if (j > from && toks.get(j).isWord() && !toks.get(j).capitalised() && words.isFunctionWord(toks.get(j).norm())
                && !words.isPreposition(toks.get(j).norm())) j--;
        if (j <= from || !toks.get(j).isWord() || toks.get(j).capitalised() || !words.isPreposition(toks.get(j).norm())) return 0;
        return isNamePart(toks.get(j - 1)) && toks.get(j - 1).isWord() ? k - j : 0;
    }

    /**
     * A preposition, perhaps with a determiner and an adjective or two after it, right before token {@code at}, and a
     * role noun before it ("the head of the regional Red Cross").
     */
    private boolean complementOfRole(List<Tok> toks, int from, int at) {
        int k = at - 1;
        for (int n = 0; n < MODIFIERS && k > from && toks.get(k).isWord() && !toks.get(k).capitalised()
                && !this.words.isFunctionWord(toks.get(k).norm()); n++) k--;
        if (k > from && toks.get(k).isWord() && this.words.isFunctionWord(toks.get(k).norm())
                && !this.words.isPreposition(toks.get(k).norm())) k--;
        if (k <= from || !toks.get(k).isWord() || !this.words.isPreposition(toks.get(k).norm())) return false;
        for (int j = from; j < k; j++) {
            if (toks.get(j).isWord() && this.words.holderNoun(toks.get(j).norm()).isPresent()) return true;
        }
        return false;
    }

    /** Whether a remembered source names the body a description's noun names (the noun's stem occurs in it). */
    private boolean namesTheSameBody(Tok noun, Span memory, String text) {
        String stem = noun.norm().substring(0, Math.min(BODY_STEM, noun.norm().length()));
        return vocab.reader.normalizer().normalize(text, memory.start(), memory.end()).contains(stem);
    }

    /** A proper name in the phrase: a capital that does not merely open the sentence, or an acronym. */
    private static boolean isNamed(List<Tok> toks, int[] r) {
        for (int k = r[0]; k < r[1]; k++) {
            Tok t = toks.get(k);
            if (t.isWord() && t.capitalised() && (k > 0 || t.acronym())) return true;
        }
        return false;
    }

    private static boolean isStop(SourceCue cue) {
        return cue == SourceCue.STOP || cue == SourceCue.THAT;
    }

    private static Span span(List<Tok> toks, int[] r) {
        return new Span(toks.get(r[0]).start(), toks.get(r[1] - 1).end(), "source");
    }

    private static boolean isNamePart(Tok t) {
        return (t.isWord() && t.capitalised()) || t.isNumber();
    }

    private SourceCue cueAt(List<Tok> toks, int i) {
        PhraseTable.Match<SourceCue> m = vocab.sources.match(toks, i, i + 1);
        return m == null ? null : m.value();
    }

    /**
     * Clause punctuation; but a dash between two capitalised words joins a compound name ("Бад-Нойенар - Арвайлер"),
     * and the dot of a title or an initial before a name ("M. Tokaïev", "Mr. Smith") is not the end of anything.
     */
    private static boolean isBoundary(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (t.kind() != Tok.Kind.PUNCT || !BOUNDARIES.contains(t.norm())) return false;
        if (t.is(".") && k > 0 && k + 1 < toks.size()) {
            Tok a = toks.get(k - 1);
            Tok b = toks.get(k + 1);
            if (a.isWord() && a.capitalised() && !a.acronym() && a.end() - a.start() <= 3 && a.end() == t.start()
                    && b.isWord() && b.capitalised()) return false;
        }
        if (t.is("-") && k > 0 && k + 1 < toks.size()) {
            Tok a = toks.get(k - 1);
            Tok b = toks.get(k + 1);
            // not a dateline ("MOSCOW – A top official"): all-capital words and one-letter words are not name parts
            if (a.isWord() && a.capitalised() && !a.acronym() && b.isWord() && b.capitalised()
                    && b.end() - b.start() >= 3) return false;
        }
        return true;
    }

    private static boolean isBracket(Tok t) {
        return t.is("[") || t.is("]");
    }
}
