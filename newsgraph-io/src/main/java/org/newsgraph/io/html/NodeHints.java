package org.newsgraph.io.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: a container of the article, or navigation, comments, sharing
 * and other page furniture. The vocabulary is the one page templates use everywhere (after Mozilla Readability's
 * hints), never a particular site's.
 */
final class NodeHints {
    /** Names of page furniture: removed before scoring unless they also look like content. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|ad-?slot|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|"
            + "sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
            + "yom-remote|newsletter|signup|subscribe|share|sharing|recirc|recommend|trending|"
            + "most-?popular|promo|outbrain|taboola|toolbar|masthead|navbar|topbar|byline|dateline|"
            + "author-?bio|tags|keywords|breaking-?news|modal|overlay|widget|print-?only|skip-?link|caption|credit|"
            + "tooltip|popover|hovercard");
    /** Names that rescue an unlikely-looking element: it may be the article itself. */
    private static final Pattern MAYBE_CONTENT = Pattern.compile(
            "article|body|column|content|main|shadow|story|entry|post-?text");
    /** Class names that hide an element (CSS frameworks' conventions). */
    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "(^|\\s)(hidden|hide|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text|element-invisible|"
            + "element-hidden|invisible|print-only|offscreen)(\\s|$)");
    /** Responsive display classes ("d-none d-md-block", "hidden md:flex"): hidden on small screens only. */
    private static final Pattern SHOWN_ON_SOME_SCREENS = Pattern.compile(
            "(^|\\s)(d-(sm|md|lg|xl|xxl)-|(sm|md|lg|xl|2xl):)(block|flex|inline|inline-block|grid|table)(\\s|$)");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|"
            + "media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
            + "shopping|tags|tool|widget|byline|author|caption|credit|newsletter|subscribe|recirc|teaser|"
            + "popular|trending|nav|social|signup|rail|breadcrumb");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose");
    /** Microdata and ARIA markers of the article body, a stronger signal than any class name. */
    private static final Pattern BODY_MARKER = Pattern.compile("articlebody");
    private static final Pattern FURNITURE_ROLE = Pattern.compile(
            "navigation|menu|menubar|complementary|banner|contentinfo|alert|alertdialog|dialog|search|toolbar");

    private NodeHints() {
    }

    /** The lower-cased class and id of an element, joined by a space. */
    static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) return id.toLowerCase(Locale.ROOT);
        if (id.isEmpty()) return cls.toLowerCase(Locale.ROOT);
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /**
     * True for elements whose names say navigation, comments, ads, sharing… and nothing about content. Each class
     * name is judged whole, by the word that comes first: "related-articles" and "sidebar-content" are furniture,
     * "content-with-sidebar" and "entry-content share-enabled" are content.
     */
    static boolean unlikely(Element e) {
        String names = classAndId(e);
        if (names.isEmpty()) return false;
        boolean furniture = false;
        for (String token : names.split("\\s+")) {
            Matcher bad = UNLIKELY.matcher(token);
            Matcher good = MAYBE_CONTENT.matcher(token);
            boolean hasBad = bad.find();
            boolean hasGood = good.find();
            if (hasGood && (!hasBad || good.start() < bad.start())) return false;
            if (hasBad) furniture = true;
        }
        return furniture;
    }

    /** True when a class name says the element is not displayed (hidden, screen-reader only, print only). */
    static boolean hiddenByClass(Element e) {
        String cls = e.className();
        if (cls.isEmpty()) return false;
        String names = cls.toLowerCase(Locale.ROOT);
        return HIDDEN_CLASS.matcher(names).find() && !SHOWN_ON_SOME_SCREENS.matcher(names).find();
    }

    /** True for ARIA roles of page furniture (navigation, complementary, dialogs…). */
    static boolean furnitureRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && FURNITURE_ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches();
    }

    /** True when microdata marks the element as the article body ({@code itemprop="articleBody"}). */
    static boolean markedAsBody(Element e) {
        String itemprop = e.attr("itemprop");
        return !itemprop.isEmpty() && BODY_MARKER.matcher(itemprop.toLowerCase(Locale.ROOT)).find();
    }

    /** Readability's class weight: +25 per positive name, -25 per negative one (class and id scored apart). */
    static int classWeight(Element e) {
        int weight = 0;
        weight += weightOf(e.className().toLowerCase(Locale.ROOT));
        weight += weightOf(e.id().toLowerCase(Locale.ROOT));
        if (markedAsBody(e)) weight += 50;
        return weight;
    }

    private static int weightOf(String names) {
        if (names.isEmpty()) return 0;
        int weight = 0;
        if (NEGATIVE.matcher(names).find()) weight -= 25;
        if (POSITIVE.matcher(names).find()) weight += 25;
        return weight;
    }
}
