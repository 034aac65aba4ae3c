package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.quotes.SpeechLexicon.WordKind;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;

/**
 * Reads the speaker out of the words around a verb of saying: a person or organisation mention from the entities
 * layer first, else a description headed by a speaker noun, a capitalised name, a pronoun, or the phrase itself.
 */
final class SpeakerFinder {
    private static final int MAX_DESCRIPTION_WORDS = 10;

    private final String text;
    private final SpeechLexicon lex;
    private final MentionIndex mentions;

    SpeakerFinder(String text, SpeechLexicon lex, MentionIndex mentions) {
        this.text = text;
        this.lex = lex;
        this.mentions = mentions;
    }

    /**
     * The speaker named by {@code region} (words between breaks, in order); {@code sentenceStart} is the offset of
     * the sentence, whose first word is capitalised whatever it is.
     */
    Optional<Speaker> find(List<Word> region, int sentenceStart) {
        if (region.isEmpty()) return Optional.empty();
        Optional<Speaker> fromEntity = fromMentions(region);
        if (fromEntity.isPresent()) return fromEntity;
        List<List<Word>> parts = splitAtCommas(region);
        for (int p = 0; p < parts.size(); p++) {
            Optional<Speaker> s = fromPart(parts.get(p), sentenceStart);
            if (s.isEmpty()) continue;
            if (s.get().kind() != Speaker.Kind.PRONOUN && p + 1 < parts.size() && allCapitalised(parts.get(p + 1))) {
                return Optional.of(name(parts.get(p + 1))); // "the spokesman of X, Jane Doe, said": the apposition names him
            }
            return s;
        }
        return Optional.empty();
    }

    private Optional<Speaker> fromMentions(List<Word> region) {
        int from = region.get(0).start();
        int to = region.get(region.size() - 1).end();
        MentionIndex.Entry person = null;
        MentionIndex.Entry org = null;
        MentionIndex.Entry fallback = null;
        for (MentionIndex.Entry e : mentions.within(from, to)) {
            if (!e.isSpeakerType()) continue;
            if (fallback == null) fallback = e;
            if (afterPreposition(region, e.start())) continue;
            if (e.type() == EntityType.PERSON && person == null) person = e;
            if (e.type() == EntityType.ORGANIZATION && org == null) org = e;
        }
        MentionIndex.Entry chosen = person != null ? person : org != null ? org : fallback;
        if (chosen == null) return Optional.empty();
        Mention m = chosen.mention();
        Reference ref = new Reference(Optional.of(chosen.entityId()), Optional.of(m.text()), m.start(), m.end());
        return Optional.of(Speaker.entity(ref, chosen.type()));
    }

    private boolean afterPreposition(List<Word> region, int offset) {
        Word before = null;
        for (Word w : region) {
            if (w.end() > offset) break;
            before = w;
        }
        return before != null && lex.is(before.norm(), WordKind.PREPOSITION);
    }

    private Optional<Speaker> fromPart(List<Word> part, int sentenceStart) {
        List<Word> words = new ArrayList<>(part);
        while (!words.isEmpty() && lex.is(words.get(0).norm(), WordKind.TIME)) words.remove(0);
        if (words.isEmpty()) return Optional.empty();
        boolean prepositional = lex.is(words.get(0).norm(), WordKind.PREPOSITION);
        for (Word w : words) {
            Optional<WordKind> pro = lex.pronoun(w.norm());
            if (pro.isPresent() && (words.size() <= 3 || w == words.get(0))) {
                return Optional.of(Speaker.pronoun(Reference.ofText(text.substring(w.start(), w.end()), w.start(), w.end()), pro.get()));
            }
        }
        int head = -1;
        for (int i = 0; i < words.size(); i++) {
            if (lex.is(words.get(i).norm(), WordKind.HEAD) || lex.is(words.get(i).norm(), WordKind.COLLECTIVE)) {
                head = i;
                break;
            }
        }
        if (head >= 0) {
            Word h = words.get(head);
            if (prepositional) {
                return Optional.of(Speaker.of(Speaker.Kind.ANAPHOR, ref(List.of(h)), h.norm()));
            }
            List<Word> np = words.subList(0, Math.min(words.size(), MAX_DESCRIPTION_WORDS));
            boolean collective = lex.is(h.norm(), WordKind.COLLECTIVE);
            boolean shortDefinite = np.size() == 2 && head == 1 && lex.is(np.get(0).norm(), WordKind.DEFINITE);
            boolean bare = np.size() == 1;
            Speaker.Kind kind = !collective && (shortDefinite || bare) ? Speaker.Kind.ANAPHOR : Speaker.Kind.DESCRIPTIVE;
            return Optional.of(Speaker.of(kind, ref(np), h.norm()));
        }
        List<Word> run = capitalisedRun(words, sentenceStart);
        if (!run.isEmpty()) return Optional.of(name(run));
        if (!prepositional && words.size() <= 6) {
            return Optional.of(Speaker.of(Speaker.Kind.DESCRIPTIVE, ref(words), ""));
        }
        return Optional.empty();
    }

    /** The first run of capitalised words; a lone sentence-initial word counts only when it is the whole phrase. */
    private List<Word> capitalisedRun(List<Word> words, int sentenceStart) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).capitalised(text)) continue;
            int j = i + 1;
            while (j < words.size() && words.get(j).capitalised(text) && adjacent(words.get(j - 1), words.get(j))) j++;
            List<Word> run = words.subList(i, j);
            boolean sentenceInitial = run.get(0).start() == sentenceStart || onlySpaceBetween(sentenceStart, run.get(0).start());
            if (sentenceInitial && run.size() == 1 && (words.size() > 1 || isFunctionWord(run.get(0)))) {
                i = j - 1;
                continue;
            }
            return run;
        }
        return List.of();
    }

    private boolean isFunctionWord(Word w) {
        String n = w.norm();
        return lex.is(n, WordKind.DEFINITE) || lex.is(n, WordKind.INDEFINITE) || lex.is(n, WordKind.PREPOSITION)
                || lex.is(n, WordKind.TIME) || lex.pronoun(n).isPresent();
    }

    private boolean onlySpaceBetween(int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    private boolean adjacent(Word a, Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-') return false;
        }
        return true;
    }

    private boolean allCapitalised(List<Word> words) {
        if (words.isEmpty() || words.size() > 5) return false;
        for (Word w : words) if (!w.capitalised(text)) return false;
        return true;
    }

    private Speaker name(List<Word> run) {
        return Speaker.of(Speaker.Kind.NAME, ref(run), "");
    }

    private List<List<Word>> splitAtCommas(List<Word> region) {
        List<List<Word>> parts = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        for (int i = 0; i < region.size(); i++) {
            if (i > 0 && commaBetween(region.get(i - 1), region.get(i))) {
                parts.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(region.get(i));
        }
        parts.add(cur);
        return parts;
    }

    private boolean commaBetween(Word a, Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')') return true;
        }
        return false;
    }

    private Reference ref(List<Word> words) {
        int s = words.get(0).start();
        int e = words.get(words.size() - 1).end();
        return Reference.ofText(text.substring(s, e), s, e);
    }
}
