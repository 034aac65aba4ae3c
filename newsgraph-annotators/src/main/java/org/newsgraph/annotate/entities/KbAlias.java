package org.newsgraph.annotate.entities;

/**
 * One name of a {@link KbEntry} as the matcher needs it: how many words it has and how it must be written to match.
 * An acronym ("ONU", "US") only matches in capitals; a name written in lower case in the data ("ministère de la
 * Santé") may match without a capital; a surname alone of a person is a weak alias, used when nothing better fits.
 */
record KbAlias(KbEntry entry, String form, int words, boolean acronym, boolean lowerStart, boolean surname) {
}
