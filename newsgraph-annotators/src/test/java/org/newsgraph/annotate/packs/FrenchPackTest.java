package org.newsgraph.annotate.packs;

/** The French pack passes the language-pack contract. */
class FrenchPackTest extends LanguagePackContract {
    @Override
    protected String code() {
        return "fr";
    }
}
