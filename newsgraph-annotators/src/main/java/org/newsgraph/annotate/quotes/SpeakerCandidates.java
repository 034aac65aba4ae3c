package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.attribution.AttributionWords;
import org.newsgraph.annotate.quotes.SpeechLexicon.WordKind;
import org.newsgraph.annotate.attribution.AttributionWords.Gender;
import org.newsgraph.annotate.attribution.AttributionWords.Kind;
import org.newsgraph.annotate.attribution.Candidate;
import org.newsgraph.annotate.attribution.Feature;
import org.newsgraph.annotate.attribution.FeatureReader;
import org.newsgraph.annotate.attribution.RoleHolders;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;

/**
 * The candidate speakers of one quote (or source of one "selon X"): what the clause reading found in its slot, the
 * earlier speaker it was resolved to, persons who hold the role the phrase names, the previous speaker, and the persons
 * and organisations of the sentence and the one before; each with its features. Candidates naming the same referent
 * are merged, keeping every feature's strongest value. Non-phrases ("who", "qui", "который") never stand.
 */
final class SpeakerCandidates {
    private static final int MAX_ROLE_HOLDERS = 3;
    private static final int MAX_NEARBY = 6;
    /** Sentences before the quote whose entities stand as candidates. */
    private static final int NEARBY_SENTENCES = 1;

    private final String text;
    private final SpeechLexicon lex;
    private final AttributionWords words;
    private final MentionIndex mentions;
    private final RoleHolders roles;
    private final List<Span> sentences;
    private final FeatureReader features;
    /** Whether the quote being ranked was read with a pronoun for its speaker. */
    private boolean pronounRead;

    SpeakerCandidates(String text, SpeechLexicon lex, AttributionWords words, MentionIndex mentions, RoleHolders roles,
                      List<Span> sentences, FeatureReader features) {
        this.text = text;
        this.lex = lex;
        this.words = words;
        this.mentions = mentions;
        this.roles = roles;
        this.sentences = sentences;
        this.features = features;
    }

    /**
     * {@code read}: the speaker the clause reading found (empty when none); {@code resolved}: what the resolver made
     * of it; {@code previous}: the last speaker before the quote.
     */
    List<Candidate> of(Found f, Optional<Speaker> read, Optional<Speaker> resolved, Optional<Speaker> previous) {
        List<Candidate> out = new ArrayList<>();
        Optional<Speaker> shown = read.filter(s -> s.ref().text().filter(t -> !t.isBlank()).isPresent());
        // a body's grammatical gender ("la préfecture") says nothing of a person's
        Gender wanted = shown.filter(s -> !institution(s)).map(s -> words.gender(s.ref().text().orElse(""))).orElse(Gender.UNKNOWN);
        pronounRead = read.filter(s -> s.kind() == Speaker.Kind.PRONOUN).isPresent();
        // a pronoun or referring description that found its antecedent is not a speaker of its own
        boolean referredBack = read.filter(Speaker::needsResolution).isPresent() && resolved.isPresent()
                && !resolved.get().equals(read.get());
        if (shown.isPresent() && !referredBack) {
            Speaker s = shown.get();
            Candidate c = candidate(s, "reading:" + f.slot.name().toLowerCase(java.util.Locale.ROOT), f);
            if (c != null) {
                c.set(slotFeature(f), 1);
                if (s.kind() == Speaker.Kind.PRONOUN) c.set(Feature.UNRESOLVED_PRONOUN, 1);
                if ((s.kind() == Speaker.Kind.ANAPHOR || s.kind() == Speaker.Kind.ROLE) && !institution(s)) {
                    c.set(Feature.REFERRING_DESCRIPTION, 1);
                }
                add(out, c);
            }
        }
        if (resolved.isPresent() && (read.isEmpty() || !resolved.get().equals(read.get()))) {
            Candidate c = candidate(resolved.get(), f.slot == Found.Slot.NONE ? "previous speaker" : "resolved", f);
            if (c != null) {
                c.set(f.slot == Found.Slot.NONE ? Feature.SLOT_PREVIOUS_SPEAKER : Feature.SLOT_RESOLVED, 1);
                agreement(c, wanted);
                add(out, c);
            }
        }
        // "officials", "the authorities": a collective head names a group, and "l'agence", "the ministry" a body,
        // never one person who holds a role (a person who spoke "à l'agence" has the word beside the name)
        if (shown.isPresent() && shown.get().ref().entity().isEmpty() && !shown.get().head().isEmpty()
                && !lex.is(shown.get().head(), WordKind.COLLECTIVE) && !institution(shown.get())) {
            Speaker s = shown.get();
            Reference r = s.ref();
            int n = 0;
            for (RoleHolders.Holder h : roles.of(r.text().orElse(""), r.start(), r.end(), s.head())) {
                if (n++ >= MAX_ROLE_HOLDERS) break;
                Reference ref = new Reference(Optional.of(h.entity().id()), r.text(), r.start(), r.end());
                Speaker sp = new Speaker(ref, Speaker.Kind.ENTITY, Optional.of(EntityType.PERSON), Optional.empty(), s.head());
                // the holder is whom the phrase in the slot names, not a rival standing elsewhere: it stands at the
                // phrase's place, and in the phrase's slot as far as the role words beside its name match the
                // phrase (all of them: fully; "the spokesperson for the council" against "spokesperson for the Red
                // Cross": a third). The phrase and its holder no longer compete on distance.
                Candidate c = new Candidate(ref, sp.type(), "role holder", sp)
                        .set(Feature.SLOT_ROLE_HOLDER, 1).set(Feature.ROLE_MATCH, h.match()).set(slotFeature(f), h.match());
                features.read(c, f.start, f.end);
                agreement(c, wanted);
                add(out, c);
            }
        }
        // the previous speaker stands for continuations and for readings that refer back, not against a named subject
        // ("la préfecture", "the ministry" name a body: never the last person who spoke)
        boolean refersBack = read.isEmpty() || read.get().needsResolution()
                && (!institution(read.get()) || previous.filter(Speaker::isOrganisation).isPresent());
        if (previous.isPresent() && f.slot != Found.Slot.NONE && refersBack) {
            Candidate c = candidate(previous.get(), "previous speaker", f);
            if (c != null) {
                c.set(Feature.SLOT_PREVIOUS_SPEAKER, 1);
                agreement(c, wanted);
                add(out, c);
            }
        }
        nearby(out, f, wanted, shown.filter(x -> x.kind() != Speaker.Kind.PRONOUN && !x.ref().text().orElse("").isBlank()));
        return out;
    }

    /** The slot feature of what the clause reading found: a verb's subject, a cue's complement, or nothing. */
    private static Feature slotFeature(Found f) {
        return switch (f.slot) {
            case SUBJECT -> Feature.SLOT_SUBJECT;
            case CUE, COLON -> Feature.SLOT_CUE;
            case NONE -> Feature.SLOT_PREVIOUS_SPEAKER;
        };
    }

    /** Persons and organisations named in the quote's sentence (outside the quote) and the one before. */
    private void nearby(List<Candidate> out, Found f, Gender wanted, Optional<Speaker> named) {
        int namedSentence = named.map(x -> sentenceIndex(x.ref().start())).orElse(-1);
        int si = sentenceIndex(f.start);
        int from = si - NEARBY_SENTENCES >= 0 && si - NEARBY_SENTENCES < sentences.size()
                ? sentences.get(si - NEARBY_SENTENCES).start() : Math.max(0, f.start - 300);
        int to = si < sentences.size() ? Math.max(sentences.get(si).end(), f.end) : f.end;
        int n = 0;
        List<MentionIndex.Entry> within = mentions.within(from, to);
        for (int k = within.size() - 1; k >= 0 && n < MAX_NEARBY; k--) {
            MentionIndex.Entry e = within.get(k);
            if (!e.isSpeakerType() || e.mention().kind() == Mention.Kind.PRONOUN) continue;
            if (e.start() >= f.start && e.end() <= f.end && f.kind != Found.Kind.SOURCE) continue;
            // "Tomas Okafor, the head of the Red Cross, said": the reading named who speaks, and a body in a
            // prepositional phrase of that sentence only qualifies someone ("of the Red Cross"), whoever the
            // entities layer missed
            if (namedSentence >= 0 && sentenceIndex(e.start()) == namedSentence
                    && !e.entityId().equals(named.get().ref().entity().orElse(null)) && afterPreposition(e.start())) continue;
            Mention m = e.mention();
            Speaker sp = Speaker.entity(new Reference(Optional.of(e.entityId()), Optional.of(m.text()), m.start(), m.end()), e.type());
            Candidate c = candidate(sp, "nearby entity", f);
            if (c == null) continue;
            c.set(Feature.SLOT_NEARBY_ENTITY, 1);
            agreement(c, wanted);
            add(out, c);
            n++;
        }
    }

    /** True when a preposition, perhaps with a determiner after it, stands right before {@code offset}. */
    private boolean afterPreposition(int offset) {
        int[] w = wordBefore(offset);
        if (w == null) return false;
        String n = text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT);
        if (lex.is(n, WordKind.DEFINITE) || lex.is(n, WordKind.INDEFINITE)) {
            w = wordBefore(w[0]);
            if (w == null) return false;
            n = text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT);
        }
        return words.isPreposition(n);
    }

    /** The letters of the word right before {@code offset} (spaces between; an elided "de l'" counts), or null. */
    private int[] wordBefore(int offset) {
        int end = offset;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end > 0 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’') && end == offset) end--;
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        return from < end ? new int[] {from, end} : null;
    }

    /** A candidate for a speaker with its own features, or null for a non-phrase. */
    private Candidate candidate(Speaker s, String origin, Found f) {
        Reference r = s.ref();
        String t = r.text().orElse("").strip();
        if (!features.admissible(r)) return null;
        Candidate c = new Candidate(r, s.type(), origin, s);
        features.read(c, f.start, f.end);
        if (r.entity().isEmpty() && !s.head().isEmpty()) c.set(Feature.HAS_SPEAKER_NOUN, 1);
        return c;
    }

    /** Gender agreement with the phrase that refers ("elle", "la ministre", "заявила"), for persons only. */
    private void agreement(Candidate c, Gender wanted) {
        if (wanted == Gender.UNKNOWN || c.type().filter(t -> t == EntityType.PERSON).isEmpty()) return;
        Gender g = Gender.UNKNOWN;
        Speaker s = c.payload();
        String id = s.ref().entity().orElse(null);
        for (String form : mentions.formsOf(id)) {
            g = words.gender(form);
            if (g != Gender.UNKNOWN) break;
        }
        if (g != Gender.UNKNOWN) c.set(Feature.AGREEMENT, g == wanted ? 1 : -1);
        // "elle" never stands for Pierre: a pronoun's gender is a hard constraint, a description's only a feature
        if (g != Gender.UNKNOWN && g != wanted && pronounRead) c.exclude("its gender disagrees with the pronoun");
    }

    /** "la préfecture", "the ministry": a body named by its head noun, which refers to no earlier person. */
    private boolean institution(Speaker s) {
        return lex.is(s.head(), WordKind.INSTITUTION);
    }

    private static void add(List<Candidate> out, Candidate c) {
        for (Candidate o : out) {
            if (o.sameReferent(c)) {
                c.excluded().ifPresent(o::exclude);
                for (var e : c.features().entrySet()) {
                    boolean distance = e.getKey() == Feature.TOKEN_DISTANCE || e.getKey() == Feature.SENTENCE_DISTANCE;
                    if (distance ? e.getValue() < o.get(e.getKey()) : e.getValue() > o.get(e.getKey())) o.set(e.getKey(), e.getValue());
                }
                for (Feature d : new Feature[] {Feature.TOKEN_DISTANCE, Feature.SENTENCE_DISTANCE}) {
                    if (c.get(d) == 0) o.set(d, 0); // the nearer reading of the same referent counts
                }
                return;
            }
        }
        out.add(c);
    }

    private int sentenceIndex(int offset) {
        return features.sentenceIndex(offset);
    }
}
