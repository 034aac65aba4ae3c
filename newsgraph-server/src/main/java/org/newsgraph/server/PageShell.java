package org.newsgraph.server;

import org.newsgraph.io.write.html.Html;

/**
 * The frame of every page: head with the server's own style sheet and script (nothing else may load, by the CSP),
 * the navigation, and the content. {@code content} is markup built by the pages with {@link Html#escape}.
 */
final class PageShell {
    private PageShell() {
    }

    static String page(String title, String bodyClass, String content) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " — Newsgraph</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/newsgraph.css\">\n"
                + "<script src=\"/static/newsgraph.js\" defer></script>\n</head>\n<body class=\"" + Html.escape(bodyClass) + "\">\n"
                + "<nav class=\"site\"><a class=\"brand\" href=\"/\">Newsgraph</a> <a href=\"/search\">Search</a> "
                + "<a href=\"/facts\">Facts</a> <a href=\"/stories\">Stories</a> <a href=\"/analyse\">Analyse a text</a> "
                + "<a href=\"/openapi.json\">API</a></nav>\n<main>\n" + content + "</main>\n"
                + "<footer class=\"page-footer\">Newsgraph: highlights are what the engine found, not verified facts.</footer>\n"
                + "</body>\n</html>\n";
    }

    /** The page shown for an error in the browser: the status and the one line saying what to do. */
    static String error(int status, String message) {
        return page("Error " + status, "error", "<h1>Error " + status + "</h1>\n<p class=\"error-message\">"
                + Html.escape(message) + "</p>\n<p><a href=\"/\">Back to the start page</a></p>\n");
    }
}
