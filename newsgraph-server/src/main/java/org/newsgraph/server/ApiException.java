package org.newsgraph.server;

/**
 * A request the server refuses or cannot serve: the HTTP status and one line saying what is wrong and what to do,
 * sent as {@code {"status": 400, "error": "…"}} to the API and as a short page to the browser.
 */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
