package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.attribution.AttributionWords;
import org.newsgraph.annotate.attribution.Feature;
import org.newsgraph.annotate.attribution.FeatureReader;
import org.newsgraph.annotate.attribution.Ranker;
import org.newsgraph.annotate.attribution.Ranking;
import org.newsgraph.annotate.attribution.RoleHolders;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;

/**
 * Who the text credits a figure to, in order of precedence: the speaker of a direct quote that contains it; the
 * earlier publisher of the data when its sentence cites only "the figures published earlier"; an
 * explicit "according to X" in its sentence (the most specific origin: "Interfax, citing the ministry, said …" credits
 * the ministry); the subject of the verb of saying nearest to it in its sentence; the speaker of reported speech or
 * the attribution of the quotes annotator that covers it (which resolves pronouns and reaches across sentences); the
 * source of a following sentence that opens with "Об этом сообщил X" / "This was reported by X". Layers of the
 * quotes and entities annotators are used when present; without them the annotator reads claims and quotes itself.
 */
final class SourceFinder {
    /** Sentences around a quoted figure searched for its reporting clause. */
    private static final int QUOTE_REACH = 3;
    /** Lower-case words at most between a role's preposition and the name of its body ("of the regional Red Cross"). */
    private static final int MODIFIERS = 2;

    private final ClaimReader claims;
    private final PublishedDataSources published;
    private final AttributionWords words;
    private final Ranker ranker;

    SourceFinder(FigureVocabulary vocab) {
        this(vocab, AttributionWords.EMPTY, Ranker.standard());
    }

    SourceFinder(FigureVocabulary vocab, AttributionWords words, Ranker ranker) {
        this.claims = new ClaimReader(vocab, words);
        this.published = new PublishedDataSources(vocab);
        this.words = words;
        this.ranker = ranker;
    }

    /** One source (or null) per figure, in the order of {@code figures}. */
    List<Reference> find(Doc doc, List<List<Tok>> sentences, List<Candidate> figures) {
        return find(doc, sentences, figures, new ArrayList<>());
    }

    /**
     * One source (or null) per figure, in the order of {@code figures}; the ranking of each figure's candidate
     * sources is added to {@code rankings}. Each way of reading a source (a quote around the figure, published data,
     * "according to", a verb of saying, an attribution of the quotes annotator, the next sentence, the publisher of
     * earlier data) proposes a candidate; the fitted weights choose.
     */
    List<Reference> find(Doc doc, List<List<Tok>> sentences, List<Candidate> figures, List<Ranking> rankings) {
        return find(doc, sentences, figures, rankings, new ArrayList<>());
    }

    /**
     * As {@link #find(Doc, List, List, List)}, and adds to {@code denials} one entry per figure: present when its
     * sentence reports it only to deny it ("the ministry denied reports that 160 people died"), naming the denier.
     * The denier is never the figure's source.
     */
    List<Reference> find(Doc doc, List<List<Tok>> sentences, List<Candidate> figures, List<Ranking> rankings,
                         List<Optional<Figure.Denial>> denials) {
        if (figures.isEmpty()) return List.of();
        // claims are read up to a few sentences after the last figure: later ones credit nothing
        int last = Math.min(sentences.size() - 1, figures.get(figures.size() - 1).sentence + QUOTE_REACH);
        List<List<Claim>> bySentence = new ArrayList<>(sentences.size());
        Span memory = null;
        for (int s = 0; s < sentences.size(); s++) {
            if (s > last) {
                bySentence.add(List.of());
                continue;
            }
            List<Claim> cs = claims.read(sentences.get(s), memory, doc.text());
            bySentence.add(cs);
            memory = lastNamed(cs, memory);
        }
        Optional<List<Quote>> quotes = doc.find(Layers.QUOTES);
        Optional<List<Attribution>> attributions = doc.find(Layers.ATTRIBUTIONS);
        List<Entity> entities = doc.find(Layers.ENTITIES).orElse(List.of());

        List<Reference> out = new ArrayList<>(figures.size());
        FeatureReader features = new FeatureReader(doc.text(), doc.expect(Layers.SENTENCES), entities, words);
        RoleHolders holders = new RoleHolders(doc.text(), entities, doc.expect(Layers.SENTENCES), words::isFunctionWord,
                words.normalizer(), words::isPreposition);
        PublishedDataSources.Reading publishedData = this.published.reading(sentences);
        Reference publisher = null;
        Candidate publisherFigure = null;
        for (Candidate f : figures) {
            List<Claim> own = bySentence.get(f.sentence);
            List<org.newsgraph.annotate.attribution.Candidate> cs = new ArrayList<>();
            add(cs, fromQuotes(quotes, f, true), "direct quote", Feature.SLOT_QUOTE_SPEAKER, entities);
            Reference published = toReference(doc, publishedData.publisher(f), entities);
            add(cs, published, "published data", Feature.SLOT_PUBLISHED_DATA, entities);
            add(cs, toReference(doc, laterVerbSource(own, f), entities), "later verb", Feature.SLOT_SUBJECT, entities);
            Reference cited = toReference(doc, citedAfter(own, f), entities);
            add(cs, cited, "cited after", Feature.SLOT_SUBJECT, entities);
            add(cs, toReference(doc, nearestSource(own, f, true), entities), "according to", Feature.SLOT_CUE, entities);
            add(cs, toReference(doc, nearestSource(own, f, false), entities), "verb subject", Feature.SLOT_SUBJECT, entities);
            add(cs, fromQuotes(quotes, f, false), "reported speech", Feature.SLOT_QUOTE_SPEAKER, entities);
            if (attributions.isPresent()) add(cs, fromAttributions(attributions.get(), f), "attribution", Feature.SLOT_CUE, entities);
            boolean creditedNext = f.sentence + 1 < sentences.size()
                    && claims.opensWithAnaphora(sentences.get(f.sentence + 1));
            if (creditedNext) {
                List<Claim> next = bySentence.get(f.sentence + 1);
                if (!next.isEmpty()) add(cs, toReference(doc, next.get(0).source(), entities), "next sentence", Feature.SLOT_CUE, entities);
            }
            // "According to the published data, 40 died. 300 were injured.": the data's publisher goes on crediting
            // the figures of the next sentences of its paragraph that name no source of their own
            if (publisher != null && own.isEmpty() && f.sentence <= publisherFigure.sentence + 1
                    && doc.text().indexOf('\n', publisherFigure.end(), f.start()) < 0) {
                add(cs, publisher, "publisher of earlier data", Feature.SLOT_RESOLVED, entities);
            }
            addRoleHolders(cs, holders, entities);
            if (cited != null) excludeRelay(cs, toReference(doc, nearestSource(own, f, false), entities), cited);
            cs.removeIf(c -> !features.admissible(c.ref()));
            Claim denial = denialOf(own, f);
            Reference denier = denial == null ? null : toReference(doc, denial.source(), entities);
            if (denier != null) cs.removeIf(c -> isDenier(c.ref(), denier));
            // what a denial reports comes from the reports it names in its own sentence ("reports by X of 160 dead"),
            // if anyone: never from a speaker of another sentence whose words reach this far
            if (denial != null) {
                List<Tok> sentence = sentences.get(f.sentence);
                int from = sentence.get(0).start();
                int to = sentence.get(sentence.size() - 1).end();
                cs.removeIf(c -> c.ref().start() < from || c.ref().start() >= to);
            }
            denials.add(denial == null ? Optional.empty() : Optional.of(new Figure.Denial(Optional.ofNullable(denier))));
            for (var c : cs) features.read(c, f.textStart(), f.textEnd());
            Ranking r = ranker.rank("figure", f.textStart(), f.textEnd(), cs);
            rankings.add(r);
            Reference ref = r.winner().map(c -> c.ref().withScore(r.score())).orElse(null);
            if (ref != null && (r.winner().get().origin().equals("published data") || r.winner().get().origin().startsWith("publisher"))) {
                publisher = published != null ? published : publisher;
                publisherFigure = f;
            }
            out.add(ref);
        }
        return out;
    }

    /** The subject of the verb only relays what the figure's own "according to" after it names. */
    private static void excludeRelay(List<org.newsgraph.annotate.attribution.Candidate> cs, Reference relay, Reference cited) {
        var verb = new org.newsgraph.annotate.attribution.Candidate(relay, Optional.empty(), "verb subject", null);
        if (verb.sameReferent(new org.newsgraph.annotate.attribution.Candidate(cited, Optional.empty(), "cited after", null))) return;
        for (var c : cs) if (c.sameReferent(verb)) c.exclude("relays the source cited after the figure");
    }

    /** The slots a role holder takes over from the phrase that names it. */
    private static final Feature[] PHRASE_SLOTS = {Feature.SLOT_SUBJECT, Feature.SLOT_CUE, Feature.SLOT_RESOLVED,
            Feature.SLOT_QUOTE_SPEAKER, Feature.SLOT_PUBLISHED_DATA, Feature.SLOT_PREVIOUS_SPEAKER};

    /**
     * A source phrase naming one person by role ("the health minister") also proposes the person named with that
     * role. The holder is whom the phrase in its slot names, not a rival standing elsewhere: it stands at the phrase's
     * place and in the phrase's slots, as far as the role words beside its name match the phrase (as the quotes'
     * speakers do). A collective head ("officials") or a body word ("the ministry") names no single holder.
     */
    private void addRoleHolders(List<org.newsgraph.annotate.attribution.Candidate> cs, RoleHolders holders, List<Entity> entities) {
        List<org.newsgraph.annotate.attribution.Candidate> found = new ArrayList<>();
        for (var c : cs) {
            Reference r = c.ref();
            if (r.entity().isPresent() || r.text().isEmpty()) continue;
            Optional<String> noun = words.holderNoun(r.text().get());
            if (noun.isEmpty()) continue;
            for (RoleHolders.Holder h : holders.of(r.text().get(), r.start(), r.end(), noun.get())) {
                Reference ref = new Reference(Optional.of(h.entity().id()), r.text(), r.start(), r.end());
                var holder = new org.newsgraph.annotate.attribution.Candidate(ref, Optional.of(h.entity().type()), "role holder", null)
                        .set(Feature.SLOT_ROLE_HOLDER, 1).set(Feature.ROLE_MATCH, h.match());
                for (Feature slot : PHRASE_SLOTS) {
                    if (c.get(slot) > 0) holder.set(slot, c.get(slot) * h.match());
                }
                found.add(holder);
                break;
            }
        }
        // a holder another reading already proposed (the speaker of the reported clause) takes the phrase's slots too
        for (var c : found) {
            var same = cs.stream().filter(o -> o.sameReferent(c)).findFirst();
            if (same.isEmpty()) {
                cs.add(c);
                continue;
            }
            for (Feature slot : PHRASE_SLOTS) {
                if (c.get(slot) > same.get().get(slot)) same.get().set(slot, c.get(slot));
            }
        }
    }

    /**
     * Adds a candidate for {@code ref} found by {@code origin}, or merges its slot into an earlier candidate naming
     * the same referent (several readings agreeing is evidence).
     */
    private static void add(List<org.newsgraph.annotate.attribution.Candidate> cs, Reference ref, String origin,
                            Feature slot, List<Entity> entities) {
        if (ref == null) return;
        Optional<EntityType> type = ref.entity().flatMap(id -> entities.stream().filter(e -> e.id().equals(id)).map(Entity::type).findFirst());
        var c = new org.newsgraph.annotate.attribution.Candidate(ref, type, origin, null).set(slot, 1);
        for (var o : cs) {
            if (o.sameReferent(c)) {
                o.set(slot, 1);
                return;
            }
        }
        cs.add(c);
    }

    /** The source later pronouns stand for: an "according to" source of the sentence before a verb's subject. */
    private static Span lastNamed(List<Claim> claims, Span memory) {
        Span according = null;
        Span verb = null;
        for (Claim c : claims) {
            if (!c.named() || c.pronoun()) continue;
            if (c.according()) according = c.source();
            else verb = c.source();
        }
        return according != null ? according : verb != null ? verb : memory;
    }

    /** The speaker of a direct (or else reported) quote of the quotes layer that contains the figure. */
    private static Reference fromQuotes(Optional<List<Quote>> quotes, Candidate f, boolean direct) {
        if (quotes.isEmpty()) return null;
        for (Quote q : quotes.get()) {
            if (q.direct() == direct && q.start() <= f.start() && f.end() <= q.end() && q.speaker().isPresent()) {
                return q.speaker().get();
            }
        }
        return null;
    }

    /** The attribution of the layer with the narrowest scope containing the figure. */
    private static Reference fromAttributions(List<Attribution> attributions, Candidate f) {
        Attribution best = null;
        for (Attribution a : attributions) {
            if (a.scopeStart() <= f.start() && f.end() <= a.scopeEnd()
                    && (best == null || a.scopeEnd() - a.scopeStart() < best.scopeEnd() - best.scopeStart())) {
                best = a;
            }
        }
        return best == null ? null : best.source();
    }

    /**
     * "Selon X, 80 000 personnes ont défilé, alors que le ministère en a compté 30 000": a verb of saying between the
     * "according to" and the figure credits the figure to its own subject.
     */
    private static Span laterVerbSource(List<Claim> claims, Candidate f) {
        Claim according = nearest(claims, f, true);
        Claim verb = nearest(claims, f, false);
        if (according == null || verb == null) return null;
        return according.at() < verb.at() && verb.at() < f.start() ? verb.source() : null;
    }

    /**
     * "The agency had put the toll at 120, but at least 300 people died, according to the Red Cross": an "according
     * to" after the figure, with a verb of saying before it, names where the figure itself comes from (as "citing X"
     * does), more specifically than the subject of the verb.
     */
    private static Span citedAfter(List<Claim> claims, Candidate f) {
        Claim according = nearest(claims, f, true);
        Claim verb = nearest(claims, f, false);
        if (according == null || verb == null) return null;
        return verb.at() < f.start() && f.end() <= according.at() ? according.source() : null;
    }

    /** The source of the claim of the given kind ("according to", or a verb of saying) nearest to the figure. */
    private static Span nearestSource(List<Claim> claims, Candidate f, boolean according) {
        Claim c = nearest(claims, f, according);
        return c == null ? null : c.source();
    }

    /**
     * The denial of the figure's sentence that governs it: a verb of denying before the figure with no verb of
     * saying between them ("X denied reports that 160 died"; not "X denied it, and Y said 160 died"), or after the
     * figure when nobody says it before ("reports that 160 died, which the army denied"; "сообщения, согласно которым
     * погибли 160 человек, в МЧС опровергли"; not "the police said 40 were held, and denied that …").
     */
    private static Claim denialOf(List<Claim> claims, Candidate f) {
        Claim denial = null;
        boolean said = false;
        for (Claim c : claims) {
            if (c.at() >= f.start()) {
                if (denial == null && !said && c.denial()) return c;
                if (!c.denial()) break;
                continue;
            }
            if (c.denial()) denial = c;
            else {
                said = true;
                if (!c.according() && denial != null) denial = null;
            }
        }
        return denial;
    }

    /** The same entity as the denier, or words overlapping the denier's ("The ministry denied" read as a speaker). */
    private static boolean isDenier(Reference r, Reference denier) {
        if (r.entity().isPresent() && r.entity().equals(denier.entity())) return true;
        return r.end() > r.start() && r.start() < denier.end() && denier.start() < r.end();
    }

    private static Claim nearest(List<Claim> claims, Candidate f, boolean according) {
        Claim best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Claim c : claims) {
            if (c.according() != according || c.denial()) continue;
            int d = Math.abs(c.at() - f.start());
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The entity named inside the source span when there is one (the last person, else the last organisation, else
     * the last other: "State TV channel Khabar 24" is the channel; "the city council of Springfield" is the
     * council, not the city), else the text.
     */
    private static int rank(Entity e) {
        return e.type() == EntityType.ORGANIZATION ? 0 : 1;
    }

    /**
     * True when a preposition (perhaps with a determiner and an adjective or two after it) stands right before {@code at}, and a noun naming
     * one person by role stands before it from {@code from} on ("the head of the", "le porte-parole de la").
     */
    private boolean complementOfRole(String text, int from, int at) {
        int[] w = wordBefore(text, from, at);
        // "of the regional Red Cross": an adjective or two between
        for (int n = 0; n < MODIFIERS && w != null && Character.isLowerCase(text.charAt(w[0]))
                && !words.isFunctionWord(text.substring(w[0], w[1])); n++) w = wordBefore(text, from, w[0]);
        if (w != null && words.isFunctionWord(text.substring(w[0], w[1])) && !words.isPreposition(text.substring(w[0], w[1]))) {
            w = wordBefore(text, from, w[0]);
        }
        if (w == null || !words.isPreposition(text.substring(w[0], w[1]))) return false;
        return words.holderNoun(text.substring(from, w[0])).isPresent();
    }

    /** The letters of the word ending right before {@code at} (spaces and an elision's apostrophe between), or null. */
    private static int[] wordBefore(String text, int from, int at) {
        int end = at;
        while (end > from && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’')) end--;
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) start--;
        return start < end ? new int[] {start, end} : null;
    }

    private Reference toReference(Doc doc, Span span, List<Entity> entities) {
        if (span == null) return null;
        Entity person = null;
        Mention personMention = null;
        Entity other = null;
        Mention otherMention = null;
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() < span.start() || m.end() > span.end()) continue;
                // a role ("le président", "министр") stands for its person; pronouns are left to the text
                boolean roleOfNonPerson = m.kind() == Mention.Kind.ROLE && e.type() != EntityType.PERSON;
                if (m.kind() == Mention.Kind.PRONOUN || roleOfNonPerson) continue;
                // "the UN humanitarian office": a body named by its parent organisation is not that organisation
                if (e.type() == EntityType.ORGANIZATION && words.bodyNounFollows(doc.text(), m.end(), span.end())) continue;
                // "the head of the Red Cross": a body in the complement of a role names whom the role serves; the
                // role's phrase stands, and its holder is proposed from it
                if (e.type() != EntityType.PERSON && complementOfRole(doc.text(), span.start(), m.start())) continue;
                if (e.type() == EntityType.PERSON) {
                    if (personMention == null || m.start() > personMention.start()) {
                        person = e;
                        personMention = m;
                    }
                } else if (otherMention == null || rank(e) < rank(other)
                        || (rank(e) == rank(other) && m.start() > otherMention.start())) {
                    other = e;
                    otherMention = m;
                }
            }
        }
        if (person != null) return new Reference(Optional.of(person.id()), Optional.of(personMention.text()),
                personMention.start(), personMention.end());
        // a place inside a description ("a top official in Kazakhstan") is not the source; a place alone may be
        boolean placeInDescription = other != null && other.type() != EntityType.ORGANIZATION
                && 2 * (otherMention.end() - otherMention.start()) < span.length();
        if (other != null && !placeInDescription) {
            return new Reference(Optional.of(other.id()), Optional.of(otherMention.text()), otherMention.start(),
                    otherMention.end());
        }
        return Reference.ofText(doc.text(span), span.start(), span.end());
    }
}
