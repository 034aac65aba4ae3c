package org.newsgraph.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something that happened, as the text reports it: a protest, a riot, an attack, a disaster, a state of emergency…
 * {@code type} is one of the {@code event-types} of the events layer (docs/format.md); the trigger is the words that
 * name it ({@code text}, {@code start}, {@code end}). {@code cameo} is the CAMEO event code the type maps to, when
 * one fits (none for natural disasters and accidents). {@code actor} and {@code place} point at entities
 * (a place with {@code start == end == -1} was not named in the sentence but inferred from the article, see
 * {@code placeInferred}); {@code time} is an index into the analysis' times, {@code figures} indices into its figures.
 */
public record Event(String type, String text, int start, int end, Optional<String> cameo, Optional<Reference> actor,
                    Optional<Reference> place, boolean placeInferred, OptionalInt time, List<Integer> figures) {

    public Event {
        figures = List.copyOf(figures);
    }
}
