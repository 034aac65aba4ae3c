package org.newsgraph.cli;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.store.IngestItem;

/**
 * The batch queue seen as the store's {@link IngestItem}s: each read result becomes an article to ingest (prepared
 * with the command's defaults) or an unreadable input, and its weight goes back to the queue's budget when the
 * ingester is finished with it.
 */
final class IngestItems implements Iterator<IngestItem> {
    private final ArticleQueue queue;
    private final UnaryOperator<Article> prepare;
    private final Map<IngestItem, ArticleQueue.Item> held = new IdentityHashMap<>();

    IngestItems(ArticleQueue queue, UnaryOperator<Article> prepare) {
        this.queue = queue;
        this.prepare = prepare;
    }

    @Override
    public boolean hasNext() {
        return queue.hasNext();
    }

    @Override
    public IngestItem next() {
        ArticleQueue.Item item = queue.next();
        ReadResult r = item.result();
        IngestItem ingest = r.article().<IngestItem>map(a -> new IngestItem.Readable(prepare.apply(a), r.origin()))
                .orElseGet(() -> new IngestItem.Unreadable(r.origin(), r.error().orElse("unreadable input")));
        synchronized (held) {
            held.put(ingest, item);
        }
        return ingest;
    }

    /** The ingester is done with this item: its weight returns to the budget. */
    void finished(IngestItem ingest) {
        ArticleQueue.Item item;
        synchronized (held) {
            item = held.remove(ingest);
        }
        if (item != null) item.release();
    }
}
