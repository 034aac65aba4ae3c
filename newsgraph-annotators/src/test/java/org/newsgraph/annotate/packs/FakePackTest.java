package org.newsgraph.annotate.packs;

/** The made-up test language passes the same contract as the real packs. */
class FakePackTest extends LanguagePackContract {
    @Override
    protected String code() {
        return "xx";
    }
}
