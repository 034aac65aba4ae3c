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
        for (int k = recent.size() - 1; k >= 0 && !head.isEmpty(); k--) {
            Speaker r = recent.get(k);
            if (head.equals(r.head()) || lex.normalise(r.ref().text().orElse("")).contains(head)) {
                return Optional.of(r.standingFor(s));
            }
        }
        if (s.kind() == Speaker.Kind.ROLE) return Optional.of(s);
        // "la préfecture", "в ведомстве" that no earlier speaker's words name: the last body that spoke or was named,
        // never the last person ("Le maire a déclaré … Selon la préfecture, …" is not the mayor), else itself
        if (lex.is(head, WordKind.INSTITUTION)) {
            for (int k = recent.size() - 1; k >= 0; k--) {
                if (recent.get(k).isOrganisation()) return Optional.of(recent.get(k).standingFor(s));
            }
            return mentions.lastBefore(s.ref().start(), EntityType.ORGANIZATION,
                            e -> !media.anyWord(e.mention().text(), AttributionWords.Kind.MEDIUM))
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
