package org.newsgraph.annotate.times;

import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The zone of a country (ISO 3166-1 alpha-2), when all of its zones keep the same offset on the day asked: Belarus
 * or Germany always, Kazakhstan only since it moved to a single zone, Russia never. The zones of each country come
 * from ICU's tz data; their offsets from the JDK's rules.
 */
final class CountryZones {
    private final Map<String, List<ZoneId>> byCountry = new ConcurrentHashMap<>();

    Optional<ZoneId> uniform(String country, LocalDateTime at) {
        List<ZoneId> zones = byCountry.computeIfAbsent(country.toUpperCase(Locale.ROOT), CountryZones::zonesOf);
        if (zones.isEmpty()) return Optional.empty();
        var offset = zones.get(0).getRules().getOffset(at);
        for (ZoneId z : zones) {
            if (!z.getRules().getOffset(at).equals(offset)) return Optional.empty();
        }
        return Optional.of(zones.get(0));
    }

    private static List<ZoneId> zonesOf(String country) {
        List<ZoneId> out = new ArrayList<>();
        if (country.length() != 2) return out;
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, country, null)) {
            try {
                out.add(ZoneId.of(id));
            } catch (DateTimeException e) {
                // an id the JDK does not know: the country's zones are then not all known, so none is uniform
                return List.of();
            }
        }
        return List.copyOf(out);
    }
}
