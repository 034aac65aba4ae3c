package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.attribution.AttributionWords;
import org.newsgraph.annotate.quotes.SpeechLexicon.WordKind;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;

/**
 * Resolves pronouns ("il", "she", "он") and descriptions that refer back ("the official", "министр", a silent
 * subject) to an earlier speaker, in text order: the speakers met so far are remembered, and a person named since the
 * last of them wins over it. Without an antecedent, a description stands as it is and a pronoun credits nobody.
 */
final class SpeakerResolver {
    private static final int RECENT_SPEAKERS = 8;

    private final MentionIndex mentions;
    private final SpeechLexicon lex;
    private final List<Span> sentences;
    private final List<Speaker> recent = new ArrayList<>();
    private final AttributionWords media;

    /** {@code sentences}: the document's sentences in text order, to tell how far back a mention lies. */
    SpeakerResolver(MentionIndex mentions, List<Span> sentences, SpeechLexicon lex) {
        this(mentions, sentences, lex, AttributionWords.EMPTY);
    }

    /** {@code media}: the media a body word never refers back to ("сообщили РИА Новости в ведомстве"). */
    SpeakerResolver(MentionIndex mentions, List<Span> sentences, SpeechLexicon lex, AttributionWords media) {
        this.lex = lex;
        this.mentions = mentions;
        this.sentences = sentences;
        this.media = media;
    }

    /** The speaker {@code s} stands for, or empty when it refers to nobody. */
    Optional<Speaker> resolve(Speaker s) {
        if (!s.needsResolution()) return Optional.of(s);
        if (s.kind() == Speaker.Kind.PRONOUN) return resolvePronoun(s);
        String head = s.head();
        boolean institution = lex.is(head, WordKind.INSTITUTION);
        for (int k = recent.size() - 1; k >= 0 && !head.isEmpty(); k--) {
            Speaker r = recent.get(k);
            String earlier = lex.normalise(r.ref().text().orElse(""));
            if ((head.equals(r.head()) || earlier.contains(head)) && (!institution || modifiersIn(s, earlier))) {
                return Optional.of(r.standingFor(s));
            }
        }
        if (s.kind() == Speaker.Kind.ROLE) return Optional.of(s);
        // "la préfecture", "в ведомстве" that no earlier speaker's words name: the last body that spoke or was named,
        // never the last person ("Le maire a déclaré … Selon la préfecture, …" is not the mayor), else itself
        if (institution) {
            for (int k = recent.size() - 1; k >= 0; k--) {
                if (recent.get(k).isOrganisation() && modifiersIn(s, lex.normalise(recent.get(k).ref().text().orElse("")))) {
                    return Optional.of(recent.get(k).standingFor(s));
                }
            }
            return mentions.lastBefore(s.ref().start(), EntityType.ORGANIZATION,
                            e -> !media.anyWord(e.mention().text(), AttributionWords.Kind.MEDIUM)
                                    && modifiersIn(s, lex.normalise(e.mention().text())))
                    .map(e -> Speaker.entity(new Reference(Optional.of(e.entityId()), s.ref().text(), s.ref().start(),
                            s.ref().end()), EntityType.ORGANIZATION))
                    .or(() -> Optional.of(s));
        }
        if (!recent.isEmpty()) return Optional.of(recent.get(recent.size() - 1).standingFor(s));
        Optional<MentionIndex.Entry> e = mentions.lastBefore(s.ref().start(), EntityType.PERSON)
                .or(() -> mentions.lastBefore(s.ref().start(), EntityType.ORGANIZATION));
        if (e.isPresent()) {
            Mention m = e.get().mention();
            Reference r = silent(s)
                    ? new Reference(Optional.of(e.get().entityId()), Optional.of(m.text()), m.start(), m.end())
                    : new Reference(Optional.of(e.get().entityId()), s.ref().text(), s.ref().start(), s.ref().end());
            return Optional.of(Speaker.entity(r, e.get().type()));
        }
        return silent(s) ? Optional.empty() : Optional.of(Speaker.of(Speaker.Kind.DESCRIPTIVE, s.ref(), head));
    }

    /**
     * Whether every word of a body's description besides its head, determiners and prepositions occurs in the
     * normalised words of an earlier speaker: "the interior ministry" after "the health ministry said" names another
     * ministry, "the ministry" or "the health ministry" the same one. Read once per quote whose speaker refers back.
     */
    private boolean modifiersIn(Speaker s, String earlier) {
        String t = lex.normalise(s.ref().text().orElse(""));
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && !Character.isLetter(t.charAt(i))) i++;
            int j = i;
            while (j < t.length() && Character.isLetter(t.charAt(j))) j++;
            if (j - i > 2) {
                String w = t.substring(i, j);
                if (!w.equals(s.head()) && !lex.is(w, WordKind.DEFINITE) && !lex.is(w, WordKind.INDEFINITE)
                        && !media.isPreposition(w) && !earlier.contains(w)) return false;
            }
            i = j;
        }
        return true;
    }

    /** The last speaker remembered, if any. */
    Optional<Speaker> last() {
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(recent.size() - 1));
    }

    /** Remembers a resolved speaker as the antecedent of what follows. */
    void remember(Speaker s) {
        recent.add(s);
        if (recent.size() > RECENT_SPEAKERS) recent.remove(0);
    }

    private Optional<Speaker> resolvePronoun(Speaker s) {
        boolean singular = s.pronoun().filter(k -> k == WordKind.PRONOUN_M || k == WordKind.PRONOUN_F).isPresent();
        Optional<Speaker> newer = singular ? personNamedSince(s) : Optional.empty();
        if (newer.isPresent()) return newer;
        for (int k = recent.size() - 1; k >= 0; k--) {
            Speaker r = recent.get(k);
            if (!singular || !r.isOrganisation()) return Optional.of(r.standingFor(s));
        }
        EntityType type = singular ? EntityType.PERSON : EntityType.ORGANIZATION;
        return mentions.lastBefore(s.ref().start(), type).map(e -> Speaker.entity(
                new Reference(Optional.of(e.entityId()), s.ref().text(), s.ref().start(), s.ref().end()), e.type()));
    }

    /**
     * "Le Premier ministre X s'est rendu sur place. Il a affirmé que …": a person named after the last speaker's
     * sentence, and before the pronoun, is a closer antecedent than the last speaker.
     */
    private Optional<Speaker> personNamedSince(Speaker pronoun) {
        Optional<MentionIndex.Entry> e = mentions.lastBefore(pronoun.ref().start(), EntityType.PERSON);
        if (e.isEmpty()) return Optional.empty();
        if (!recent.isEmpty()) {
            Speaker last = recent.get(recent.size() - 1);
            if (last.ref().entity().filter(id -> id.equals(e.get().entityId())).isPresent()) return Optional.empty();
            if (sentenceIndex(e.get().start()) <= sentenceIndex(last.ref().start())) return Optional.empty();
        }
        return Optional.of(Speaker.entity(new Reference(Optional.of(e.get().entityId()), pronoun.ref().text(),
                pronoun.ref().start(), pronoun.ref().end()), EntityType.PERSON));
    }

    private int sentenceIndex(int offset) {
        return org.newsgraph.annotate.attribution.FeatureReader.sentenceIndex(sentences, offset);
    }

    private static boolean silent(Speaker s) {
        return s.ref().text().filter(t -> !t.isBlank()).isEmpty();
    }
}
