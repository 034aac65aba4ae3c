package org.newsgraph.annotate.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word as written, with what the name finder reads of it in every article: its lower case, its name key
 * ({@link NameKeys#key}) and, once asked, what the knowledge base knows of that key. Forms are shared between
 * documents ({@link NameLexicons#form}): the same words come back article after article, so each is lower-cased,
 * keyed and looked up in the KB once instead of at every occurrence. Immutable but for the KB facts, which are
 * computed on first use and replaced only when asked for with another KB.
 */
final class WordForm {
    final String text;
    final String lower;
    final String key;
    private KbFacts facts;
    private LexiconCues lexiconCues;

    WordForm(String text, EndingFolder endings) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.key = NameKeys.key(text, endings);
    }

    /** What {@code kb} and the first-name list say of this form's key (computed once per KB and list). */
    KbFacts facts(KnowledgeBase kb, Set<String> firstNames) {
        KbFacts f = facts;
        if (f == null || f.kb != kb || f.firstNames != firstNames) {
            f = new KbFacts(kb, firstNames, key);
            facts = f; // a race only computes the same facts twice: they are immutable
        }
        return f;
    }

    /**
     * {@link NerFeatures#lexiconCues} of this form: seven set look-ups made once per form and lexicons instead of at
     * every occurrence (the name finder also asks it for organisation heads and non-names).
     */
    int lexiconCues(NameLexicons lx) {
        LexiconCues c = lexiconCues;
        if (c == null || c.lexicons != lx) {
            c = new LexiconCues(lx, NerFeatures.lexiconCues(this, lx));
            lexiconCues = c; // a race only computes the same bits twice
        }
        return c.bits;
    }

    private record LexiconCues(NameLexicons lexicons, int bits) {
    }

    /** The KB look-ups of one name key, each the answer {@link KnowledgeBase} gives for it. */
    static final class KbFacts {
        private final KnowledgeBase kb;
        private final Set<String> firstNames;
        /** {@link KnowledgeBase#maxWords} of the key's first word. */
        final int maxWords;
        /** {@link KnowledgeBase#lookup} of the key. */
        final List<KbAlias> aliases;
        /** {@link KnowledgeBase#mostPopulousPlace} of the key, or null. */
        final KbEntry mostPopulousPlace;
        /** {@link KnowledgeBase#startsPlaceName} of the key. */
        final boolean startsPlaceName;
        /** The key is a first name's. */
        final boolean firstName;

        private KbFacts(KnowledgeBase kb, Set<String> firstNames, String key) {
            this.kb = kb;
            this.firstNames = firstNames;
            int sp = key.indexOf(' ');
            this.maxWords = kb.maxWords(sp < 0 ? key : key.substring(0, sp));
            this.aliases = kb.lookup(key);
            this.mostPopulousPlace = kb.mostPopulousPlace(key);
            this.startsPlaceName = kb.startsPlaceName(key);
            this.firstName = firstNames.contains(key);
        }
    }
}
