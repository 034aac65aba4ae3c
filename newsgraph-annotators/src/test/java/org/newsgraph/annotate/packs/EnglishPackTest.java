package org.newsgraph.annotate.packs;

/** The English pack passes the language-pack contract. */
class EnglishPackTest extends LanguagePackContract {
    @Override
    protected String code() {
        return "en";
    }
}
