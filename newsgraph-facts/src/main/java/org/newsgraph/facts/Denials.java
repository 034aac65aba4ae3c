package org.newsgraph.facts;

import java.util.Optional;

/**
 * Tells a denied figure from a claimed one: when a retraction cue of the article's language stands before the
 * figure in its own sentence ("the ministry denied reports that more than 160 people died", "Минздрав выступил с
 * опровержением сообщений о том, что погибли более 160 человек"), the text reports the figure in order to deny
 * it; the body the text credits is the one denying, not the one claiming.
 */
final class Denials {
    private Denials() {
    }

    /** The cue before the figure in its sentence that makes it a denied figure, if any. */
    static Optional<String> cueBefore(String text, int sentenceStart, int figureStart, Cues cues) {
        if (cues.isEmpty() || figureStart <= sentenceStart || figureStart > text.length()) return Optional.empty();
        return cues.find(text.substring(sentenceStart, figureStart)).map(Cues.Match::phrase);
    }
}
