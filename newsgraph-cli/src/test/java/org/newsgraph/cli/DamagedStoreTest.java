package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose files were damaged (64 bytes overwritten in its largest file) is reported as damaged, in one line
 * that says what to do, by every command that opens it; {@code store check} finds it, {@code store repair} drops the
 * damaged segment, names the articles lost, and the store works again.
 */
class DamagedStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDamagedStoreIsReportedCheckedAndRepaired() throws Exception {
        Path store = dir.resolve("store");
        ingest(store, "first", "The river flooded the old town of Tours on Sunday, the mayor said.");
        ingest(store, "second", "Forty people were evacuated from the villages of the valley, the police said.");
        CliRun sound = CliRun.of("store", "check", "--store", store.toString());
        assertThat(sound.exitCode()).as(sound.err()).isZero();
        assertThat(sound.out()).startsWith("the store " + store + " is sound: 2 articles in 2 segments");

        Path largest;
        try (Stream<Path> files = Files.list(store)) {
            largest = files.filter(f -> f.getFileName().toString().endsWith(".fdt") || f.getFileName().toString().endsWith(".cfs"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(largest.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            raf.write(new byte[64]);
        }

        for (String[] command : new String[][] {{"search", "--store", store.toString(), "river"},
                {"compare", "--store", store.toString()}, {"stories", "--store", store.toString()}}) {
            CliRun run = CliRun.of(command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(3);
            assertThat(run.err().lines().count()).isEqualTo(1);
            assertThat(run.err()).startsWith("newsgraph: the store " + store + " is damaged (")
                    .contains("run 'newsgraph store check --store " + store + "'").doesNotContain("Exception");
        }
        CliRun ingest = CliRun.of("ingest", "-q", "--store", store.toString(), write("third", "A third text about the weather."));
        assertThat(ingest.exitCode()).isEqualTo(3);
        assertThat(ingest.err()).contains("is damaged (");

        CliRun check = CliRun.of("store", "check", "--store", store.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).startsWith("the store " + store + " is damaged: 1 of 2 segments (1 of 2 articles) fail their checks");

        CliRun repair = CliRun.of("store", "repair", "--store", store.toString());
        assertThat(repair.exitCode()).as(repair.err()).isZero();
        // the lost article's id is listed when the damage spared the id index of its segment (the store module's
        // StoreIntegrityTest damages the stored texts alone and checks the ids); here the bytes may hit either
        assertThat(repair.out().lines().toList()).as(repair.err()).isSubsetOf("first", "second").hasSizeLessThanOrEqualTo(1);
        assertThat(repair.err()).contains("dropped 1 damaged segment, 1 article lost").contains("; 1 article kept");

        assertThat(CliRun.of("store", "check", "--store", store.toString()).exitCode()).isZero();
        CliRun after = CliRun.of("search", "--store", store.toString(), "*");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).startsWith("1 article matches");
    }

    @Test
    void checkingWhereThereIsNoStoreIsExitThree() {
        CliRun run = CliRun.of("store", "check", "--store", dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("newsgraph: no store at " + dir.resolve("nothing"));
    }

    private void ingest(Path store, String id, String text) throws Exception {
        CliRun run = CliRun.of("ingest", "-q", "--store", store.toString(), write(id, text));
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private String write(String id, String text) throws Exception {
        Path f = dir.resolve(id + ".json");
        Files.writeString(f, JSON.writeValueAsString(JSON.createObjectNode().put("id", id).put("text", text)));
        return f.toString();
    }
}
