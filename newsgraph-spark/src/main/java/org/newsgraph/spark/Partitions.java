package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.sql.Row;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.read.InputKind;
import org.newsgraph.spark.read.SourceArticles;

/** The two ways a task gets its articles: lines of JSONL files, or whole files it opens itself. */
final class Partitions {
    private Partitions() {
    }

    /** A partition of (line, file path) rows of JSONL files. */
    static final class JsonLines<T> implements MapPartitionsFunction<Row, T> {
        private static final long serialVersionUID = 1L;
        private final Analyzer<T> analyzer;

        JsonLines(Analyzer<T> analyzer) {
            this.analyzer = analyzer;
        }

        @Override
        public Iterator<T> call(Iterator<Row> rows) {
            SourceArticles source = new SourceArticles();
            Iterator<ReadResult> articles = new Iterator<>() {
                private Row next;

                @Override
                public boolean hasNext() {
                    while (next == null && rows.hasNext()) {
                        Row r = rows.next();
                        if (!r.isNullAt(0) && !r.getString(0).isBlank()) next = r;
                    }
                    return next != null;
                }

                @Override
                public ReadResult next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    Row r = next;
                    next = null;
                    return source.jsonLine(r.getString(0), r.getString(1));
                }
            };
            return analyzer.analyze(articles);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A partition of whole-file paths: a WARC file (one per task), or single-article files. */
    static final class WholeFiles<T> implements MapPartitionsFunction<String, T> {
        private static final long serialVersionUID = 1L;
        private final Analyzer<T> analyzer;
        private final HadoopConf conf;

        WholeFiles(Analyzer<T> analyzer, HadoopConf conf) {
            this.analyzer = analyzer;
            this.conf = conf;
        }

        @Override
        public Iterator<T> call(Iterator<String> paths) {
            SourceArticles source = new SourceArticles();
            Iterator<ReadResult> articles = new Iterator<>() {
                private Iterator<ReadResult> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && paths.hasNext()) current = open(source, paths.next());
                    return current.hasNext();
                }

                @Override
                public ReadResult next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return current.next();
                }
            };
            return analyzer.analyze(articles);
        }

        private Iterator<ReadResult> open(SourceArticles source, String file) {
            InputKind kind = InputKind.ofName(fileName(file)).orElse(InputKind.SINGLE_ARTICLE);
            try {
                Path path = new Path(file);
                FileSystem fs = path.getFileSystem(conf.get());
                InputStream in = fs.open(path);
                TaskContext task = TaskContext.get();
                if (task != null) {
                    task.addTaskCompletionListener((TaskCompletionListener) ctx -> {
                        try {
                            in.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                return source.file(file, kind, in);
            } catch (IOException e) {
                return List.of(ReadResult.failed(file, "cannot read " + file + ": " + e.getMessage())).iterator();
            }
        }
    }
}
