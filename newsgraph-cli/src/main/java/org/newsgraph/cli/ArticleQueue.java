package org.newsgraph.cli;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.read.ReadResult;

/**
 * The articles of a batch, read on one reader thread into a queue bounded twice: by count and by weight (the
 * characters of the articles read and not yet finished with). An article's weight is given back when its
 * consumer calls {@link Item#release()} after analysing and writing it, so the articles waiting and the articles
 * being analysed together never exceed {@link #DEFAULT_BUDGET_CHARS}: memory stays bounded whatever the number and
 * size of the inputs and however many threads analyse them. One article heavier than the whole budget still
 * passes, alone.
 */
final class ArticleQueue implements Iterator<ArticleQueue.Item> {
    /** 24 M characters of articles in flight (about 50 MB of text in the heap): dozens of articles per core. */
    static final int DEFAULT_BUDGET_CHARS = 24 * 1024 * 1024;
    private static final int UNIT = 1024;   // permits count kilo-characters, so the budget fits an int
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Semaphore budget;
    private final int budgetUnits;
    private Object next;

    /** One read result and the weight it holds in the budget until released. */
    final class Item {
        private final ReadResult result;
        private final int units;
        private boolean released;

        private Item(ReadResult result, int units) {
            this.result = result;
            this.units = units;
        }

        ReadResult result() {
            return result;
        }

        /** Gives the article's weight back to the budget; call once, when done with the article. */
        synchronized void release() {
            if (released) return;
            released = true;
            budget.release(units);
        }
    }

    private ArticleQueue(int capacity, int budgetChars) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.budgetUnits = Math.max(1, budgetChars / UNIT);
        this.budget = new Semaphore(budgetUnits);
    }

    /** Starts reading {@code files} on a daemon thread with the default bounds. */
    static ArticleQueue read(List<String> files) {
        return read(files, new Inputs(), 256, DEFAULT_BUDGET_CHARS);
    }

    /** Starts reading {@code files} on a daemon thread: at most {@code capacity} articles and {@code budgetChars} in flight. */
    static ArticleQueue read(List<String> files, Inputs inputs, int capacity, int budgetChars) {
        ArticleQueue q = new ArticleQueue(capacity, budgetChars);
        Thread reader = new Thread(() -> q.fill(files, inputs), "batch-reader");
        reader.setDaemon(true);
        reader.start();
        return q;
    }

    private void fill(List<String> files, Inputs inputs) {
        Consumer<ReadResult> put = r -> {
            int units = (int) Math.min(budgetUnits, weight(r) / UNIT + 1);
            budget.acquireUninterruptibly(units);
            putUninterruptibly(new Item(r, units));
        };
        try {
            for (String f : files) {
                try {
                    inputs.read(f, put);
                } catch (RuntimeException | StackOverflowError e) {
                    // a reader bug on one input is that input's failure; the batch goes on with the next
                    put.accept(ReadResult.failed(f, "cannot read " + f + ": " + Newsgraph.oneLine(e)));
                }
            }
        } finally {
            putUninterruptibly(END);
        }
    }

    private static long weight(ReadResult r) {
        return r.article().map(a -> (long) a.body().length() + a.title().map(String::length).orElse(0) + a.id().length()).orElse(0L);
    }

    /** Units of the budget free now: for tests of the bound. */
    int freeUnits() {
        return budget.availablePermits();
    }

    int budgetUnits() {
        return budgetUnits;
    }

    private void putUninterruptibly(Object o) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(o);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the inputs", e);
            }
        }
        return next != END;
    }

    @Override
    public Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        Item item = (Item) next;
        next = null;
        return item;
    }
}
