package org.newsgraph.core.model;

import java.util.Optional;

/** What someone said: direct (inside quotation marks) or reported (the content of a clause of saying). */
public record Quote(String text, int start, int end, boolean direct, Optional<Reference> speaker) {
}
