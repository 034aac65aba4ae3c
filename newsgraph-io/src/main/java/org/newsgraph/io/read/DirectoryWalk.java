package org.newsgraph.io.read;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The article files under a directory: every regular file of a known {@link InputKind}, hidden ones (and hidden
 * folders) left out, sorted. What cannot be visited — a folder without read permission, a link that loops back —
 * is skipped with one warning naming it and saying why, and the walk goes on.
 */
final class DirectoryWalk {
    private DirectoryWalk() {
    }

    static List<String> articleFiles(Path root, Consumer<String> warnings) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && dir.getFileName() != null && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                            && InputKind.of(file).isPresent()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    warnings.accept("skipped " + file + " (" + reason(e) + ")");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) warnings.accept("stopped reading " + dir + " part way (" + reason(e) + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            warnings.accept("cannot read the directory " + root + " (" + reason(e) + ")");
        }
        found.sort(null);
        return found.stream().map(Path::toString).toList();
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemLoopException) return "a symbolic link loops back to a folder above it";
        if (e instanceof java.nio.file.NoSuchFileException) return "it vanished, or is a broken link";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
