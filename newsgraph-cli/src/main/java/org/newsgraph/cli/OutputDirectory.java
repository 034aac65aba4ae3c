package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The {@code --out} directory of a batch: made before any article is read, with a reason when it cannot be. */
final class OutputDirectory {
    private OutputDirectory() {
    }

    /** Creates {@code out} when missing; null when it is a writable directory, else the one-line problem. */
    static String prepare(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return "--out " + out + " is a file, not a directory: choose a directory for the analyses";
        }
        try {
            Files.createDirectories(out);
            Path probe = Files.createTempFile(out, ".newsgraph-write-test", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException e) {
            return "cannot write into --out " + out + " (" + why(e) + "): choose a directory you can write";
        }
    }

    /** An I/O failure in words: "permission denied", "no space left on device", "a file of that name exists"… */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException x) return x.getFile() + " exists and is not a directory";
        if (e instanceof NoSuchFileException) return "a folder on the way does not exist";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).toLowerCase(java.util.Locale.ROOT);
    }
}
