package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Tree edits that stay linear on pathological pages (an element with tens of thousands of children). */
final class Nodes {
    /** Above this many removals under one parent, the parent's child list is rebuilt instead. */
    private static final int ONE_BY_ONE = 16;

    private Nodes() {
    }

    /**
     * Removes all the given nodes. jsoup re-indexes a parent's remaining children on every removal, which is
     * quadratic when most of a wide parent's children go; rebuilding the child list once keeps it linear.
     */
    static void removeAll(Collection<? extends Node> doomed) {
        Map<Element, List<Node>> byParent = new IdentityHashMap<>();
        for (Node node : doomed) {
            if (node.parentNode() instanceof Element parent) byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
        }
        for (Map.Entry<Element, List<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            List<Node> gone = entry.getValue();
            if (gone.size() <= ONE_BY_ONE) {
                for (Node node : gone) node.remove();
                continue;
            }
            Set<Node> goneSet = Collections.newSetFromMap(new IdentityHashMap<>());
            goneSet.addAll(gone);
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) if (!goneSet.contains(child)) kept.add(child);
            parent.empty();
            parent.appendChildren(kept);
        }
    }
}
