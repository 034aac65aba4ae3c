package org.newsgraph.core;

import java.util.Set;

/**
 * One step of the pipeline with one job. Stateless and thread-safe once built: heavy resources are loaded by its
 * constructor or factory and shared between documents.
 */
public interface Annotator {

    /** A stable name, used in error messages and failure reports. */
    String name();

    /** Layers that must be present before this annotator runs. */
    Set<Layer<?>> requires();

    /** Layers this annotator adds. */
    Set<Layer<?>> produces();

    /** Adds the produced layers to the document. */
    void annotate(Doc doc);
}
