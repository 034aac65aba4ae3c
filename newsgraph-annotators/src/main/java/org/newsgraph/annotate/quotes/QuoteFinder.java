package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.quotes.SpeechLexicon.CueKind;
import org.newsgraph.annotate.quotes.SpeechLexicon.WordKind;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;

/**
 * Finds the quotes and attributions of one document: groups sentences into units (a direct quote may run over
 * several), reads each unit with a {@link UnitReader}, keeps one quote where a direct quote and reported speech
 * overlap, and resolves pronouns and short descriptions to earlier speakers in text order.
 */
final class QuoteFinder {
    private static final int MIN_QUOTE_WORDS = 3;
    private static final int MAX_NAME_WORDS = 6;
    private static final int RECENT_SPEAKERS = 8;

    private final String text;
    private final SpeechLexicon lex;
    private final MentionIndex mentions;
    private final QuoteMarkScanner marks;
    private final int maxChars;
    private final SpeakerFinder speakers;

    private final List<Found> quotes = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Speaker> recent = new ArrayList<>();

    QuoteFinder(String text, SpeechLexicon lex, MentionIndex mentions, QuoteMarkScanner marks, int maxChars) {
        this.text = text;
        this.lex = lex;
        this.mentions = mentions;
        this.marks = marks;
        this.maxChars = maxChars;
        this.speakers = new SpeakerFinder(text, lex, mentions);
    }

    QuoteAnnotator.Result find(List<Span> sentences, List<Span> boilerplate) {
        if (lex.isEmpty()) return QuoteAnnotator.Result.empty();
        String scanned = text.length() > maxChars ? text.substring(0, maxChars) : text;
        List<Span> direct = new ArrayList<>();
        for (Span q : marks.scan(scanned)) {
            if (!overlapsAny(q, boilerplate) && isQuote(q)) direct.add(q);
        }
        List<Span> body = new ArrayList<>();
        for (Span s : sentences) {
            if (s.end() <= maxChars && !overlapsAny(s, boilerplate) && s.length() > 0) body.add(s);
        }
        int di = 0;
        for (int i = 0; i < body.size(); ) {
            int j = i;
            int end = body.get(i).end();
            boolean grown = true;
            while (grown) {
                grown = false;
                for (Span q : direct) {
                    if (q.start() < end && q.end() > end && j + 1 < body.size()) {
                        j++;
                        end = body.get(j).end();
                        grown = true;
                    }
                }
            }
            if (j + 1 < body.size() && endsWithQuote(end, direct) && startsWithVerb(body.get(j + 1))) {
                j++; // "“…?” Tokayev asked.": the segmenter cut after the quote
                end = body.get(j).end();
            }
            List<Span> unitSentences = body.subList(i, j + 1);
            int start = unitSentences.get(0).start();
            List<Span> unitQuotes = new ArrayList<>();
            for (Span q : direct) if (q.start() >= start && q.start() < end) unitQuotes.add(q);
            readUnit(unitSentences, unitQuotes, sentences);
            i = j + 1;
        }
        creditRepeatedQuotes();
        quotes.sort(Comparator.comparingInt(f -> f.start));
        List<Quote> out = new ArrayList<>();
        for (Found f : quotes) {
            Optional<Reference> ref = f.speaker.map(Speaker::ref).filter(r -> r.entity().isPresent() || r.text().filter(t -> !t.isBlank()).isPresent());
            out.add(new Quote(text.substring(f.start, f.end), f.start, f.end, f.kind == Found.Kind.DIRECT, ref));
            ref.ifPresent(r -> attributions.add(new Attribution(r, f.start, f.end)));
        }
        attributions.sort(Comparator.comparingInt(Attribution::scopeStart));
        return new QuoteAnnotator.Result(List.copyOf(out), List.copyOf(attributions));
    }

    private boolean endsWithQuote(int end, List<Span> direct) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        for (Span q : direct) if (q.end() >= e - 3 && q.end() <= e) return true;
        return false;
    }

    private boolean startsWithVerb(Span sentence) {
        for (int c = sentence.start() - 1; c >= 0 && Character.isWhitespace(text.charAt(c)); c--) {
            if (text.charAt(c) == '\n') return false;
        }
        List<Word> words = Words.scan(text, sentence.start(), Math.min(sentence.end(), sentence.start() + 200));
        if (words.size() > 8) return false;
        for (int k = 0; k < words.size() && k < 5; k++) if (lex.isVerb(words.get(k).norm())) return true;
        return false;
    }

    private void readUnit(List<Span> unitSentences, List<Span> unitQuotes, List<Span> allSentences) {
        List<Found> found = new UnitReader(text, lex, speakers, unitSentences, unitQuotes).read();
        found = dedupe(found);
        found.sort(Comparator.comparingInt(f -> f.start));
        for (Found f : found) {
            switch (f.kind) {
                case SOURCE -> f.speaker.flatMap(this::resolve).ifPresent(s -> attributions.add(new Attribution(s.ref(), f.start, f.end)));
                case BACK_REFERENCE -> backReference(f, allSentences);
                default -> {
                    if (f.speaker.isEmpty() && f.kind == Found.Kind.DIRECT) f.speaker = previousSpeakerNear(f);
                    f.speaker = f.speaker.flatMap(this::resolve);
                    f.speaker.ifPresent(this::remember);
                    quotes.add(f);
                }
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
        for (Span s : allSentences) {
            if (s.end() <= f.start) previous = s;
        }
        if (previous == null || f.speaker.isEmpty()) return;
        Optional<Speaker> speaker = f.speaker.flatMap(this::resolve);
        for (Found q : quotes) {
            int overlap = Math.min(q.end, previous.end()) - Math.max(q.start, previous.start());
            if (overlap * 2 >= previous.length()) {
                if (q.speaker.isEmpty()) q.speaker = speaker;
                return;
            }
        }
        int start = previous.start();
        int end = previous.end();
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && !UnitReader.isClosingMark(text.charAt(end - 1))) end--;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        if (Words.scan(text, start, end).size() < MIN_QUOTE_WORDS) return;
        Found q = new Found(Found.Kind.REPORTED, start, end, speaker);
        speaker.ifPresent(this::remember);
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
        for (Found q : quotes) {
            if (q.speaker.isPresent()) continue;
            Set<String> words = wordSet(q.start, q.end);
            for (Found other : quotes) {
                if (other == q || other.speaker.isEmpty()) continue;
                Set<String> ow = wordSet(other.start, other.end);
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
        for (Word w : Words.scan(text, start, end)) s.add(w.norm());
        return s;
    }

    // ---- resolution

    private Optional<Speaker> resolve(Speaker s) {
        if (!s.needsResolution()) return Optional.of(s);
        if (s.kind() == Speaker.Kind.PRONOUN) {
            boolean singular = s.pronoun().filter(k -> k == WordKind.PRONOUN_M || k == WordKind.PRONOUN_F).isPresent();
            for (int k = recent.size() - 1; k >= 0; k--) {
                Speaker r = recent.get(k);
                if (!singular || !r.isOrganisation()) return Optional.of(r.standingFor(s));
            }
            EntityType type = singular ? EntityType.PERSON : EntityType.ORGANIZATION;
            return mentions.lastBefore(s.ref().start(), type)
                    .map(e -> Speaker.entity(new Reference(Optional.of(e.entityId()), s.ref().text(), s.ref().start(), s.ref().end()), e.type()));
        }
        String head = s.head();
        for (int k = recent.size() - 1; k >= 0 && !head.isEmpty(); k--) {
            Speaker r = recent.get(k);
            if (head.equals(r.head()) || Words.normalise(r.ref().text().orElse("")).contains(head)) return Optional.of(r.standingFor(s));
        }
        if (s.kind() == Speaker.Kind.ROLE) return Optional.of(s);
        if (!recent.isEmpty()) return Optional.of(recent.get(recent.size() - 1).standingFor(s));
        Optional<MentionIndex.Entry> e = mentions.lastBefore(s.ref().start(), EntityType.PERSON)
                .or(() -> mentions.lastBefore(s.ref().start(), EntityType.ORGANIZATION));
        if (e.isPresent()) {
            return Optional.of(Speaker.entity(new Reference(Optional.of(e.get().entityId()), s.ref().text(), s.ref().start(), s.ref().end()), e.get().type()));
        }
        boolean hasText = s.ref().text().filter(t -> !t.isBlank()).isPresent();
        return hasText ? Optional.of(Speaker.of(Speaker.Kind.DESCRIPTIVE, s.ref(), head)) : Optional.empty();
    }

    private void remember(Speaker s) {
        recent.add(s);
        if (recent.size() > RECENT_SPEAKERS) recent.remove(0);
    }

    // ---- what counts as a direct quote

    private boolean isQuote(Span q) {
        List<Word> words = Words.scan(text, q.start(), q.end());
        if (words.size() < MIN_QUOTE_WORDS) return false;
        if (words.size() <= MAX_NAME_WORDS && allCapitalised(words) && !endsSentence(q)) return false;
        if (words.size() <= 4 && words.get(0).capitalised(text) && !hasPunctuation(q)) return false; // a name: «Белорусская ассоциация журналистов»
        List<Word> before = Words.scan(text, Math.max(0, q.start() - 40), Math.max(0, q.start() - 1));
        for (int k = Math.max(0, before.size() - 2); k < before.size(); k++) {
            if (lex.isCue(before.get(k).norm(), CueKind.TITLE_CUE)) return false;
        }
        return true;
    }

    private boolean allCapitalised(List<Word> words) {
        for (Word w : words) {
            if (!w.capitalised(text) && !Character.isDigit(text.charAt(w.start())) && w.end() - w.start() > 3) return false;
        }
        return true;
    }

    private boolean hasPunctuation(Span q) {
        for (int i = q.start(); i < q.end(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '…') return true;
        }
        return false;
    }

    private boolean endsSentence(Span q) {
        for (int i = q.end() - 1; i >= q.start(); i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
            if (c == '.' || c == '!' || c == '?' || c == '…') return true;
        }
        return false;
    }

    private static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span b : spans) if (b.overlaps(s)) return true;
        return false;
    }
}
