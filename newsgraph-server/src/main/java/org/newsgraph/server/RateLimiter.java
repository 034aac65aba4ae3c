package org.newsgraph.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client address: {@code perSecond} requests a second on average, bursts of twice that. The map of
 * clients is bounded: past {@link #MAX_CLIENTS} it is cleared (every client then starts with a full bucket), so
 * many addresses cannot grow memory. A rate of 0 allows everything.
 */
final class RateLimiter {
    static final int MAX_CLIENTS = 10_000;
    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond * 2);
    }

    /** Takes one token for {@code client}; false when the client has none left. */
    boolean allow(String client, long nowNanos) {
        if (perSecond <= 0) return true;
        if (buckets.size() > MAX_CLIENTS) buckets.clear();
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
        synchronized (b) {
            double refill = (nowNanos - b.lastNanos) / 1e9 * perSecond;
            b.tokens = Math.min(burst, b.tokens + Math.max(0, refill));
            b.lastNanos = nowNanos;
            if (b.tokens < 1) return false;
            b.tokens -= 1;
            return true;
        }
    }

    /** Seconds until a client that was refused has a token again (for Retry-After). */
    int retryAfterSeconds() {
        return perSecond <= 0 ? 0 : (int) Math.max(1, Math.ceil(1 / perSecond));
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }
}
