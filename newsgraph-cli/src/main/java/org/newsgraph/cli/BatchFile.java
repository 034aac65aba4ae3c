package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.write.AnalysisFormat;
import org.newsgraph.io.write.AnalysisSink;
import org.newsgraph.io.write.WriteOptions;

/**
 * The one file of a table format ({@code articles.gkg.tsv}, {@code figures.csv}) that a parallel batch writes into:
 * analyses arrive from worker threads in any order and are written in input order, so the same inputs give the
 * same bytes. An input that failed is skipped by its position.
 */
final class BatchFile implements AutoCloseable {
    private final BufferedWriter writer;
    private final AnalysisSink sink;
    private final TreeMap<Integer, Optional<Analysis>> pending = new TreeMap<>();
    private int next;

    private BatchFile(BufferedWriter writer, AnalysisSink sink) {
        this.writer = writer;
        this.sink = sink;
    }

    static BatchFile open(Path file, AnalysisFormat format) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        return new BatchFile(w, format.open(w, WriteOptions.PLAIN.several(true)));
    }

    /** The analysis of input {@code position}; written once every earlier input is written or skipped. */
    synchronized void write(int position, Analysis a) throws IOException {
        put(position, Optional.of(a));
    }

    /** Input {@code position} gives no analysis (unreadable, failed). */
    synchronized void skip(int position) {
        try {
            put(position, Optional.empty());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void put(int position, Optional<Analysis> a) throws IOException {
        if (position < next || pending.containsKey(position)) return;
        pending.put(position, a);
        while (!pending.isEmpty() && pending.firstKey() == next) {
            Optional<Analysis> head = pending.pollFirstEntry().getValue();
            next++;
            if (head.isPresent()) sink.write(head.get());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        // what is still pending follows a gap no worker filled: write it in order rather than lose it
        for (Optional<Analysis> a : pending.values()) if (a.isPresent()) sink.write(a.get());
        pending.clear();
        sink.close();
        writer.close();
    }
}
