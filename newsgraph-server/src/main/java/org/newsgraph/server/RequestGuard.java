package org.newsgraph.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every request before a handler sees it:
 * <ul>
 *   <li><b>Host</b> must name this server (loopback names and the port, or a name given with {@code --allow-host}):
 *       a page on another site whose DNS name is re-pointed at 127.0.0.1 (DNS rebinding) sends its own name and is
 *       refused;</li>
 *   <li><b>Origin</b>, when sent, must be this server; {@code Sec-Fetch-Site: cross-site} is refused except for a
 *       plain link followed to a page (GET navigation): no other site can post to the server or read from it;</li>
 *   <li><b>write endpoints</b> need the token ({@code Authorization: Bearer T} or {@code X-Newsgraph-Token: T}),
 *       compared in constant time;</li>
 *   <li><b>rate</b>: per client address, separately for reads and for analyses (they cost CPU).</li>
 * </ul>
 */
final class RequestGuard {
    private final Set<String> hosts = new HashSet<>();
    private final Set<String> origins = new HashSet<>();
    private final byte[] token;
    private final RateLimiter reads;
    private final RateLimiter analyses;

    RequestGuard(String boundHost, int port, Iterable<String> extraHosts, String token, double readsPerSecond,
                 double analysesPerSecond) {
        for (String h : new String[] {"127.0.0.1", "localhost", "[::1]"}) allow(h, port);
        if (!isWildcard(boundHost)) allow(boundHost.contains(":") && !boundHost.startsWith("[") ? "[" + boundHost + "]" : boundHost, port);
        for (String h : extraHosts) allow(h, port);
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.reads = new RateLimiter(readsPerSecond);
        this.analyses = new RateLimiter(analysesPerSecond);
    }

    private void allow(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        hosts.add(h + ":" + port);
        if (port == 80) hosts.add(h);
        origins.add("http://" + h + ":" + port);
        if (port == 80) origins.add("http://" + h);
    }

    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** Throws when the request must not reach the handler. */
    void check(Call call, Route route) {
        String host = call.header("Host").orElse("").toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
            throw new ApiException(421, "this server answers to " + sorted(hosts) + ", not to Host '" + host
                    + "': open it by one of those names, or start it with --allow-host NAME");
        }
        Optional<String> origin = call.header("Origin").map(o -> o.toLowerCase(Locale.ROOT));
        boolean write = !call.method().equals("GET") && !call.method().equals("HEAD");
        if (origin.isPresent() && !origins.contains(origin.get())) {
            throw new ApiException(403, "requests from " + origin.get() + " are refused: only this server's own pages "
                    + "may call it; use the API from a program (no Origin header) or from the server's pages");
        }
        String site = call.header("Sec-Fetch-Site").orElse("");
        String mode = call.header("Sec-Fetch-Mode").orElse("");
        if (site.equals("cross-site") && (write || !mode.equals("navigate"))) {
            throw new ApiException(403, "cross-site requests are refused: open the page from this server itself");
        }
        if (route.needsToken() && !tokenMatches(call)) {
            throw new ApiException(401, "this endpoint writes to the store and needs the token printed when the "
                    + "server started: send it as 'Authorization: Bearer TOKEN'");
        }
        long now = System.nanoTime();
        RateLimiter limiter = route.analyses() ? analyses : reads;
        if (!limiter.allow(call.remoteAddress(), now)) {
            throw new RateLimited(limiter.retryAfterSeconds());
        }
    }

    private boolean tokenMatches(Call call) {
        Optional<String> given = call.header("Authorization").filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(a -> a.substring(7).strip()).or(() -> call.header("X-Newsgraph-Token").map(String::strip));
        return given.isPresent() && MessageDigest.isEqual(given.get().getBytes(StandardCharsets.UTF_8), token);
    }

    private static String sorted(Set<String> s) {
        return s.stream().sorted().toList().toString();
    }

    /** Too many requests from one client: 429 with Retry-After. */
    static final class RateLimited extends RuntimeException {
        final int retryAfter;

        RateLimited(int retryAfter) {
            super("too many requests from this client: wait " + retryAfter + " s and try again, or start the "
                    + "server with a higher --rate", null, false, false);
            this.retryAfter = retryAfter;
        }
    }
}
