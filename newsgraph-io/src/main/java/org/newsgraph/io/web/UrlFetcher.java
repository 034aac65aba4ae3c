package org.newsgraph.io.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.TextDecoder;

/**
 * Fetches one article page over HTTP(S) the way a polite crawler does: a user agent that names the tool, a connect
 * timeout and an overall deadline, at most five redirects (never from https to http), and a size limit enforced
 * while the body streams in, so an endless or huge response costs at most the limit. Every failure is an
 * {@link InputException} with one line saying what went wrong.
 */
public final class UrlFetcher {
    public static final String USER_AGENT = "newsgraph/0.1 (news article analysis; +https://github.com/newsgraph/newsgraph)";
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** A fetched response: where the redirects ended, its media type and charset (from the header), the body. */
    public record Page(URI uri, String mediaType, Optional<String> charset, byte[] body) {
    }

    private final Duration connectTimeout;
    private final Duration deadline;
    private final long maxBytes;
    /** Made on the first fetch: an HTTP client loads the TLS trust store, a tenth of a second lost by every run reading files. */
    private HttpClient client;

    public UrlFetcher() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(30), TextDecoder.MAX_BYTES);
    }

    public UrlFetcher(Duration connectTimeout, Duration deadline, long maxBytes) {
        this.connectTimeout = connectTimeout;
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    /** Whether an input names a web page rather than a file. */
    public static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    public Page fetch(String url) throws InputException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InputException(url + " is not a valid URL (" + e.getReason() + "): check it");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(deadline).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.1")
                .build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new InputException(url + " did not answer within " + deadline.toSeconds() + " s: try again later, or save the page and give the file");
        } catch (IOException e) {
            throw new InputException("cannot fetch " + url + " (" + describe(e) + "): check the URL and the network, or save the page and give the file");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("fetching " + url + " was interrupted");
        } catch (IllegalArgumentException e) {
            throw new InputException(url + " is not a URL that can be fetched (" + e.getMessage() + ")");
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                throw new InputException(url + " answered HTTP " + status + (status >= 300 && status < 400
                        ? " (too many redirects, or a redirect from https to http)" : "") + ": check the URL");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) throw tooLarge(url);
            byte[] bytes = readAtMost(body, url, started);
            Matcher m = CHARSET.matcher(contentType);
            String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return new Page(response.uri(), media, m.find() ? Optional.of(m.group(1)) : Optional.empty(), bytes);
        } catch (IOException e) {
            throw new InputException("the download of " + url + " broke off (" + describe(e) + "): try again");
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** Reads the body until its end, failing as soon as it passes the size limit or the deadline. */
    private byte[] readAtMost(InputStream in, String url, long started) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        for (int n; (n = in.read(buf)) >= 0; ) {
            if (out.size() + n > maxBytes) throw tooLarge(url);
            out.write(buf, 0, n);
            if (System.nanoTime() - started > deadline.toNanos()) {
                throw new InputException(url + " took over " + deadline.toSeconds() + " s to download: save the page and give the file");
            }
        }
        return out.toByteArray();
    }

    private InputException tooLarge(String url) {
        String limit = maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
        return new InputException(url + " is over the " + limit + " limit for one article page: it is not an article");
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
