package org.newsgraph.annotate.packs;

/** The Russian pack passes the language-pack contract. */
class RussianPackTest extends LanguagePackContract {
    @Override
    protected String code() {
        return "ru";
    }
}
