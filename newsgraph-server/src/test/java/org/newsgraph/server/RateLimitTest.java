package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A client gets twice its rate in a burst, then one request per 1/rate seconds; others are not affected. */
class RateLimitTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void refusesPastTheBurstAndRefillsWithTime() {
        RateLimiter limiter = new RateLimiter(2);
        long t = 5 * SECOND;
        for (int i = 0; i < 4; i++) assertThat(limiter.allow("a", t)).isTrue();
        assertThat(limiter.allow("a", t)).isFalse();
        assertThat(limiter.allow("b", t)).isTrue();
        assertThat(limiter.allow("a", t + SECOND / 2)).isTrue();
        assertThat(limiter.allow("a", t + SECOND / 2)).isFalse();
        assertThat(limiter.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void zeroMeansNoLimit() {
        RateLimiter limiter = new RateLimiter(0);
        for (int i = 0; i < 1000; i++) assertThat(limiter.allow("a", 0)).isTrue();
    }
}
