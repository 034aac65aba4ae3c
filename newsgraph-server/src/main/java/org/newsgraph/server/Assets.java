package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.newsgraph.io.write.html.ArticleHtmlWriter;

/**
 * The server's own files, read once from the class path into memory: style sheet, script, OpenAPI description.
 * A fixed list: no request path ever reaches the file system.
 */
final class Assets {
    private record Asset(String type, byte[] bytes) {
    }

    private final Map<String, Asset> assets;

    Assets() {
        assets = Map.of(
                "/static/newsgraph.css", new Asset("text/css; charset=utf-8",
                        (ArticleHtmlWriter.CSS + "\n" + text("site.css")).getBytes(StandardCharsets.UTF_8)),
                "/static/newsgraph.js", new Asset("text/javascript; charset=utf-8", bytes("newsgraph.js")),
                "/openapi.json", new Asset("application/json; charset=utf-8", bytes("openapi.json")));
    }

    List<Route> routes() {
        List<Route> routes = new java.util.ArrayList<>(assets.keySet().stream().sorted().map(path -> Route.get(path, call -> {
            Asset a = assets.get(path);
            call.send(200, a.type(), a.bytes(), List.of(Map.entry("Cache-Control", "max-age=300")));
        })).toList());
        // browsers ask for it on every site: an empty answer rather than a 404 in the console
        routes.add(Route.get("/favicon.ico", call -> call.send(204, "image/x-icon", new byte[0], List.of())));
        return routes;
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " beside " + Assets.class.getName());
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
