/**
 * The entities layer: people, places and organisations of an article, one entity per referent, with canonical
 * English names and, where a real source gives one, a stable id and coordinates.
 *
 * <h2>How one article goes through</h2>
 * <ol>
 * <li>{@link org.newsgraph.annotate.entities.Words} turns the tokens outside boilerplate into words: elided
 *     articles and possessive clitics trimmed, sentence openings marked, a name key per word.</li>
 * <li>{@link org.newsgraph.annotate.entities.NameFinder} finds names: knowledge-base aliases (longest first),
 *     official names built on an organisation noun ("ministère de la Santé", "Генеральной прокуратуры
 *     Казахстана", with lower-case words where the language writes them so: "Organisation mondiale de la santé",
 *     {@link org.newsgraph.annotate.entities.LongOfficialNames}), and runs of capitalised words typed by cues (titles, organisation and place nouns, types
 *     learned from the training corpora, first names, word endings, place prepositions).</li>
 * <li>{@link org.newsgraph.annotate.entities.DocumentConsistency} gives each name one type through the article and
 *     accepts sentence-initial or headline words the article names elsewhere.</li>
 * <li>{@link org.newsgraph.annotate.entities.EntityClusterer} merges names per referent: KB entry, name key
 *     (spellings, diacritics, Cyrillic/Latin, Russian case endings), surname → full name, acronym ↔ expansion,
 *     short organisation names; then links places to the local KB (a GeoNames import).</li>
 * <li>{@link org.newsgraph.annotate.entities.RoleResolver} attaches role phrases ("le chef de l'État", "глава
 *     государства") to the person they stand for, as {@code ROLE} mentions.</li>
 * </ol>
 *
 * <h2>Data</h2>
 * The shipped KB is in {@code kb/*.tsv} of this package (countries get their English, French and Russian names
 * from the JDK's CLDR data); outlets come from the outlet registry. {@code kb/geonames.tsv.gz} is GeoNames plus the
 * region names and French départements of {@code scripts/kb} ({@link org.newsgraph.annotate.entities.RegionNames}),
 * built by {@code scripts/build-kb.sh}. Language knowledge is in each language pack:
 * {@code person-titles}, {@code org-heads}, {@code org-name-continuations}, {@code org-name-words}, {@code name-connectors},
 * {@code location-cues}, {@code location-heads}, {@code non-names}, {@code name-suffixes}, {@code demonyms},
 * {@code roles}, {@code work-kinds}, {@code name-articles}, {@code name-endings}, {@code quoted-names}, {@code person-nominatives} and {@code name-lemmas}
 * (canonical names in the nominative: {@link org.newsgraph.annotate.entities.NameLemmas}). {@code first-names.txt} and {@code trained-types.tsv}
 * are rebuilt from the training corpora by {@code scripts/build-first-names.py} and
 * {@code scripts/build-trained-types.py}; {@code scripts/capitalisation-baseline.py} is the baseline the mention
 * scores are compared with.
 */
package org.newsgraph.annotate.entities;
