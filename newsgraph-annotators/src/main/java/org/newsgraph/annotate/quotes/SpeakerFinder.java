package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.attribution.AttributionWords;
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
    /** Words a time phrase opening a subject may have before its time word ("three days later"). */
    private static final int MAX_TIME_PHRASE_WORDS = 4;
    /**
     * Words a speaker noun may stand after in its phrase: a determiner and up to four modifiers ("a senior water
     * ministry engineer").
     */
    private static final int MAX_HEAD_POSITION = 5;
    /** Words a document may stand after in a phrase that names its author ("the latest report by"). */
    private static final int MAX_DOCUMENT_POSITION = 3;

    private final String text;
    private final SpeechLexicon lex;
    private final MentionIndex mentions;
    private final AttributionWords channels;

    SpeakerFinder(String text, SpeechLexicon lex, MentionIndex mentions) {
        this(text, lex, mentions, AttributionWords.EMPTY);
    }

    /** {@code channels}: the media and addressees that end a description ("le maire à France Info"). */
    SpeakerFinder(String text, SpeechLexicon lex, MentionIndex mentions, AttributionWords channels) {
        this.text = text;
        this.lex = lex;
        this.mentions = mentions;
        this.channels = channels;
    }

    /**
     * The speaker named by {@code region} (words between breaks, in order); {@code sentenceStart} is the offset of
     * the sentence, whose first word is capitalised whatever it is.
     */
    Optional<Speaker> find(List<Word> region, int sentenceStart) {
        return find(region, sentenceStart, true);
    }

    /**
     * As {@link #find(List, int)}; {@code beforeVerb} says whether the region precedes its verb (the subject stands
     * next to the verb) or follows it ("a précisé Martin hier sur Radio Lumière": the first name).
     */
    Optional<Speaker> find(List<Word> region, int sentenceStart, boolean beforeVerb) {
        if (region.isEmpty()) return Optional.empty();
        region = beforeChannel(region);
        if (region.isEmpty()) return Optional.empty();
        Optional<Speaker> fromEntity = fromMentions(region, beforeVerb);
        Optional<Speaker> fromText = fromParts(region, sentenceStart, beforeVerb);
        // "министр здравоохранения Татарстана Марат Садыков": a role with a name in apposition names the speaker,
        // whatever else the role mentions
        boolean roleWithName = fromText.filter(t -> t.kind() == Speaker.Kind.NAME && !t.head().isEmpty()).isPresent();
        if (!roleWithName) return fromEntity.isPresent() ? fromEntity : fromText;
        Reference name = fromText.get().ref();
        Optional<Speaker> named = personWithin(name.start(), name.end());
        if (named.isPresent()) return named;
        return fromEntity.filter(e -> !e.isOrganisation() && e.ref().start() >= name.start()).or(() -> fromText);
    }

    private Optional<Speaker> personWithin(int from, int to) {
        for (MentionIndex.Entry e : mentions.within(from, to)) {
            if (e.type() == EntityType.PERSON) {
                Mention m = e.mention();
                return Optional.of(Speaker.entity(new Reference(Optional.of(e.entityId()), Optional.of(m.text()),
                        m.start(), m.end()), e.type()));
            }
        }
        return Optional.empty();
    }

    private Optional<Speaker> fromParts(List<Word> region, int sentenceStart, boolean beforeVerb) {
        List<List<Word>> parts = splitAtCommas(region);
        int adjacent = beforeVerb ? parts.size() - 1 : 0;
        for (int p = 0; p < parts.size(); p++) {
            Optional<Speaker> s = fromPart(parts.get(p), sentenceStart, beforeVerb, p == adjacent);
            if (s.isEmpty()) continue;
            if (s.get().kind() != Speaker.Kind.PRONOUN && p + 1 < parts.size() && allCapitalised(parts.get(p + 1))) {
                return Optional.of(name(parts.get(p + 1))); // "the spokesman of X, Jane Doe, said": the apposition names him
            }
            return s;
        }
        return Optional.empty();
    }

    private Optional<Speaker> fromMentions(List<Word> region, boolean beforeVerb) {
        int from = region.get(0).start();
        int to = region.get(region.size() - 1).end();
        MentionIndex.Entry person = null;
        MentionIndex.Entry org = null;
        MentionIndex.Entry fallback = null;
        for (MentionIndex.Entry e : mentions.within(from, to)) {
            if (!e.isSpeakerType()) continue;
            // "the UN humanitarian office": a body named by its parent organisation is not that organisation
            if (e.type() == EntityType.ORGANIZATION && modifiesBody(region, e)) continue;
            // "Verinia's top prosecutor", "the mayor's spokesman": a possessive name qualifies the speaker it opens
            if (possessiveBefore(region, e)) continue;
            if (fallback == null) fallback = e;
            if (afterPreposition(region, e.start())) continue;
            if (e.type() == EntityType.PERSON && person == null) person = e;
            if (e.type() == EntityType.ORGANIZATION && (org == null || beforeVerb && sameClauseAsVerb(region, e))) org = e;
        }
        MentionIndex.Entry chosen = person != null ? person : org;
        if (chosen == null) {
            // only mentions inside prepositional phrases ("the head of the service at the Prosecutor's Office"):
            // the description names the speaker better, when there is one
            // and so does a name no mention covers before them ("Tomas Okafor of the Red Cross")
            if (fallback == null || hasHead(region) || uncoveredNameBefore(region, fallback.start())) return Optional.empty();
            chosen = fallback;
        }
        Mention m = chosen.mention();
        Reference ref = new Reference(Optional.of(chosen.entityId()), Optional.of(m.text()), m.start(), m.end());
        return Optional.of(Speaker.entity(ref, chosen.type()));
    }

    /**
     * True when the mention ends in a possessive ("'s", "’s", or a bare apostrophe after an s) and a word of the
     * region follows it: the name qualifies that word rather than speaking. Reads the two characters after the mention.
     */
    private boolean possessiveBefore(List<Word> region, MentionIndex.Entry e) {
        int k = e.end();
        if (k >= text.length() || text.charAt(k) != '\'' && text.charAt(k) != '’') return false;
        boolean ending = k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1))
                || text.charAt(k + 1) == 's' && (k + 2 >= text.length() || !Character.isLetter(text.charAt(k + 2)));
        return ending && region.get(region.size() - 1).start() > k;
    }

    /**
     * True when a capitalised word that no mention covers stands before {@code offset} in the region, other than the
     * first word of the region (capitalised wherever a sentence starts).
     */
    private boolean uncoveredNameBefore(List<Word> region, int offset) {
        for (int i = 1; i < region.size() && region.get(i).end() <= offset; i++) {
            Word w = region.get(i);
            if (w.capitalised(text) && !lex.is(w.norm(), WordKind.TIME) && !mentions.overlaps(w.start(), w.end())) return true;
        }
        return false;
    }

    /** True when no comma separates the mention from the end of the region ("Regional broadcaster Canal 9 said"). */
    private boolean sameClauseAsVerb(List<Word> region, MentionIndex.Entry e) {
        for (int i = e.end(); i < region.get(region.size() - 1).end(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == '–' || c == '—') return false;
        }
        return true;
    }

    private boolean hasHead(List<Word> region) {
        for (Word w : region) if (lex.is(w.norm(), WordKind.HEAD) || lex.is(w.norm(), WordKind.COLLECTIVE)) return true;
        return false;
    }

    /** True when a word naming a body follows the mention in its phrase ("the UN refugee agency"). */
    private boolean modifiesBody(List<Word> region, MentionIndex.Entry e) {
        return channels.bodyNounFollows(text, e.end(), region.get(region.size() - 1).end());
    }

    private boolean isDeterminer(Word w) {
        return lex.is(w.norm(), WordKind.DEFINITE) || lex.is(w.norm(), WordKind.INDEFINITE);
    }

    /**
     * True when a preposition stands before the mention, perhaps with a determiner between ("at the …") or a title
     * ("the former aide to President …").
     */
    private boolean afterPreposition(List<Word> region, int offset) {
        int k = -1;
        for (int i = 0; i < region.size() && region.get(i).end() <= offset; i++) k = i;
        // a title is a capitalised word right before the name that no mention of its own covers ("à l'AFP Jean X")
        while (k > 0 && region.get(k).capitalised(text) && offset - region.get(k).end() <= 1
                && !lex.is(region.get(k).norm(), WordKind.PREPOSITION)
                && !mentions.overlaps(region.get(k).start(), region.get(k).end())) {
            offset = region.get(k).start();
            k--;
        }
        if (k >= 0 && (lex.is(region.get(k).norm(), WordKind.DEFINITE) || lex.is(region.get(k).norm(), WordKind.INDEFINITE))) k--;
        return k >= 0 && lex.is(region.get(k).norm(), WordKind.PREPOSITION);
    }

    private Optional<Speaker> fromPart(List<Word> part, int sentenceStart, boolean beforeVerb, boolean nextToVerb) {
        List<Word> words = new ArrayList<>(part);
        if (isDateline(words, sentenceStart)) return Optional.empty();
        boolean prepositional = false;
        while (!words.isEmpty() && (lex.is(words.get(0).norm(), WordKind.TIME) || lex.is(words.get(0).norm(), WordKind.SKIP)
                || lex.is(words.get(0).norm(), WordKind.PREPOSITION))) {
            prepositional |= lex.is(words.get(0).norm(), WordKind.PREPOSITION);
            words.remove(0);
        }
        // "Three days later the minister", "Two hours later a spokesman", "In 2019 a regional audit office": a time
        // phrase ends right before the determiner that opens the subject (a number only after the preposition that
        // opened the phrase: "In 2019", never "10 residents")
        for (int i = prepositional ? 0 : 1; i + 1 < words.size() && i < MAX_TIME_PHRASE_WORDS; i++) {
            Word w = words.get(i);
            boolean time = lex.is(w.norm(), WordKind.TIME) || prepositional && Character.isDigit(text.charAt(w.start()));
            if (time && isDeterminer(words.get(i + 1))) {
                words.subList(0, i + 1).clear();
                prepositional = false; // the preposition belonged to the time phrase
                break;
            }
        }
        if (words.isEmpty()) return Optional.empty();
        // "a report by the state audit office said", "un communiqué de la préfecture indique": the author speaks
        words.subList(0, documentAuthorAt(words)).clear();
        for (Word w : words) {
            Optional<WordKind> pro = lex.pronoun(w.norm());
            if (pro.isPresent() && !prepositional && (words.size() <= 3 || w == words.get(0))) {
                return Optional.of(Speaker.pronoun(Reference.ofText(text.substring(w.start(), w.end()), w.start(), w.end()), pro.get()));
            }
        }
        int head = -1;
        for (int i = 0; i < words.size() && i < MAX_HEAD_POSITION; i++) {
            if (lex.is(words.get(i).norm(), WordKind.HEAD) || lex.is(words.get(i).norm(), WordKind.COLLECTIVE)) {
                head = i;
                break;
            }
        }
        if (head >= 0) {
            Word h = words.get(head);
            List<Word> np = cutAtAdjunct(words, head);
            np = np.subList(0, Math.min(np.size(), MAX_DESCRIPTION_WORDS));
            List<Word> name = trailingName(np, head);
            if (!name.isEmpty()) return Optional.of(Speaker.of(Speaker.Kind.NAME, ref(name), h.norm()));
            boolean collective = lex.is(h.norm(), WordKind.COLLECTIVE);
            boolean definite = lex.is(np.get(0).norm(), WordKind.DEFINITE);
            boolean indefinite = lex.is(np.get(0).norm(), WordKind.INDEFINITE);
            Speaker.Kind kind;
            if (!collective && (np.size() == 1 || np.size() == 2 && head == 1 && definite)) kind = Speaker.Kind.ANAPHOR;
            else if (!collective && !indefinite && np.size() <= 3) kind = Speaker.Kind.ROLE;
            else kind = Speaker.Kind.DESCRIPTIVE;
            return Optional.of(Speaker.of(kind, ref(np), h.norm()));
        }
        List<Word> run = capitalisedRun(words, sentenceStart, beforeVerb);
        if (!run.isEmpty()) {
            Word last = run.get(run.size() - 1);
            int at = words.indexOf(last);
            if (last.norm().endsWith("'s") && at + 1 < words.size()) {
                // "Trump's campaign": the description the possessive name opens
                List<Word> np = words.subList(words.indexOf(run.get(0)), Math.min(words.size(), at + 4));
                return Optional.of(Speaker.of(Speaker.Kind.DESCRIPTIVE, ref(np), ""));
            }
            return Optional.of(name(run));
        }
        // "That said, …": a phrase of function words alone names nobody
        if (!prepositional && nextToVerb && words.size() <= 6 && !allFunctionWords(words)) {
            return Optional.of(Speaker.of(Speaker.Kind.DESCRIPTIVE, ref(words), ""));
        }
        return Optional.empty();
    }

    /**
     * Where the author of a document opening the phrase starts ("a report by | the audit office", "un communiqué de |
     * la préfecture"): after a document word among the first words and the preposition right after it; 0 when the
     * phrase opens on no document or names no author after it.
     */
    private int documentAuthorAt(List<Word> words) {
        for (int i = 0; i + 2 < words.size() && i < MAX_DOCUMENT_POSITION; i++) {
            if (channels.is(words.get(i).norm(), AttributionWords.Kind.DOCUMENT) && lex.is(words.get(i + 1).norm(), WordKind.PREPOSITION)) {
                return i + 2;
            }
        }
        return 0;
    }

    /**
     * "a déclaré le maire à France Info", "said the mayor to CNN", "сказал глава района РИА Новости": after a speaker
     * noun, a medium (alone or after a preposition and a determiner) or an addressee is whom the speaker told, and
     * ends the phrase that names the speaker. Only words after a speaker noun are read, so "CNN said" keeps CNN. Runs
     * on the few words of one phrase per verb of saying, never per token of the text.
     */
    private List<Word> beforeChannel(List<Word> region) {
        int head = -1;
        for (int i = 0; i < region.size() && i < MAX_HEAD_POSITION; i++) {
            if (lex.is(region.get(i).norm(), WordKind.HEAD) || lex.is(region.get(i).norm(), WordKind.COLLECTIVE)) {
                head = i;
                break;
            }
        }
        if (head < 0) return region;
        for (int i = head + 1; i < region.size(); i++) {
            int m = i;
            if (lex.is(region.get(m).norm(), WordKind.PREPOSITION)) {
                m++;
                if (m < region.size() && lex.is(region.get(m).norm(), WordKind.DEFINITE)) m++;
            }
            if (m < region.size() && namesChannel(region, m, m > i)) return region.subList(0, i);
        }
        return region;
    }

    /**
     * A named medium (capitalised, one word or two: "France Info", "РИА Новости"), or, without a preposition, a
     * dative addressee ("Интерфаксу"); a common noun ("a spokesman for the agency") is part of the description.
     */
    private boolean namesChannel(List<Word> region, int i, boolean afterPreposition) {
        if (!region.get(i).capitalised(text)) return false;
        String n = region.get(i).norm();
        if (channels.is(n, AttributionWords.Kind.MEDIUM)) return true;
        if (!afterPreposition && channels.is(n, AttributionWords.Kind.ADDRESSEE)) return true;
        return i + 1 < region.size() && channels.is(n + " " + region.get(i + 1).norm(), AttributionWords.Kind.MEDIUM);
    }

    /**
     * "according to official data", "d'après les chiffres officiels", "по официальным данным": a cue whose words name
     * only a document, as a phrase of its own, so that ranking knows the clause credits data nobody is named for
     * rather than the last speaker; empty when no word is a document.
     */
    Optional<Speaker> document(List<Word> words) {
        for (Word w : words) {
            if (channels.is(w.norm(), AttributionWords.Kind.DOCUMENT)) {
                return Optional.of(Speaker.of(Speaker.Kind.DESCRIPTIVE, ref(words), ""));
            }
        }
        return Optional.empty();
    }

    /**
     * True for a verb of saying that is itself a channel cue ("told"): whom it was said to follows it, never the
     * speaker and never the content.
     */
    boolean takesAddressee(String norm) {
        return channels.is(norm, AttributionWords.Kind.CHANNEL_CUE);
    }

    /** True when the word names a document or data ("report", "chiffres", "данным"). */
    boolean isDocumentWord(Word w) {
        return channels.is(w.norm(), AttributionWords.Kind.DOCUMENT);
    }

    /** True when the speaker's words name a medium ("ТАСС", "CNN", "the news agency"): a relay, not a source. */
    boolean isMedium(Speaker s) {
        String t = s.ref().text().orElse("");
        return !t.isBlank() && (channels.anyWord(t, AttributionWords.Kind.MEDIUM) || mediumNounBefore(s.ref().start()));
    }

    /** "Local broadcaster Canal Nord", "la chaîne X": a word naming a medium right before the name. */
    private boolean mediumNounBefore(int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        return from < end && end < start && channels.is(text.substring(from, end), AttributionWords.Kind.MEDIUM);
    }

    /** "MOSCOW –", "МОСКВА, 23 янв": an all-capitals place name opening a wire story. */
    private boolean isDateline(List<Word> words, int sentenceStart) {
        if (words.isEmpty() || words.size() > 2) return false;
        Word w = words.get(0);
        if (!onlySpaceBetween(sentenceStart, w.start())) return false;
        if (w.end() - w.start() < 3) return false;
        for (int i = w.start(); i < w.end(); i++) if (Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }

    /**
     * The description ends before a phrase of time or place that follows its head ("… в пятницу на пресс-конференции"),
     * before the verb of a passive ("was", "were") and before a relative clause ("who asked not to be named").
     */
    private List<Word> cutAtAdjunct(List<Word> np, int head) {
        for (int i = head + 1; i < np.size(); i++) {
            String n = np.get(i).norm();
            if (lex.is(n, WordKind.TIME)) return np.subList(0, i);
            // "a senior official who asked not to be named": the relative clause describes, it does not name
            if (lex.is(n, WordKind.RELATIVE_PRONOUN)) return np.subList(0, i);
            // "a police spokesman was quoted by the agency as saying": the verb of the passive ends the phrase
            if (lex.isCue(n, SpeechLexicon.CueKind.PASSIVE)) return np.subList(0, i);
            if (lex.is(n, WordKind.PREPOSITION) && i + 1 < np.size() && lex.is(np.get(i + 1).norm(), WordKind.TIME)) return np.subList(0, i);
        }
        return np;
    }

    /**
     * A name in apposition at the end of a description ("мэр города Иван Петров", "fleet commander
     * Anna Berg"): its last two capitalised words, unless a preposition binds them to the head ("authorities
     * of Mariupol").
     */
    private List<Word> trailingName(List<Word> np, int head) {
        int end = np.size();
        int start = end;
        while (start - 1 > head && np.get(start - 1).capitalised(text)) start--;
        if (end - start < 2) return List.of();
        int before = start - 1;
        if (before > head && lex.is(np.get(before).norm(), WordKind.DEFINITE)) before--;
        if (lex.is(np.get(before).norm(), WordKind.PREPOSITION)) return List.of();
        return np.subList(end - 2, end);
    }

    /**
     * The longest run of capitalised words (the last of equal ones: the subject stands next to its verb), or the
     * first run when {@code longest} is false; a number
     * after a name belongs to it ("Khabar 24"); a lone sentence-initial word counts only when it is the whole phrase.
     */
    private List<Word> capitalisedRun(List<Word> words, int sentenceStart, boolean longest) {
        List<Word> best = List.of();
        boolean bestQualifies = false;
        for (int i = 0; i < words.size(); i++) {
            if (!startsName(words.get(i))) continue;
            int j = i + 1;
            while (j < words.size() && adjacent(words.get(j - 1), words.get(j)) && continuesName(words, j)) j++;
            List<Word> run = words.subList(i, j);
            boolean sentenceInitial = run.get(0).start() == sentenceStart || onlySpaceBetween(sentenceStart, run.get(0).start());
            boolean skip = sentenceInitial && run.size() == 1 && (words.size() > 1 || isFunctionWord(run.get(0)))
                    || isPlace(run);
            if (!skip && !longest) return run;
            // "Tomas Okafor of the Red Cross": a name in a prepositional phrase qualifies the one before it
            boolean qualifies = afterPrepositionAt(words, i);
            if (!skip && (best.isEmpty() || qualifies == bestQualifies && run.size() >= best.size() || bestQualifies && !qualifies)) {
                best = run;
                bestQualifies = qualifies;
            }
            i = j - 1;
        }
        return best;
    }

    /** True when a preposition, perhaps with a determiner after it, stands right before word {@code i}. */
    private boolean afterPrepositionAt(List<Word> words, int i) {
        int k = i - 1;
        if (k >= 0 && isDeterminer(words.get(k))) k--;
        return k >= 0 && lex.is(words.get(k).norm(), WordKind.PREPOSITION);
    }

    private boolean startsName(Word w) {
        return w.capitalised(text) && !lex.is(w.norm(), WordKind.TIME);
    }

    /** Capitalised words, a number after a name ("Khabar 24"), a particle before a capitalised word ("de Vos"). */
    private boolean continuesName(List<Word> words, int j) {
        Word w = words.get(j);
        if (startsName(w) || Character.isDigit(text.charAt(w.start()))) return true;
        return lex.is(w.norm(), WordKind.PARTICLE) && j + 1 < words.size() && words.get(j + 1).capitalised(text);
    }

    /** A run the entities layer knows as a place is not a speaker. */
    private boolean isPlace(List<Word> run) {
        for (MentionIndex.Entry e : mentions.within(run.get(0).start(), run.get(run.size() - 1).end())) {
            if (e.type() == org.newsgraph.core.model.EntityType.LOCATION) return true;
        }
        return false;
    }

    private boolean isFunctionWord(Word w) {
        String n = w.norm();
        return lex.is(n, WordKind.DEFINITE) || lex.is(n, WordKind.INDEFINITE) || lex.is(n, WordKind.PREPOSITION)
                || lex.is(n, WordKind.TIME) || lex.pronoun(n).isPresent();
    }

    private boolean allFunctionWords(List<Word> words) {
        for (Word w : words) if (!isFunctionWord(w)) return false;
        return true;
    }

    private boolean onlySpaceBetween(int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    private boolean adjacent(Word a, Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            boolean abbreviation = c == '.' && i == a.end() && a.end() - a.start() <= 3; // "M. Tokaïev", "Dr. Varmus"
            if (!Character.isWhitespace(c) && c != '-' && !abbreviation) return false;
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
            if (i > 0 && separatorBetween(region.get(i - 1), region.get(i))) {
                parts.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(region.get(i));
        }
        parts.add(cur);
        return parts;
    }

    private boolean separatorBetween(Word a, Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == '–' || c == '—') return true;
        }
        return false;
    }

    private Reference ref(List<Word> words) {
        int s = words.get(0).start();
        int e = words.get(words.size() - 1).end();
        return Reference.ofText(text.substring(s, e), s, e);
    }
}
