package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.quotes.SpeechLexicon.CueKind;
import org.newsgraph.annotate.quotes.SpeechLexicon.WordKind;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Reference;

/**
 * Reads one unit of text (a sentence, or the sentences a direct quote runs over) for speech: verbs of saying with
 * their speaker and reported content, forward ("X a déclaré que …") or inverted ("…, said X"), speech and source
 * cues ("по словам X", "selon X"), "as X said" and back references ("Об этом сообщил X"); then credits each direct
 * quote of the unit to the nearest verb of saying, or to the source cue of its sentence.
 */
final class UnitReader {
    private static final int MIN_QUOTE_WORDS = 3;
    private static final int MIN_BARE_CONTENT_WORDS = 5;
    private static final int MAX_INVERTED_SUBJECT_WORDS = 6;
    private static final int MAX_INVERTED_POST_WORDS = 10;
    private static final int MAX_COLON_SPEAKER_WORDS = 6;
    /** "a statement from", "un communiqué de": the words that may name a document before its author. */
    private static final int MAX_DOCUMENT_WORDS = 3;
    /** Words of an adjunct between an addressee and the content ("in a briefing"). */
    private static final int MAX_ADJUNCT_WORDS = 3;
    /** Words that may stand between an inverted verb and its subject ("said on Monday the mayor"). */
    private static final int MAX_WORDS_BEFORE_INVERTED_SUBJECT = 3;
    /** Words of a name apposed to a role before a verb ("Omar Reed", "Maria del Carmen Ruiz Soto"). */
    private static final int MAX_APPOSED_NAME_WORDS = 5;
    /** Words of a role apposed to a name before a verb ("a spokesman for the regional water board"). */
    private static final int MAX_APPOSED_ROLE_WORDS = 10;
    /** Words of a place or time apposed after a speaker's phrase ("near the border", "on the eastern shore"). */
    private static final int MAX_APPOSED_PLACE_WORDS = 5;
    /** Words a speaker noun may stand after in an apposed role without a determiner ("deputy health minister"). */
    private static final int MAX_APPOSED_HEAD_POSITION = 3;
    /** Added to the distance of a verb whose sentence ends before the quote: any verb of the quote's sentence wins. */
    private static final int SENTENCE_PENALTY = 100_000;

    private final String text;
    private final SpeechLexicon lex;
    private final SpeakerFinder finder;
    private final UnitWords u;
    private final List<Found> out = new ArrayList<>();
    /** Speaker of each verb occurrence, by word index, for the direct quotes of the unit. */
    private final List<int[]> verbs = new ArrayList<>();
    private final List<Optional<Speaker>> verbSpeakers = new ArrayList<>();
    private final List<Found.Slot> verbSlots = new ArrayList<>();
    /** The slot of the speaker being read: a verb's subject, or a cue's complement. */
    private Found.Slot slot = Found.Slot.SUBJECT;

    UnitReader(QuoteWords words, SpeechLexicon lex, SpeakerFinder finder, List<Span> sentences, List<Span> quotes) {
        this.text = words.text();
        this.lex = lex;
        this.finder = finder;
        this.u = new UnitWords(words, lex, sentences, quotes);
    }

    /** Everything found in the unit, in no particular order. */
    List<Found> read() {
        for (int i = 0; i < u.size(); i++) {
            if (u.inQuote[i] || u.consumed[i]) continue;
            if (!u.isVerb(i) && lex.cuesStartingWith(u.norm(i)).isEmpty()) continue;
            int len;
            slot = u.isVerb(i) && u.cueAt(i, CueKind.SPEECH) == 0 && u.cueAt(i, CueKind.SOURCE) == 0 ? Found.Slot.SUBJECT : Found.Slot.CUE;
            if ((len = u.cueAt(i, CueKind.BACK_REFERENCE)) > 0 && u.isSentenceStart(i)) {
                backReference(i, len);
            } else if ((len = u.cueAt(i, CueKind.SPEECH)) > 0) {
                speechCue(i, len); // before sources: "selon lui" is speech where "selon X" is a source
            } else if ((len = u.cueAt(i, CueKind.SOURCE)) > 0) {
                source(i, len);
            } else if ((len = u.cueAt(i, CueKind.AS)) > 0 && u.verbWithin(i + len, 3) >= 0 && u.breakBefore(i)) {
                asCue(i, len);
            } else if (u.isVerb(i)) {
                verb(i);
            }
        }
        creditDirectQuotes();
        return out;
    }

    // ---- verbs of saying

    private void verb(int v) {
        int aux = v;
        while (aux > 0 && !u.breakBefore(aux) && (u.isAuxiliary(aux - 1) || lex.is(u.norm(aux - 1), WordKind.TIME))) aux--;
        int p = aux;
        while (p > 0 && !u.breakBefore(p)) p--;
        int q = v + 1;
        while (q < u.size() && !u.breakBefore(q)) q++;
        List<Word> pre = u.words(p, aux);
        List<Word> post = u.words(v + 1, withApposition(q));
        Optional<Speaker> embedded = embeddedPronoun(aux, v);

        int compl = u.complementizerAfter(v);
        int quoteBefore = u.directQuoteEndingBefore(p);
        boolean somethingBefore = p > 0 && u.sentenceOf[p - 1] == u.sentenceOf[v] || quoteBefore >= 0;
        if (quoteBefore >= 0 && u.wordsBeforeInSentence(u.quotes.get(quoteBefore).start(), u.sentenceOf[v]) >= MIN_QUOTE_WORDS) {
            quoteBefore = -1; // « … » closes a longer clause: the clause is the reported content
        }
        // "…, Omar Reed, the health minister, said": the name and its apposed role before the verb are its subject
        int apposed = pre.isEmpty() && compl < 0 && quoteBefore < 0 ? apposedSubjectStart(aux) : -1;
        if (apposed >= 0) {
            p = apposed;
            int second = partStart(aux);
            // "…, doctors at the main hospital, near the border, said": the place apposed last is not the speaker
            pre = lex.is(u.norm(second), WordKind.PREPOSITION) ? u.words(p, second) : u.words(p, aux);
            // "«…», the head of the Red Crescent, Dario Senn, said": the content is the direct quote right before
            quoteBefore = u.directQuoteEndingBefore(p);
        }
        int maxPre = apposed >= 0 || post.size() <= 2 ? 2 * MAX_INVERTED_SUBJECT_WORDS : MAX_INVERTED_SUBJECT_WORDS;
        // "…, a police officer told the Associated Press on condition of anonymity": after the addressee of "told"
        List<Word> adjunct = !pre.isEmpty() && finder.takesAddressee(u.norm(v)) ? u.words(Math.min(afterAddressee(v + 1), q), q) : post;
        boolean inverted = compl < 0 && somethingBefore && !u.hasVerb(v + 1, q) && !u.startsWithComplementizer(q)
                && (pre.isEmpty()
                        ? post.size() <= lex.setting("max-verb-first-words", MAX_INVERTED_POST_WORDS) && !u.hasDigit(post)
                        : pre.size() <= maxPre && (adjunct.isEmpty() || adjunct.size() <= MAX_INVERTED_SUBJECT_WORDS
                                && startsAdjunct(adjunct)));
        if (aux > 0 && lex.isCue(u.norm(aux - 1), CueKind.PASSIVE)) return; // "were said to be"
        if (aux > 0 && lex.isCue(u.norm(aux - 1), CueKind.RELATIVE)) {
            inverted = false; // "…, said X, who asked not to be named": a relative clause reports nothing before it
            if (compl < 0) return;
        }
        // "«…», Amir Zandi, the civil defence chief, told CNN": what follows "told" is whom it was told to, never an
        // inverted subject; the subject is the phrase before the verb
        if (inverted && pre.isEmpty() && !post.isEmpty() && finder.takesAddressee(u.norm(v))) inverted = false;
        if (inverted && pre.isEmpty() && embedded.isEmpty() && quoteBefore < 0) {
            // "X, the mayor, said the dam was safe": an apposition, not an inversion, unless a speaker follows the verb
            Optional<Speaker> after = finder.find(post, u.sentenceStartOf(v), false);
            inverted = post.isEmpty() || after.isPresent() && (after.get().kind() != Speaker.Kind.DESCRIPTIVE
                    || !after.get().head().isEmpty() || post.size() <= 2) && standsInverted(after.get(), post);
        }
        Optional<Speaker> speaker;
        if (inverted || (compl < 0 && p == aux && quoteBefore >= 0)) {
            speaker = !pre.isEmpty() ? finder.find(pre, u.sentenceStartOf(p)) : Optional.empty();
            if (speaker.isEmpty()) speaker = embedded;
            if (speaker.isEmpty()) speaker = relayed(finder.find(post, u.sentenceStartOf(v), false), v + 1, q);
            if (speaker.isEmpty()) speaker = Optional.of(implicit(v)); // "…", говорится в сообщении: the last speaker
        } else {
            speaker = forwardSpeaker(v, aux, embedded);
        }
        verbs.add(new int[] {v});
        verbSpeakers.add(speaker);
        verbSlots.add(Found.Slot.SUBJECT);

        if (compl >= 0) {
            reported(compl, u.sentenceEndIndex(v), speaker, 1);
        } else if (inverted) {
            if (quoteBefore < 0 && p > 0) reportedBefore(p, speaker);
        } else if (lex.isBareVerb(u.norm(v)) && !u.directQuoteRightAfter(v) && !(p == aux && quoteBefore >= 0)) {
            // «…», said a senator close to the talks: after a quote, what follows the verb is its speaker
            int from = finder.takesAddressee(u.norm(v)) ? afterAddressee(v + 1) : v + 1;
            // "said on Friday the bridge …": skip the time; "said in a statement" has no content
            while (from < u.size() && (lex.is(u.norm(from), WordKind.TIME) || lex.is(u.norm(from), WordKind.PREPOSITION)
                    && from + 1 < u.size() && lex.is(u.norm(from + 1), WordKind.TIME))) from++;
            // "said at least twelve people were trapped": a preposition that opens a count opens the content
            if (from < u.size() && (!lex.is(u.norm(from), WordKind.PREPOSITION) || u.cueAt(from, CueKind.CONTENT_START) > 0)) {
                reported(from, u.sentenceEndIndex(v), speaker, MIN_BARE_CONTENT_WORDS);
            }
        }
    }

    /**
     * "The dam was never inspected, Lena Moss, the county engineer, told reporters": when a comma stands right before
     * the verb, the two comma-separated parts before it may be a name and its apposed role (either order), with the
     * reported content before them; returns the first word of the name-and-role subject, or -1. Reads only the
     * words of the verb's sentence before it, once per verb of saying.
     */
    private int apposedSubjectStart(int aux) {
        int second = partStart(aux);
        if (second <= 0 || u.isSentenceStart(second)) return -1;
        int first = partStart(second);
        if (first <= 0 || u.isSentenceStart(first)) return -1;
        int content = 0;
        boolean quoted = u.directQuoteEndingBefore(first) >= 0;
        for (int i = first - 1; !quoted && i >= 0 && u.sentenceOf[i] == u.sentenceOf[aux] && content < MIN_BARE_CONTENT_WORDS; i--) {
            if (u.inQuote[i]) return -1;
            content++;
        }
        if (!quoted && content < MIN_BARE_CONTENT_WORDS) return -1;
        boolean nameThenRole = isShortName(first, second) && isRolePhrase(second, aux);
        boolean roleThenName = isRolePhrase(first, second) && isShortName(second, aux);
        boolean roleThenPlace = isRolePhrase(first, second) && lex.is(u.norm(second), WordKind.PREPOSITION)
                && !lex.is(u.norm(first), WordKind.PREPOSITION) && aux - second <= MAX_APPOSED_PLACE_WORDS;
        return nameThenRole || roleThenName || roleThenPlace ? first : -1;
    }

    /** The first word of the comma-separated part that ends right before word {@code end}, in its sentence. */
    private int partStart(int end) {
        int i = end - 1;
        if (i < 0 || u.inQuote[i] || u.sentenceOf[i] != u.sentenceOf[end]) return -1;
        while (i > 0 && !u.breakBefore(i)) i--;
        return i;
    }

    /** "Omar Reed", "Anna de Vos": a few capitalised words (particles between them), no verb of saying. */
    private boolean isShortName(int from, int to) {
        if (to - from < 1 || to - from > MAX_APPOSED_NAME_WORDS || !u.get(from).capitalised(text)) return false;
        for (int i = from; i < to; i++) {
            if (u.isVerb(i) || u.inQuote[i] || !u.get(i).capitalised(text) && !lex.is(u.norm(i), WordKind.PARTICLE)) return false;
            if (lex.is(u.norm(i), WordKind.TIME)) return false; // "Monday", not a name
        }
        return true;
    }

    /** "the county engineer", "health minister in the eastern administration": a determiner or speaker noun opens it. */
    private boolean isRolePhrase(int from, int to) {
        if (to - from < 1 || to - from > MAX_APPOSED_ROLE_WORDS) return false;
        if (u.hasVerb(from, to)) return false;
        if (isDeterminer(from)) return true;
        for (int i = from; i < to && i < from + MAX_APPOSED_HEAD_POSITION; i++) {
            if (lex.is(u.norm(i), WordKind.HEAD) || lex.is(u.norm(i), WordKind.COLLECTIVE)) return true;
        }
        return false;
    }

    /**
     * "told reporters the dam had held", "told The Daily Courier the roads were shut": a verb that names whom it was
     * said to is followed by that addressee before the content — a determiner, then a run of capitalised words or one
     * word — so the content starts after it.
     */
    private int afterAddressee(int from) {
        int i = from;
        int sentence = u.sentenceOf[from - 1];
        while (i < u.size() && u.sentenceOf[i] == sentence && !u.breakBefore(i) && isDeterminer(i)) i++;
        if (i >= u.size() || u.sentenceOf[i] != sentence || u.breakBefore(i) || u.inQuote[i]) return from;
        int j = i + 1;
        if (u.get(i).capitalised(text)) while (j < u.size() && !u.breakBefore(j) && u.get(j).capitalised(text)) j++;
        return j < u.size() && lex.is(u.norm(j), WordKind.PREPOSITION) ? afterAdjunct(j, from) : j;
    }

    /**
     * "told the president in a briefing they were …": an adjunct after the addressee ends where a pronoun or a
     * determiner opens the content, within a few words; else {@code fallback} (the content then keeps it).
     */
    private int afterAdjunct(int preposition, int fallback) {
        int i = preposition + 1;
        if (i < u.size() && isDeterminer(i)) i++;
        int sentence = u.sentenceOf[preposition];
        for (int n = 0; n < MAX_ADJUNCT_WORDS && i < u.size() && !u.breakBefore(i); n++, i++) {
            if (lex.pronoun(u.norm(i)).isPresent() || isDeterminer(i)) return i;
        }
        // "told the agency on condition of anonymity.": the adjunct ends the clause, nothing is reported after it
        return i >= u.size() || u.breakBefore(i) || u.sentenceOf[i] != sentence ? i : fallback;
    }

    private boolean isDeterminer(int i) {
        return lex.is(u.norm(i), WordKind.DEFINITE) || lex.is(u.norm(i), WordKind.INDEFINITE);
    }

    private Optional<Speaker> forwardSpeaker(int v, int aux, Optional<Speaker> embedded) {
        int start = aux;
        while (start > 0 && u.sentenceOf[start - 1] == u.sentenceOf[v] && !u.inQuote[start - 1] && !u.semicolonBefore(start)) start--;
        for (int k = verbs.size() - 1; k >= 0; k--) {
            int other = verbs.get(k)[0];
            if (other >= start && other < v) return verbSpeakers.get(k); // "…, a déclaré X, ajoutant que": same speaker
        }
        List<Word> region = new ArrayList<>();
        for (int i = start; i < aux; i++) if (!u.consumed[i]) region.add(u.get(i));
        Optional<Speaker> s = finder.find(region, u.sentenceStartOf(v));
        if (s.isPresent()) return s;
        if (embedded.isPresent()) return embedded;
        return Optional.of(implicit(v));
    }

    /** "a déclaré le chef des pompiers, Mihai Dobre, lors …": the segment after the verb takes a name in apposition. */
    private int withApposition(int q) {
        if (q >= u.size() || u.sentenceOf[q] != u.sentenceOf[q - 1] || u.inQuote[q]) return q;
        int e = q + 1;
        while (e < u.size() && !u.breakBefore(e)) e++;
        if (e - q > 4) return q;
        for (int i = q; i < e; i++) if (!u.get(i).capitalised(text)) return q;
        return e;
    }

    /** No speaker in the text around the verb: the annotator will credit the last speaker. */
    private Speaker implicit(int v) {
        return Speaker.of(Speaker.Kind.ANAPHOR, Reference.ofText("", u.get(v).start(), u.get(v).start()), "");
    }

    /**
     * True when the speaker read after a verb that follows a comma stands as its inverted subject: it starts within the
     * first words after the verb (or after a role it names), and what follows it is nothing, an adjunct ("said Helen Varga of the Red Cross", "a
     * précisé Martin hier sur Radio Lumière") or a capitalised medium ("сказал глава района РИА Новости"); a pronoun
     * takes only a prepositional phrase ("said he on Monday"). Otherwise the words after the verb are the reported
     * clause: "…, said she has been unable to reach them", "…, said Trump will win the state".
     */
    private boolean standsInverted(Speaker after, List<Word> post) {
        int lead = 0;
        while (lead < post.size() && post.get(lead).end() <= after.ref().start()) lead++;
        // "a déclaré le président du conseil régional Luc Marchand", "…, la directrice des opérations, Carla Hinz": a
        // role before the name is part of the subject
        if (lead > MAX_WORDS_BEFORE_INVERTED_SUBJECT && !hasSpeakerNoun(post.subList(0, lead))) return false;
        int rest = lead;
        while (rest < post.size() && post.get(rest).start() < after.ref().end()) rest++;
        if (rest == post.size()) return true;
        if (after.kind() == Speaker.Kind.PRONOUN) return lex.is(post.get(rest).norm(), WordKind.PREPOSITION);
        return startsAdjunct(post.subList(rest, post.size())) || post.get(rest).capitalised(text);
    }

    private boolean hasSpeakerNoun(List<Word> words) {
        for (Word w : words) if (lex.is(w.norm(), WordKind.HEAD) || lex.is(w.norm(), WordKind.COLLECTIVE)) return true;
        return false;
    }

    /** "said on Sunday", "said in a statement": what may follow an inverted "X said". */
    private boolean startsAdjunct(List<Word> post) {
        String n = post.get(0).norm();
        return lex.is(n, WordKind.PREPOSITION) || lex.is(n, WordKind.TIME) || lex.is(n, WordKind.SKIP);
    }

    private Optional<Speaker> pronounIn(int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = u.get(i);
            Optional<WordKind> pro = lex.pronoun(w.norm());
            if (pro.isPresent()) return Optional.of(Speaker.pronoun(Reference.ofText(text.substring(w.start(), w.end()), w.start(), w.end()), pro.get()));
        }
        return Optional.empty();
    }

    private Optional<Speaker> embeddedPronoun(int from, int to) {
        for (int i = from; i <= to; i++) {
            String n = u.norm(i);
            int dash = n.lastIndexOf('-');
            if (dash < 0) continue;
            Optional<WordKind> pro = lex.pronoun(n.substring(dash + 1));
            if (pro.isPresent()) {
                Word w = u.get(i);
                int s = w.start() + dash + 1;
                return Optional.of(Speaker.pronoun(Reference.ofText(text.substring(s, w.end()), s, w.end()), pro.get()));
            }
        }
        return Optional.empty();
    }

    // ---- cues

    private void source(int c, int len) {
        int q = c + len;
        int end = q;
        while (end < u.size() && !u.breakBefore(end) && !u.isVerb(end)) end++;
        Optional<Speaker> speaker = sourceSpeaker(q, end, c);
        if (speaker.isEmpty()) {
            // "according to a statement from the mayor's office": the document's author is the source
            for (int i = q + 1; i < end - 1 && i <= q + MAX_DOCUMENT_WORDS; i++) {
                if (lex.is(u.norm(i), WordKind.PREPOSITION)) {
                    int s = u.get(i + 1).start();
                    int e = u.get(end - 1).end();
                    speaker = sourceSpeaker(i + 1, end, c).or(() -> Optional.of(Speaker.of(Speaker.Kind.DESCRIPTIVE,
                            Reference.ofText(text.substring(s, e), s, e), "")));
                    break;
                }
            }
        }
        // "по официальным данным", "according to official data": data, no author ("official" is not an official)
        if (namesOnlyData(q, end)) {
            Optional<Speaker> read = speaker;
            speaker = finder.document(u.words(c, end)).or(() -> read);
        }
        Span sentence = u.sentences.get(u.sentenceOf[c]);
        out.add(new Found(Found.Kind.SOURCE, sentence.start(), sentence.end(), speaker, Found.Slot.CUE));
        for (int i = c; i < end; i++) u.consumed[i] = true;
    }

    /**
     * True when the cue's complement is absent ("по официальным данным") or at most three words that open or end on
     * a document word ("les chiffres officiels", "official data"), with no preposition bringing in an author ("données
     * du ministère").
     */
    private boolean namesOnlyData(int from, int end) {
        if (from >= end) return true;
        if (end - from > 3) return false;
        for (int i = from; i < end; i++) if (lex.is(u.norm(i), WordKind.PREPOSITION)) return false; // "données du ministère"
        int first = from;
        while (first < end - 1 && (lex.is(u.norm(first), WordKind.DEFINITE) || lex.is(u.norm(first), WordKind.INDEFINITE))) first++;
        return finder.isDocumentWord(u.get(first)) || finder.isDocumentWord(u.get(end - 1));
    }

    /**
     * "Как передает ТАСС со ссылкой на пресс-службу", "Об этом передает ТАСС со ссылкой на штаб", "as CNN reported,
     * citing officials": a medium that names whom it relays (a source cue among words [from, end)) reports that
     * one's words; any other speaker stays.
     */
    private Optional<Speaker> relayed(Optional<Speaker> speaker, int from, int end) {
        if (speaker.isEmpty() || !finder.isMedium(speaker.get())) return speaker;
        for (int i = from; i < end; i++) {
            int len = u.cueAt(i, CueKind.SOURCE);
            // whatever phrase the cue names is whom the medium relays ("со ссылкой на пресс-службу губернатора")
            if (len > 0) return finder.find(u.words(i + len, end), u.sentenceStartOf(i), false)
                    .filter(s -> !finder.isMedium(s)).or(() -> speaker);
        }
        return speaker;
    }

    private Optional<Speaker> sourceSpeaker(int from, int end, int cue) {
        return finder.find(u.words(from, end), u.sentenceStartOf(cue), false)
                .filter(sp -> sp.kind() != Speaker.Kind.DESCRIPTIVE || !sp.head().isEmpty()); // "согласно опубликованным данным": nobody
    }

    private void speechCue(int c, int len) {
        int q = c + len;
        int end = q;
        while (end < u.size() && !u.breakBefore(end)) end++;
        Optional<Speaker> speaker = finder.find(u.words(q, end), u.sentenceStartOf(c), false);
        if (speaker.isEmpty()) speaker = pronounIn(c, c + len); // "по его словам", "selon lui"
        for (int i = c; i < end; i++) u.consumed[i] = true;
        cueContent(c, end, speaker);
    }

    private void asCue(int c, int len) {
        int v = u.verbWithin(c + len, 3);
        int end = v + 1;
        while (end < u.size() && !u.breakBefore(end)) end++;
        List<Word> region = new ArrayList<>(u.words(c + len, v));
        region.addAll(u.words(v + 1, end));
        Optional<Speaker> speaker = relayed(finder.find(region, u.sentenceStartOf(c), false), v + 1, end);
        if (speaker.isEmpty()) speaker = embeddedPronoun(c, v);
        for (int i = c; i < end; i++) u.consumed[i] = true;
        verbs.add(new int[] {v});
        verbSpeakers.add(speaker);
        verbSlots.add(Found.Slot.CUE);
        cueContent(c, end, speaker);
    }

    /** Content of a cue phrase: what follows it when it opens the sentence, what precedes it when it ends it. */
    private void cueContent(int c, int end, Optional<Speaker> speaker) {
        if (u.isSentenceStart(c)) {
            if (end < u.size() && u.sentenceOf[end] == u.sentenceOf[c]) reported(end, u.sentenceEndIndex(c), speaker, MIN_QUOTE_WORDS);
        } else if (c > 0 && (end >= u.size() || u.sentenceOf[end] != u.sentenceOf[c])) {
            reportedBefore(c, speaker); // "…, selon lui." ends the sentence; "qui, selon elles, ont …" credits nothing
        }
    }

    private void backReference(int c, int len) {
        int v = u.verbWithin(c + len, 3);
        if (v < 0) return;
        int end = v + 1;
        while (end < u.size() && !u.breakBefore(end)) end++;
        List<Word> region = new ArrayList<>(u.words(c + len, v));
        region.addAll(u.words(v + 1, end));
        Optional<Speaker> speaker = relayed(finder.find(region, u.sentenceStartOf(c), false), v + 1, end);
        for (int i = c; i < end; i++) u.consumed[i] = true;
        Span sentence = u.sentences.get(u.sentenceOf[c]);
        out.add(new Found(Found.Kind.BACK_REFERENCE, sentence.start(), sentence.end(), speaker, Found.Slot.SUBJECT));
    }

    // ---- content

    /** Reported content from word {@code from} to the end of its clause. */
    private void reported(int from, int last, Optional<Speaker> speaker, int minWords) {
        if (from >= u.size() || from > last) return;
        int end = from;
        while (end < last && !endsContent(end + 1)) end++;
        addReported(from, end, speaker, minWords);
    }

    /** Reported content before word {@code p}: from its sentence start (or the last semicolon) to the break. */
    private void reportedBefore(int p, Optional<Speaker> speaker) {
        int last = p - 1;
        int start = last;
        while (start > 0 && u.sentenceOf[start - 1] == u.sentenceOf[last] && !u.semicolonBefore(start) && !consumedBefore(start)
                && !u.fullStopBefore(start)) start--;
        addReported(start, last, speaker, MIN_QUOTE_WORDS);
    }

    private boolean consumedBefore(int i) {
        return u.consumed[i - 1] && u.breakBefore(i);
    }

    private void addReported(int first, int last, Optional<Speaker> speaker, int minWords) {
        if (last - first + 1 < minWords) return;
        int start = u.get(first).start();
        int end = u.get(last).end();
        // keep a closing quotation mark that ends the content
        int after = end;
        while (after < text.length() && after - end < 2 && Character.isWhitespace(text.charAt(after))) after++;
        if (after < text.length() && UnitWords.isClosingMark(text.charAt(after)) && u.coveredByQuoteEnd(end)) end = after + 1;
        if (u.coveredByQuoteStart(start)) {
            int before = start;
            while (before > 0 && start - before < 2 && Character.isWhitespace(text.charAt(before - 1))) before--;
            if (before > 0 && UnitWords.isOpeningMark(text.charAt(before - 1))) start = before - 1;
        }
        out.add(new Found(Found.Kind.REPORTED, start, end, speaker, slot));
    }

    private boolean endsContent(int i) {
        if (i >= u.size() || u.sentenceOf[i] != u.sentenceOf[i - 1]) return true;
        if (u.sentenceEndBetween(i)) return true;
        if (u.inQuote[i]) return false;
        if (!u.breakBefore(i)) return false;
        if (u.cueAt(i, CueKind.CONTENT_END) > 0 || u.cueAt(i, CueKind.SOURCE) > 0 || u.cueAt(i, CueKind.AS) > 0) return true;
        // "…, news reports said" / "…, a-t-il ajouté": a following inverted verb ends the content
        int j = i;
        int n = 0;
        while (j < u.size() && u.sentenceOf[j] == u.sentenceOf[i] && n <= 4 && (j == i || !u.breakBefore(j))) {
            if (u.isVerb(j)) return true;
            j++;
            n++;
        }
        return false;
    }

    // ---- direct quotes

    /** "Le maire de Lyon : « … »", "Токаев: «…»": a short phrase and a colon before the quote name its speaker. */
    private Optional<Speaker> colonSpeaker(Span q) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < u.size() && u.get(i).end() <= q.start(); i++) {
            if (u.inQuote[i]) continue;
            if (first < 0 || u.sentenceOf[i] != u.sentenceOf[first]) first = i;
            last = i;
        }
        if (last < 0 || last - first + 1 > MAX_COLON_SPEAKER_WORDS) return Optional.empty();
        for (int c = u.get(last).end(); c < q.start(); c++) {
            char ch = text.charAt(c);
            // "Then, the punch line: « … »": a phrase with neither a name nor a speaker noun introduces, not credits
            if (ch == ':') return finder.find(u.words(first, last + 1), u.sentenceStartOf(first))
                    .filter(s -> s.kind() != Speaker.Kind.DESCRIPTIVE || !s.head().isEmpty());
            if (!Character.isWhitespace(ch) && !UnitWords.isOpeningMark(ch)) return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Full stops counted from {@code from} once, so that "is there a full stop between a verb and a quote" costs
     * nothing per pair: scanning the characters between every verb and every quote of one long unit was cubic.
     */
    private static int[] stopsBefore(String text, int from, int to) {
        int[] counts = new int[to - from + 1];
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            counts[c - from + 1] = counts[c - from] + (ch == '.' || ch == '!' || ch == '?' || ch == '…' ? 1 : 0);
        }
        return counts;
    }

    private void creditDirectQuotes() {
        if (u.quotes.isEmpty()) return;
        int base = Integer.MAX_VALUE;
        int last = 0;
        for (Span q : u.quotes) {
            base = Math.min(base, q.start());
            last = Math.max(last, q.start());
        }
        for (int[] v : verbs) base = Math.min(base, u.get(v[0]).end());
        int[] stops = stopsBefore(text, base, last);
        for (Span q : u.quotes) {
            Optional<Speaker> speaker = Optional.empty();
            Found.Slot from = Found.Slot.NONE;
            int best = Integer.MAX_VALUE;
            for (int k = 0; k < verbs.size(); k++) {
                Word w = u.get(verbs.get(k)[0]);
                int d = w.start() >= q.end() ? w.start() - q.end() : q.start() - w.end();
                // "He went on. « … », said X": a verb whose sentence has ended yields to one in the quote's sentence
                if (w.end() <= q.start() && stops[q.start() - base] - stops[w.end() - base] > 0) d += SENTENCE_PENALTY;
                if (d >= 0 && d < best && verbSpeakers.get(k).isPresent()) {
                    best = d;
                    speaker = verbSpeakers.get(k);
                    from = verbSlots.get(k);
                }
            }
            if (speaker.isEmpty()) {
                for (Found f : out) {
                    if (f.kind == Found.Kind.SOURCE && f.start <= q.start() && q.end() <= f.end) {
                        speaker = f.speaker;
                        from = Found.Slot.CUE;
                    }
                }
            }
            if (speaker.isEmpty()) {
                speaker = colonSpeaker(q);
                from = speaker.isPresent() ? Found.Slot.COLON : Found.Slot.NONE;
            }
            out.add(new Found(Found.Kind.DIRECT, q.start(), q.end(), speaker, from));
        }
    }
}
