package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.attribution.AttributionWords;
import org.newsgraph.annotate.attribution.Candidate;
import org.newsgraph.annotate.attribution.FeatureReader;
import org.newsgraph.annotate.attribution.Ranker;
import org.newsgraph.annotate.attribution.Ranking;
import org.newsgraph.annotate.attribution.RoleHolders;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;

/**
 * Finds the quotes and attributions of one document: groups sentences into units (a direct quote may run over
 * several), reads each unit with a {@link UnitReader}, keeps one quote where a direct quote and reported speech
 * overlap, and resolves pronouns and short descriptions to earlier speakers in text order.
 */
final class QuoteFinder {
    /** Comparing every quote with every other is quadratic: beyond this many, repeated quotes are not looked for. */
    private static final int MAX_QUOTES_COMPARED = 300;

    private final String text;
    private final QuoteWords words;
    private final SpeechLexicon lex;
    private final MentionIndex mentions;
    private final QuoteMarkScanner marks;
    private final int maxChars;
    private final SpeakerFinder speakers;
    private final SpeakerResolver resolver;
    private final DirectQuoteFilter filter;
    private final AttributionWords attributionWords;
    private final RoleHolders roles;
    private final Ranker ranker;
    private SpeakerCandidates candidates;
    private final List<Ranking> rankings = new ArrayList<>();
    private final List<Entity> entities;

    private final List<Found> quotes = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    /** The sentences outside boilerplate, in text order. */
    private final List<Span> body = new ArrayList<>();

    QuoteFinder(QuoteWords words, SpeechLexicon lex, MentionIndex mentions, QuoteMarkScanner marks, int maxChars) {
        this(words, lex, mentions, marks, maxChars, AttributionWords.EMPTY, null, Ranker.standard());
    }

    /**
     * {@code roles}: persons holding the roles the text names (null: none); {@code ranker}: scores each quote's
     * candidate speakers.
     */
    QuoteFinder(QuoteWords words, SpeechLexicon lex, MentionIndex mentions, QuoteMarkScanner marks, int maxChars,
                AttributionWords attributionWords, RoleHolders roles, Ranker ranker) {
        this(words, lex, mentions, marks, maxChars, attributionWords, roles, ranker, List.of());
    }

    /** As above, with the entities the mentions come from (for salience). */
    QuoteFinder(QuoteWords words, SpeechLexicon lex, MentionIndex mentions, QuoteMarkScanner marks, int maxChars,
                AttributionWords attributionWords, RoleHolders roles, Ranker ranker, List<Entity> entities) {
        this.words = words;
        String text = words.text();
        this.entities = entities;
        this.attributionWords = attributionWords;
        this.roles = roles;
        this.ranker = ranker;
        this.text = text;
        this.lex = lex;
        this.mentions = mentions;
        this.marks = marks;
        this.maxChars = maxChars;
        this.speakers = new SpeakerFinder(text, lex, mentions, attributionWords);
        this.resolver = new SpeakerResolver(mentions, body, lex, attributionWords);
        this.filter = new DirectQuoteFilter(words, lex);
    }

    QuoteAnnotator.Result find(List<Span> sentences, List<Span> boilerplate) {
        if (lex.isEmpty()) return QuoteAnnotator.Result.empty();
        String scanned = text.length() > maxChars ? text.substring(0, maxChars) : text;
        List<Span> direct = new ArrayList<>();
        for (Span q : marks.scan(scanned)) {
            if (!overlapsAny(q, boilerplate) && filter.isQuote(q)) direct.add(q);
        }
        for (Span q : new DialogueScanner(lex, words).scan(text, scanned.length())) {
            if (!overlapsAny(q, boilerplate) && !overlapsAny(q, direct)
                    && words.scan(q.start(), q.end()).size() >= DirectQuoteFilter.MIN_QUOTE_WORDS) {
                direct.add(q);
            }
        }
        direct.sort(Comparator.naturalOrder());
        for (Span s : sentences) {
            if (s.end() <= maxChars && !overlapsAny(s, boilerplate) && s.length() > 0) body.add(s);
        }
        RoleHolders holders = roles != null ? roles : new RoleHolders(text, List.of(), body, w -> false);
        candidates = new SpeakerCandidates(text, lex, attributionWords, mentions, holders, body,
                new FeatureReader(text, body, entities, attributionWords));
        int next = 0; // first direct quote not yet given to a unit
        for (int i = 0; i < body.size(); ) {
            int j = i;
            int end = body.get(i).end();
            int k = next;
            while (k < direct.size() && direct.get(k).start() < end) {
                if (direct.get(k).end() > end && j + 1 < body.size()) {
                    j++; // the quote runs over the next sentence: the unit takes it
                    end = body.get(j).end();
                    continue;
                }
                k++;
            }
            if (j + 1 < body.size() && endsWithQuote(end, direct, next, k) && startsWithVerb(body.get(j + 1))) {
                j++; // "“…?” Tokayev asked.": the segmenter cut after the quote
                end = body.get(j).end();
            }
            List<Span> unitSentences = body.subList(i, j + 1);
            int start = unitSentences.get(0).start();
            List<Span> unitQuotes = new ArrayList<>();
            while (next < direct.size() && direct.get(next).start() < end) {
                if (direct.get(next).start() >= start) unitQuotes.add(direct.get(next));
                next++;
            }
            readUnit(unitSentences, unitQuotes, body);
            i = j + 1;
        }
        creditRepeatedQuotes();
        quotes.sort(Comparator.comparingInt(f -> f.start));
        List<Quote> out = new ArrayList<>();
        for (Found f : quotes) {
            Optional<Reference> ref = f.speaker.map(Speaker::ref)
                    .filter(r -> r.entity().isPresent() || r.text().filter(t -> !t.isBlank()).isPresent());
            out.add(new Quote(text.substring(f.start, f.end), f.start, f.end, f.kind == Found.Kind.DIRECT, ref));
            ref.ifPresent(r -> attributions.add(new Attribution(r, f.start, f.end)));
        }
        attributions.sort(Comparator.comparingInt(Attribution::scopeStart));
        return new QuoteAnnotator.Result(List.copyOf(out), List.copyOf(attributions), List.copyOf(rankings));
    }

    private boolean endsWithQuote(int end, List<Span> direct, int from, int to) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        for (int k = from; k < to && k < direct.size(); k++) {
            Span q = direct.get(k);
            if (q.end() >= e - 3 && q.end() <= e) return true;
        }
        return false;
    }

    private boolean startsWithVerb(Span sentence) {
        for (int c = sentence.start() - 1; c >= 0 && Character.isWhitespace(text.charAt(c)); c--) {
            if (text.charAt(c) == '\n') return false;
        }
        List<Word> ws = this.words.scan(sentence.start(), Math.min(sentence.end(), sentence.start() + 200));
        if (ws.size() > 8) return false;
        for (int k = 0; k < ws.size() && k < 5; k++) if (lex.isVerb(ws.get(k).norm())) return true;
        return false;
    }

    private void readUnit(List<Span> unitSentences, List<Span> unitQuotes, List<Span> allSentences) {
        List<Found> found = new UnitReader(words, lex, speakers, unitSentences, unitQuotes).read();
        found = dedupe(found);
        found.sort(Comparator.comparingInt(f -> f.start));
        relayed(found);
        for (Found f : found) {
            switch (f.kind) {
                case SOURCE -> rank(f, f.speaker, f.speaker.flatMap(resolver::resolve), "source")
                        .ifPresent(s -> attributions.add(new Attribution(s.ref(), f.start, f.end)));
                case BACK_REFERENCE -> backReference(f, allSentences);
                default -> {
                    Optional<Speaker> read = f.speaker;
                    if (f.speaker.isEmpty() && f.kind == Found.Kind.DIRECT) {
                        f.speaker = previousSpeakerNear(f);
                        f.slot = Found.Slot.NONE;
                    }
                    f.speaker = rank(f, read, f.speaker.flatMap(resolver::resolve), "quote");
                    f.speaker.ifPresent(resolver::remember);
                    quotes.add(f);
                }
            }
        }
    }

    /**
     * The best-ranked speaker among the candidates of {@code f}: what the reading found ({@code read}), what the
     * resolver made of it, the previous speaker, role holders and nearby entities. The chosen reference carries the
     * ranking's margin as its score.
     */
    private Optional<Speaker> rank(Found f, Optional<Speaker> read, Optional<Speaker> resolved, String target) {
        List<Candidate> cs = candidates.of(f, read, resolved, resolver.last());
        Ranking r = ranker.rank(target, f.start, f.end, cs);
        rankings.add(r);
        if (r.winner().isEmpty()) return Optional.empty();
        Speaker s = r.winner().get().payload();
        Reference ref = s.ref();
        // "he", "the official", "министр": the words the text credits stay the speaker's text, linked to the entity
        // they stand for, whichever candidate supplied it
        boolean refersBack = read.filter(Speaker::needsResolution).flatMap(x -> x.ref().text()).filter(t -> !t.isBlank()).isPresent();
        if (refersBack && ref.entity().isPresent()) {
            Reference words = read.get().ref();
            ref = new Reference(ref.entity(), words.text(), words.start(), words.end());
        }
        Speaker scored = new Speaker(ref.withScore(r.score()), s.kind(), s.type(), s.pronoun(), s.head());
        return Optional.of(scored);
    }

    /**
     * "CNN reported that 20 people were missing, citing local officials", "Об этом передает ТАСС со ссылкой на
     * оперативный штаб": a medium that relays, with a cue in its own sentence naming whom it relays, reports that
     * one's words; the quote (or the sentence it credits) takes the cue's speaker, read as a cue.
     */
    private void relayed(List<Found> found) {
        for (Found f : found) {
            if (f.kind == Found.Kind.SOURCE || f.speaker.isEmpty() || !speakers.isMedium(f.speaker.get())) continue;
            int at = f.speaker.get().ref().start();
            for (Found cue : found) {
                if (cue.kind != Found.Kind.SOURCE || cue.speaker.isEmpty() || at < cue.start || at >= cue.end) continue;
                if (speakers.isMedium(cue.speaker.get())) continue;
                f.speaker = cue.speaker;
                if (f.kind != Found.Kind.BACK_REFERENCE) f.slot = Found.Slot.CUE;
                break;
            }
        }
    }

    /** Where a direct quote and reported speech overlap, one quote stays; of two overlapping reports, the shorter. */
    private static List<Found> dedupe(List<Found> found) {
        Set<Found> dropped = new HashSet<>();
        for (Found a : found) {
            for (Found b : found) {
                if (a == b || dropped.contains(a) || dropped.contains(b) || !a.isQuote() || !b.isQuote()) continue;
                if (a.start >= b.end || b.start >= a.end) continue;
                if (a.kind == Found.Kind.REPORTED && b.kind == Found.Kind.REPORTED) {
                    Found longer = a.length() > b.length() ? a : b;
                    Found shorter = longer == a ? b : a;
                    if (shorter.speaker.isEmpty()) shorter.speaker = longer.speaker;
                    dropped.add(longer);
                } else if (a.kind == Found.Kind.REPORTED && b.kind == Found.Kind.DIRECT) {
                    int overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
                    if (overlap * 10 >= a.length() * 6) {
                        if (b.speaker.isEmpty()) b.speaker = a.speaker;
                        dropped.add(a);
                    } else if (b.start >= a.start - 1 && b.end <= a.end + 1) {
                        if (a.speaker.isEmpty()) a.speaker = b.speaker;
                        dropped.add(b);
                    }
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) if (!dropped.contains(f)) out.add(f);
        return out;
    }

    /** "Об этом сообщил X": the previous sentence is what X said, unless a quote already covers it. */
    private void backReference(Found f, List<Span> allSentences) {
        Span previous = null;
        int lo = 0;
        int hi = allSentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (allSentences.get(mid).end() <= f.start) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0) previous = allSentences.get(lo - 1);
        if (previous == null || f.speaker.isEmpty()) return;
        Optional<Speaker> speaker = f.speaker.flatMap(resolver::resolve);
        for (int k = quotes.size() - 1; k >= 0 && quotes.get(k).end > previous.start(); k--) {
            Found q = quotes.get(k);
            int overlap = Math.min(q.end, previous.end()) - Math.max(q.start, previous.start());
            if (overlap * 2 >= previous.length()) {
                if (q.speaker.isEmpty()) q.speaker = speaker;
                return;
            }
        }
        int start = previous.start();
        int end = previous.end();
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && !UnitWords.isClosingMark(text.charAt(end - 1))) end--;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        if (words.scan(start, end).size() < DirectQuoteFilter.MIN_QUOTE_WORDS) return;
        Found q = new Found(Found.Kind.REPORTED, start, end, speaker);
        speaker.ifPresent(resolver::remember);
        quotes.add(q);
    }

    /** An unattributed direct quote right after another quote of the same paragraph continues it. */
    private Optional<Speaker> previousSpeakerNear(Found f) {
        for (int k = quotes.size() - 1; k >= 0; k--) {
            Found p = quotes.get(k);
            if (p.end > f.start) continue;
            int newlines = 0;
            for (int c = p.end; c < f.start; c++) if (text.charAt(c) == '\n') newlines++;
            if (newlines <= 1 && f.start - p.end < 400) return p.speaker;
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A quote repeated inside a longer attributed quote (a headline quoting the body) takes its speaker. */
    private void creditRepeatedQuotes() {
        if (quotes.size() > MAX_QUOTES_COMPARED || quotes.stream().allMatch(q -> q.speaker.isPresent())) return;
        Map<Found, Set<String>> sets = new HashMap<>();
        for (Found q : quotes) {
            if (q.speaker.isPresent() || q.kind != Found.Kind.DIRECT) continue;
            Set<String> words = wordSet(q.start, q.end);
            for (Found other : quotes) {
                if (other == q || other.speaker.isEmpty()) continue;
                Set<String> ow = sets.computeIfAbsent(other, o -> wordSet(o.start, o.end));
                int shared = 0;
                for (String w : words) if (ow.contains(w)) shared++;
                if (!words.isEmpty() && shared * 5 >= words.size() * 4) {
                    q.speaker = other.speaker;
                    break;
                }
            }
        }
    }

    private Set<String> wordSet(int start, int end) {
        Set<String> s = new HashSet<>();
        for (Word w : words.scan(start, end)) s.add(w.norm());
        return s;
    }

    private static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span b : spans) if (b.overlaps(s)) return true;
        return false;
    }
}
