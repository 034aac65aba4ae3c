package org.newsgraph.annotate.times;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Time zones as the vocabulary names them: an IANA id ("Europe/Moscow", whose offset on the day comes from the
 * JDK's rules, summer time and past changes included) or a fixed offset ("+03:00", "Z").
 */
final class Zones {
    private Zones() {
    }

    static Optional<ZoneId> parse(String id) {
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static ZoneOffset offset(ZoneId zone, LocalDateTime local) {
        return zone.getRules().getOffset(local);
    }

    /** {@code 2022-01-29T20:00}, with {@code +06:00} appended when the zone is known ({@code +00:00} for UTC). */
    static String format(LocalDateTime local, Optional<ZoneId> zone) {
        StringBuilder b = new StringBuilder(22);
        IsoNumbers.append(b, local.getYear(), 4).append('-');
        IsoNumbers.append(b, local.getMonthValue(), 2).append('-');
        IsoNumbers.append(b, local.getDayOfMonth(), 2).append('T');
        IsoNumbers.append(b, local.getHour(), 2).append(':');
        String base = IsoNumbers.append(b, local.getMinute(), 2).toString();
        return zone.map(z -> base + formatOffset(offset(z, local))).orElse(base);
    }

    static String formatOffset(ZoneOffset o) {
        int s = o.getTotalSeconds();
        int abs = Math.abs(s);
        StringBuilder b = new StringBuilder(6).append(s < 0 ? '-' : '+');
        IsoNumbers.append(b, abs / 3600, 2).append(':');
        return IsoNumbers.append(b, abs / 60 % 60, 2).toString();
    }
}
