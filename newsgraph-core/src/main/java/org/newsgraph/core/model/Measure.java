package org.newsgraph.core.model;

import java.util.Locale;

/** What a figure counts. */
public enum Measure {
    KILLED, INJURED, ARRESTED, MISSING, DISPLACED, EVACUATED, PARTICIPANTS, OTHER;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The measure named by its JSON name; {@code OTHER} for anything unknown. */
    public static Measure fromJson(String name) {
        for (Measure m : values()) {
            if (m.jsonName().equals(name)) return m;
        }
        return OTHER;
    }
}
