package org.newsgraph.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code newsgraph serve}: an embedded Jetty server with the REST API, the pages and their assets over one store.
 * Every request passes the {@link RequestGuard} (Host, Origin, token, rate) before its handler; every error is one
 * line saying what to do, as JSON under {@code /api} and as a short page elsewhere.
 */
public final class NewsgraphServer implements AutoCloseable {
    /** Concurrent requests served; more wait in Jetty's queue. */
    private static final int MAX_THREADS = 48;

    private final Server jetty;
    private final Engine engine;
    private final String token;
    private final int port;

    private NewsgraphServer(Server jetty, Engine engine, String token, int port) {
        this.jetty = jetty;
        this.engine = engine;
        this.token = token;
        this.port = port;
    }

    /** Opens the store, starts listening and returns; the analysis pipeline finishes loading in the background. */
    public static NewsgraphServer start(ServeOptions options) {
        quietLogging();
        Engine engine = new Engine(options.store(), options.readOnly(), options.kb());
        String token = options.token().orElseGet(NewsgraphServer::newToken);
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("serve");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(30_000);
        jetty.addConnector(connector);
        try {
            connector.open();
        } catch (java.io.IOException e) {
            engine.close();
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + " ("
                    + e.getMessage() + "): choose another --port, or stop what uses it", e);
        }
        int port = connector.getLocalPort();
        RequestGuard guard = new RequestGuard(options.host(), port, options.allowedHosts(), token,
                options.readsPerSecond(), options.analysesPerSecond());
        List<Route> routes = new ArrayList<>();
        routes.addAll(new Api(engine, options.maxBodyBytes()).routes());
        routes.addAll(new Pages(engine, options.maxBodyBytes()).routes());
        routes.addAll(new FactPages(engine).routes());
        routes.addAll(new StoryView(engine).routes());
        routes.addAll(new Assets().routes());
        jetty.setHandler(new Dispatcher(List.copyOf(routes), guard));
        try {
            jetty.start();
        } catch (Exception e) {
            engine.close();
            throw new IllegalStateException("the server could not start: " + e.getMessage(), e);
        }
        engine.loadInBackground();   // after listening: the first pages never wait for the knowledge base or the models
        return new NewsgraphServer(jetty, engine, token, port);
    }

    public int port() {
        return port;
    }

    /** The secret write requests must send; print it for the user. */
    public String token() {
        return token;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping anyway: the store is closed below
        } finally {
            engine.close();
        }
    }

    private static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * Jetty logs through SLF4J; without a provider SLF4J warns once on standard error. The server reports its own
     * errors to the client, so Jetty's log is dropped unless the user chose a provider.
     */
    private static void quietLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "WARN");
    }

    /** Routes a request: guard, handler, errors. */
    private static final class Dispatcher extends Handler.Abstract {
        private final List<Route> routes;
        private final RequestGuard guard;

        Dispatcher(List<Route> routes, RequestGuard guard) {
            this.routes = routes;
            this.guard = guard;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Call call = new Call(request, response, callback);
            String path = call.path();
            boolean api = path.startsWith("/api/");
            try {
                Route route = find(call, path);
                guard.check(call, route);
                route.handler().handle(call);
                call.ensureAnswered();
            } catch (ApiException e) {
                fail(call, api, e.status(), e.getMessage(), List.of());
            } catch (RequestGuard.RateLimited e) {
                fail(call, api, 429, e.getMessage(), List.of(Map.entry("Retry-After", String.valueOf(e.retryAfter))));
            } catch (Exception | StackOverflowError e) {
                fail(call, api, 500, "the server failed on this request (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + "): try again, or report it with the request", List.of());
            }
            return true;
        }

        private Route find(Call call, String path) {
            String method = call.method().equals("HEAD") ? "GET" : call.method();
            boolean pathKnown = false;
            for (Route r : routes) {
                Optional<Map<String, String>> params = r.match(path);
                if (params.isEmpty()) continue;
                pathKnown = true;
                if (r.method().equals(method)) {
                    call.pathParams(params.get());
                    return r;
                }
            }
            if (pathKnown) throw new ApiException(405, call.method() + " is not allowed on " + path + ": see /openapi.json for the methods");
            throw ApiException.notFound("nothing at " + path + ": the API is described at /openapi.json; pages start at /");
        }

        private static void fail(Call call, boolean api, int status, String message, List<Map.Entry<String, String>> headers) {
            if (call.sent()) return;
            call.dropUnreadBody(ServeOptions.DEFAULT_MAX_BODY);
            if (api || call.header("Accept").map(a -> !a.contains("text/html")).orElse(true)) {
                call.send(status, "application/json; charset=utf-8", Errors.json(status, message), headers);
            } else {
                call.send(status, "text/html; charset=utf-8", PageShell.error(status, message), headers);
            }
        }

        private static String firstLine(String s) {
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }
}
