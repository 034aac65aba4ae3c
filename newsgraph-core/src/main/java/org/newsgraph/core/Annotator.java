package org.newsgraph.core;

import java.util.Set;

/**
 * One step of the pipeline with one job. Stateless and thread-safe once built: heavy resources are loaded by its
 * constructor or factory and shared between documents.
 */
public interface Annotator {

    /** A stable name, used in error messages and failure reports. */
    String name();

    /** Layers that must be present before this annotator runs: without them it is skipped. */
    Set<Layer<?>> requires();

    /**
     * Layers this annotator reads when present but can do without (e.g. the quotes layer reads entities to name
     * speakers). The pipeline runs their producers first; reading a layer declared in neither set fails in tests.
     */
    default Set<Layer<?>> uses() {
        return Set.of();
    }

    /** Layers this annotator adds. */
    Set<Layer<?>> produces();

    /**
     * The language-pack lexicons this annotator reads, so that the pack test kit can check every pack has them
     * in the declared shape. Default: none.
     */
    default java.util.List<org.newsgraph.core.lang.LexiconSpec> lexicons() {
        return java.util.List.of();
    }

    /**
     * The trained models and fitted weights this annotator loads from its resources, so that the pack test kit can
     * check each is shipped and loads. Default: none.
     */
    default java.util.List<org.newsgraph.core.lang.ModelResource> resources() {
        return java.util.List.of();
    }

    /** Adds the produced layers to the document. */
    void annotate(Doc doc);

    /**
     * Builds now what this annotator builds for the first article in language {@code lang} (tables read from the
     * language pack), so that work is done before that article reaches it. {@link Pipeline} calls it on a
     * background thread when the first article in a language comes, while the article goes through the annotators
     * before this one (the entity annotator may still wait for its knowledge base). Must be thread-safe and change
     * nothing in what {@link #annotate} produces. Default: nothing to build.
     */
    default void prepare(String lang) {
    }
}
