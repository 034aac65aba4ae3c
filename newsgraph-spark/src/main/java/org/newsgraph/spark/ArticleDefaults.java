package org.newsgraph.spark;

import java.io.Serializable;
import org.newsgraph.core.Article;

/**
 * What the command line says about articles that do not say it themselves, as {@code newsgraph analyze} does:
 * a publication date anchoring relative times, and a language that skips identification.
 *
 * @param published ISO date for articles without one, or null
 * @param lang      language code for every article, or null
 */
record ArticleDefaults(String published, String lang) implements Serializable {

    static final ArticleDefaults NONE = new ArticleDefaults(null, null);

    Article apply(Article a) {
        Article r = a;
        if (published != null && r.published().isEmpty()) r = r.withPublished(published);
        if (lang != null) r = r.withLanguage(lang);
        return r;
    }
}
