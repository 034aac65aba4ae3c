package org.newsgraph.annotate.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of event the events layer reports, with the CAMEO event code each maps to where one fits (CAMEO 1.1b3,
 * Schrodt 2012: 14 protest, 17 coerce, 18 assault, 19 fight). Natural disasters and accidents have no CAMEO code:
 * CAMEO codes interactions between political actors. {@link #NONE} marks lexicon phrases that contain a trigger
 * word without naming an event ("cessez-le-feu", "arme à feu"), so the longest match blocks the shorter trigger.
 */
public enum EventType {
    /** 141: demonstrate or rally. */
    PROTEST("141"),
    /** 145: protest violently, riot (looting included). */
    RIOT("145"),
    /** 18: assault, unspecified. */
    ATTACK("18"),
    /** 183: conduct suicide, car or other non-military bombing. */
    EXPLOSION("183"),
    /** 180: use unconventional violence. */
    SHOOTING("180"),
    EARTHQUAKE(null, false),
    FLOOD(null, false),
    FIRE(null),
    STORM(null, false),
    CRASH(null),
    /** 1724: impose state of emergency or martial law. */
    STATE_OF_EMERGENCY("1724"),
    /** 1723: impose curfew. */
    CURFEW("1723"),
    /** 190: use conventional military force. */
    COUNTER_TERRORIST_OPERATION("190"),
    /** 1721: impose restrictions on political freedoms (communication blackouts included). */
    INTERNET_SHUTDOWN("1721"),
    /** 173: arrest, detain or charge with legal action. */
    ARREST_CAMPAIGN("173"),
    NONE(null);

    private final String cameo;
    private final boolean agentive;

    EventType(String cameo) {
        this(cameo, true);
    }

    /** {@code agentive} false: nobody does an earthquake, a flood or a storm, so such events have no actor. */
    EventType(String cameo, boolean agentive) {
        this.cameo = cameo;
        this.agentive = agentive;
    }

    /** True when someone can be the actor of such an event. */
    boolean agentive() {
        return agentive;
    }

    /** The CAMEO event code, when one fits. */
    public Optional<String> cameo() {
        return Optional.ofNullable(cameo);
    }

    /** The name in data files and JSON: {@code state_of_emergency}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every name a lexicon row may use, {@code none} included. */
    static List<String> jsonNames() {
        return Arrays.stream(values()).map(EventType::jsonName).toList();
    }

    static EventType fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
