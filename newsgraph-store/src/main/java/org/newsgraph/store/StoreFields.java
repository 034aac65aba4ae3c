package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.facts.Places;
import org.newsgraph.facts.TextKeys;

/**
 * The fields of one stored article and how an {@link Analysis} fills them. Keyword fields hold normalised keys
 * ({@link TextKeys}) so filters ignore case and accents; the analysis JSON is stored as written, compressed by
 * Lucene's stored-fields codec.
 */
final class StoreFields {
    static final String ID = "id";
    static final String URL = "url";
    static final String HASH = "hash";
    static final String LANG = "lang";
    static final String OUTLET = "outlet";
    static final String OUTLET_NAME = "outlet_name";
    static final String ENTITY = "entity";
    static final String PLACE = "place";
    static final String MEASURE = "measure";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_DAY = "published_day";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String JSON = "json";

    private StoreFields() {
    }

    static String textField(String lang) {
        return TEXT + "_" + lang;
    }

    static Document document(Analysis a, String json, ArticleKeys keys) {
        Document d = new Document();
        d.add(new StringField(ID, keys.id(), Field.Store.YES));
        keys.url().ifPresent(u -> d.add(new StringField(URL, u, Field.Store.YES)));
        d.add(new StringField(HASH, keys.contentHash(), Field.Store.NO));
        d.add(new StringField(LANG, a.lang(), Field.Store.YES));
        d.add(new SortedSetDocValuesField(LANG, new BytesRef(a.lang())));
        a.outlet().ifPresent(o -> {
            d.add(new StringField(OUTLET, TextKeys.key(o.name()), Field.Store.NO));
            o.domain().ifPresent(dom -> d.add(new StringField(OUTLET, TextKeys.key(dom), Field.Store.NO)));
            d.add(new StoredField(OUTLET_NAME, o.name()));
            d.add(new SortedSetDocValuesField(OUTLET_NAME, new BytesRef(o.name())));
        });
        for (String e : entityKeys(a)) if (KeyLimits.fits(e)) d.add(new StringField(ENTITY, e, Field.Store.NO));
        for (String p : placeKeys(a)) if (KeyLimits.fits(p)) d.add(new StringField(PLACE, p, Field.Store.NO));
        Set<String> measures = new LinkedHashSet<>();
        for (Figure f : a.figures()) measures.add(f.measure().jsonName());
        for (String m : measures) d.add(new StringField(MEASURE, m, Field.Store.NO));
        a.published().ifPresent(p -> {
            d.add(new StoredField(PUBLISHED, p));
            day(p).ifPresent(day -> {
                d.add(new LongPoint(PUBLISHED_DAY, day));
                d.add(new NumericDocValuesField(PUBLISHED_DAY, day));
            });
        });
        a.title().ifPresent(t -> d.add(new TextField(TITLE, t, Field.Store.YES)));
        d.add(new TextField(TEXT, a.text(), Field.Store.NO));
        if (StoreAnalyzers.BY_LANGUAGE.containsKey(a.lang())) {
            d.add(new TextField(textField(a.lang()), a.text(), Field.Store.NO));
        }
        d.add(new StoredField(JSON, json.getBytes(StandardCharsets.UTF_8)));
        return d;
    }

    /** Every entity's canonical name and name mentions, normalised. */
    static Set<String> entityKeys(Analysis a) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            keys.add(TextKeys.key(e.name()));
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.NAME) keys.add(TextKeys.key(m.text()));
            }
        }
        keys.remove("");
        return keys;
    }

    /** The grouping places of the article's locations: a country code, or the place's own key. */
    static Set<String> placeKeys(Analysis a) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.LOCATION) keys.add(Places.placeOf(e).key());
        }
        keys.remove("");
        return keys;
    }

    static java.util.Optional<Long> day(String published) {
        try {
            return java.util.Optional.of(LocalDate.parse(published.strip().substring(0, Math.min(10, published.strip().length()))).toEpochDay());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
