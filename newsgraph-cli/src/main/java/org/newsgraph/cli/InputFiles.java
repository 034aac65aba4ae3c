package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.store.IngestItem;

/**
 * The inputs of {@code ingest}: expanded and read by the io module's {@link Inputs} (which knows every kind of
 * input) on a reader thread that turns them into {@link IngestItem}s through a bounded queue, so a large
 * {@code .jsonl} file streams instead of being held in memory.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Reads the files on a daemon thread; the iterator yields their items in order, then ends. */
    static java.util.Iterator<IngestItem> read(List<String> files, java.util.function.UnaryOperator<org.newsgraph.core.Article> prepare) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
        Object end = new Object();
        Thread reader = new Thread(() -> {
            Inputs inputs = new Inputs();
            try {
                for (String f : files) inputs.read(f, r -> put(queue, toItem(r, prepare)));
            } catch (RuntimeException e) {
                put(queue, new IngestItem.Unreadable("reader", Newsgraph.oneLine(e)));
            } finally {
                put(queue, end);
            }
        }, "ingest-reader");
        reader.setDaemon(true);
        reader.start();
        return new java.util.Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) next = take(queue);
                return next != end;
            }

            @Override
            public IngestItem next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                IngestItem item = (IngestItem) next;
                next = null;
                return item;
            }
        };
    }

    private static IngestItem toItem(ReadResult r, java.util.function.UnaryOperator<org.newsgraph.core.Article> prepare) {
        return r.article().<IngestItem>map(a -> new IngestItem.Readable(prepare.apply(a), r.origin()))
                .orElseGet(() -> new IngestItem.Unreadable(r.origin(), r.error().orElse("unreadable input")));
    }

    private static void put(BlockingQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the inputs", e);
        }
    }

    private static Object take(BlockingQueue<Object> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the inputs", e);
        }
    }
}
