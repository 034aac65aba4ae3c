package org.newsgraph.annotate.packs;

/** The made-up test language passes the same contract as the real packs. */
class FakePackTest extends LanguagePackContract {
    @Override
    protected String code() {
        return "xx";
    }

    /** No name model is trained for it: its names are typed by the pack's cues alone. */
    @Override
    protected boolean shipsModels() {
        return false;
    }
}
