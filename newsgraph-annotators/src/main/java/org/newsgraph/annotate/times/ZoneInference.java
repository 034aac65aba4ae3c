package org.newsgraph.annotate.times;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * "20h00 (17h00 heure de Moscou)": when one time is restated in another zone right after it, the two name the same
 * instant, so the unzoned one's offset is the zoned one's offset plus the difference of the clocks.
 */
final class ZoneInference {
    private static final int MAX_GAP = 4;

    private ZoneInference() {
    }

    /** True when only brackets, commas, slashes or dashes separate the two expressions. */
    static boolean restated(String text, int endOfFirst, int startOfSecond) {
        if (startOfSecond < endOfFirst || startOfSecond - endOfFirst > MAX_GAP + 4) return false;
        int signs = 0;
        for (int i = endOfFirst; i < startOfSecond; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            if ("([,/–—-".indexOf(c) < 0) return false;
            signs++;
        }
        return signs > 0 && signs <= MAX_GAP;
    }

    /** The offset of {@code unzoned} implied by {@code zoned} at the same instant, when it is a plausible one. */
    static Optional<ZoneOffset> infer(LocalDateTime unzoned, LocalDateTime zoned, ZoneId zone) {
        ZoneOffset known = zone.getRules().getOffset(zoned);
        long minutes = Duration.between(zoned, unzoned).toMinutes();
        // the clocks may straddle midnight: bring the difference into a day
        minutes = ((minutes % 1440) + 1440) % 1440;
        long offset = known.getTotalSeconds() / 60 + minutes;
        if (offset > 14 * 60) offset -= 1440;
        if (offset < -12 * 60 || offset > 14 * 60 || offset % 15 != 0) return Optional.empty();
        return Optional.of(ZoneOffset.ofTotalSeconds((int) offset * 60));
    }
}
