package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.io.read.InputKind;

/**
 * The input files of a job, by kind: each argument is a file, a directory (read recursively, skipping hidden
 * files and those of unknown kinds) or a glob, on any file system Hadoop knows ({@code file:}, {@code hdfs:},
 * {@code s3a:}…).
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Files per kind, in the order given; an argument that matches nothing or names an unknown kind is an error. */
    static Map<InputKind, List<String>> expand(List<String> inputs, Configuration conf) {
        Map<InputKind, List<String>> out = new EnumMap<>(InputKind.class);
        for (String input : inputs) {
            try {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException(input + " does not exist: check the path");
                }
                for (FileStatus m : matches) {
                    if (m.isDirectory()) addDirectory(fs, m.getPath(), out);
                    else add(m.getPath(), true, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static void addDirectory(FileSystem fs, Path dir, Map<InputKind, List<String>> out) throws IOException {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        List<Path> files = new ArrayList<>();
        while (it.hasNext()) {
            Path f = it.next().getPath();
            if (!hidden(dir, f)) files.add(f);
        }
        files.sort(null);
        for (Path f : files) add(f, false, out);
    }

    private static void add(Path file, boolean explicit, Map<InputKind, List<String>> out) {
        Optional<InputKind> kind = InputKind.ofName(file.getName());
        if (kind.isEmpty()) {
            if (!explicit) return;
            throw new IllegalArgumentException(file + ": unknown kind of input: give .jsonl, .warc(.gz), .rss, .atom, .json, .html or .txt files");
        }
        out.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(file.toString());
    }

    /** Spark's and Hadoop's own files (_SUCCESS, .crc) and anything under a hidden directory. */
    private static boolean hidden(Path root, Path f) {
        for (Path p = f; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith("_") || n.startsWith(".")) return true;
        }
        return false;
    }
}
