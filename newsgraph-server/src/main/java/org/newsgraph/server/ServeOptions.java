package org.newsgraph.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How {@code newsgraph serve} runs.
 *
 * @param store         the store directory (opened writable unless {@code readOnly})
 * @param host          the address to bind; loopback by default, so nothing outside the machine can connect
 * @param port          0 picks a free port (tests)
 * @param token         the secret every write request must carry; generated at start when empty
 * @param allowedHosts  extra names accepted in the Host header when bound beyond loopback (DNS-rebinding guard)
 * @param maxBodyBytes  largest request body accepted
 * @param readsPerSecond    requests per second one client may make (bursts of twice as many); 0 turns the limit off
 * @param analysesPerSecond analyses (analyze, ingest, the analyse page) per second one client may ask for
 * @param kb            a local knowledge base directory, as {@code analyze --kb}
 */
public record ServeOptions(Path store, String host, int port, Optional<String> token, boolean readOnly,
                           List<String> allowedHosts, int maxBodyBytes, double readsPerSecond,
                           double analysesPerSecond, Optional<Path> kb) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;

    public ServeOptions {
        allowedHosts = List.copyOf(allowedHosts);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("--max-body must be at least 1024 bytes");
        if (readsPerSecond < 0 || analysesPerSecond < 0) throw new IllegalArgumentException("rates must be >= 0 (0: no limit)");
        token.ifPresent(t -> {
            if (t.length() < 16) throw new IllegalArgumentException("--token must be at least 16 characters: a short token is guessable");
        });
    }

    /** Loopback, port 8080, a generated token, default limits. */
    public static ServeOptions defaults(Path store) {
        return new ServeOptions(store, "127.0.0.1", DEFAULT_PORT, Optional.empty(), false, List.of(), DEFAULT_MAX_BODY,
                50, 10, Optional.empty());
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(store, host, p, token, readOnly, allowedHosts, maxBodyBytes, readsPerSecond, analysesPerSecond, kb);
    }

    public ServeOptions withToken(String t) {
        return new ServeOptions(store, host, port, Optional.ofNullable(t), readOnly, allowedHosts, maxBodyBytes,
                readsPerSecond, analysesPerSecond, kb);
    }

    public ServeOptions withRates(double reads, double analyses) {
        return new ServeOptions(store, host, port, token, readOnly, allowedHosts, maxBodyBytes, reads, analyses, kb);
    }

    public ServeOptions withMaxBody(int bytes) {
        return new ServeOptions(store, host, port, token, readOnly, allowedHosts, bytes, readsPerSecond, analysesPerSecond, kb);
    }
}
