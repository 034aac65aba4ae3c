/**
 * Article extraction from HTML pages: {@link org.newsgraph.io.html.HtmlArticleExtractor} is the front door,
 * {@link org.newsgraph.io.html.ExtractedPage} what it returns.
 *
 * <p>How the body is found (after Mozilla Readability, with additions measured on the ScrapingHub article
 * benchmark):
 * <ol>
 *   <li>{@code PageCleaner} removes what is never text (scripts, media, form controls), hidden elements (attribute,
 *       inline style, hiding class names), semantic furniture (nav, footer, aside, ARIA roles) and, in the strict
 *       pass, elements whose class/id names furniture (comments, share, related, sidebar…) unless a name says
 *       content first, an embedded quote lives inside, or microdata marks the article body.</li>
 *   <li>{@code ArticleLocator} scores paragraph-like elements (length, commas) into their ancestors, adds tag and
 *       class priors, discounts link density, picks the best container and adds siblings that score well.</li>
 *   <li>{@code ArticleCleaner} removes, innermost first, link lists, link-dense or tiny containers, furniture
 *       headings and paragraphs that are only a link (with the label that introduces them).</li>
 *   <li>{@code BlockTextWriter} writes one block per paragraph, heading or list item; {@code BlockFilter} drops
 *       the repeated headline, the byline and datelines.</li>
 * </ol>
 * A pass that yields under 500 characters is retried with the furniture names and then the class weights ignored;
 * the longest result wins. Metadata comes from meta tags, JSON-LD and markup ({@code PageMetadataReader}). No rule
 * names a site or a language; every step is linear in the page, or bounded by the parser's depth limit (input capped
 * at 10 million chars).
 */
package org.newsgraph.io.html;
