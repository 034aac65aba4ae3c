package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One HTTP exchange as the handlers see it: method, path, query and form parameters, headers, a body read up to a
 * limit, and one response. Keeps Jetty's types out of the handlers.
 */
final class Call {
    /** Every page and answer: nothing but this server's own files may load, nothing may frame it. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Fields query;
    private Map<String, String> pathParams = Map.of();
    private Fields form;
    private boolean sent;
    private boolean bodyOpened;

    Call(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    }

    String method() {
        return request.getMethod();
    }

    String path() {
        String p = request.getHttpURI().getDecodedPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    /** The request URI's path and query, as sent (for links to the next page). */
    String pathAndQuery() {
        return request.getHttpURI().getPathQuery();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    String remoteAddress() {
        return Request.getRemoteAddr(request);
    }

    void pathParams(Map<String, String> params) {
        this.pathParams = params;
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** A query parameter, empty when absent or blank; a parameter given twice takes its first value. */
    Optional<String> param(String name) {
        String v = query.getValue(name);
        if (v == null && form != null) v = form.getValue(name);
        return Optional.ofNullable(v).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Bodies declared up to this many times the limit are read to their end before the 413 goes out. */
    private static final int DRAINED_FACTOR = 4;

    /** The body, refused with 413 past {@code max} bytes (whatever the Content-Length says). */
    byte[] body(int max) {
        if (request.getLength() > max) {
            // A client still sending its body when the answer comes and the connection closes sees a reset, not
            // the 413: read a body of up to a few times the limit before answering, and drop larger ones unread.
            dropUnreadBody(DRAINED_FACTOR * (long) max);
            throw tooLarge(max);
        }
        bodyOpened = true;
        try (InputStream in = Request.asInputStream(request)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) throw tooLarge(max);
            return b;
        } catch (IOException e) {
            throw new ApiException(400, "the request body could not be read (" + e.getMessage() + "): send it again");
        }
    }

    /**
     * Before a refusal (413, and 401, 403, 429... that come ahead of the body): reads and drops a declared body of up
     * to {@code cap} bytes — a client still sending when the connection closes sees a reset instead of the answer.
     * Bodies without a length or over the cap are left unread.
     */
    void dropUnreadBody(long cap) {
        if (bodyOpened) return;
        bodyOpened = true;
        long declared = request.getLength();
        if (declared <= 0 || declared > cap) return;
        try (InputStream in = Request.asInputStream(request)) {
            in.skipNBytes(declared);
        } catch (IOException e) {
            // the client went away: nothing left to protect
        }
    }

    /** Reads an {@code application/x-www-form-urlencoded} body into the parameters. */
    void readForm(int max) {
        String body = new String(body(max), StandardCharsets.UTF_8);
        Fields f = new Fields();
        org.eclipse.jetty.util.UrlEncoded.decodeUtf8To(body, f);
        this.form = f;
    }

    private static ApiException tooLarge(int max) {
        return new ApiException(413, "the request body is over the limit of " + max + " bytes: send a shorter "
                + "article, or start the server with a larger --max-body");
    }

    String contentType() {
        String t = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return t == null ? "" : t.toLowerCase(java.util.Locale.ROOT);
    }

    boolean sent() {
        return sent;
    }

    void json(int status, String json) {
        send(status, "application/json; charset=utf-8", json, List.of());
    }

    void html(int status, String html) {
        send(status, "text/html; charset=utf-8", html, List.of());
    }

    void redirect(String location) {
        send(303, "text/plain; charset=utf-8", "see " + location, List.of(Map.entry("Location", location)));
    }

    void send(int status, String contentType, String body, List<Map.Entry<String, String>> headers) {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    void send(int status, String contentType, byte[] body, List<Map.Entry<String, String>> headers) {
        if (sent) throw new IllegalStateException("response already sent");
        sent = true;
        response.setStatus(status);
        var h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, contentType);
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        // "no-referrer" would make browsers send "Origin: null" on our own form posts, which the guard refuses
        h.put("Referrer-Policy", "same-origin");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        if (!h.contains(HttpHeader.CACHE_CONTROL)) h.put(HttpHeader.CACHE_CONTROL, "no-store");
        for (Map.Entry<String, String> e : headers) h.put(e.getKey(), e.getValue());
        h.put(HttpHeader.CONTENT_LENGTH, body.length);
        if (request.getMethod().equals("HEAD")) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    /** Fails the exchange when a handler neither answered nor threw (a bug): the client still gets a 500. */
    void ensureAnswered() {
        if (!sent) json(500, Errors.json(500, "the server did not answer this request: report it with the URL"));
    }

    static UncheckedIOException io(IOException e) {
        return new UncheckedIOException(e);
    }
}
