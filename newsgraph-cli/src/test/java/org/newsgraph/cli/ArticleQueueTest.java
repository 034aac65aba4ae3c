package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.read.Inputs;

/**
 * The batch queue never lets more articles into memory than its budget: a consumer that holds every article it
 * takes gets only as many as the budget allows, and the next one once it releases some. Counted in budget units
 * (kilo-characters), never timed.
 */
class ArticleQueueTest {
    @TempDir
    Path dir;

    @Test
    void articlesHeldAndQueuedStayWithinTheBudget() throws Exception {
        Path jsonl = dir.resolve("many.jsonl");
        StringBuilder b = new StringBuilder();
        String text = "The bridge was closed. ".repeat(460);   // about 10,500 characters: 11 units each
        for (int i = 0; i < 60; i++) b.append("{\"id\":\"a").append(i).append("\",\"text\":\"").append(text).append("\"}\n");
        Files.writeString(jsonl, b);

        ArticleQueue queue = ArticleQueue.read(List.of(jsonl.toString()), new Inputs(), 1000, 100 * 1024);   // 100 units
        List<ArticleQueue.Item> held = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            assertThat(queue.hasNext()).isTrue();
            held.add(queue.next());
        }
        // nine articles of 11 units are out: the reader cannot add a tenth to the queue until some come back
        assertThat(queue.freeUnits()).isEqualTo(100 - 9 * 11);
        held.forEach(ArticleQueue.Item::release);
        int total = held.size();
        while (queue.hasNext()) {
            ArticleQueue.Item item = queue.next();
            assertThat(queue.freeUnits()).isBetween(0, 100);
            item.release();
            total++;
        }
        assertThat(total).isEqualTo(60);
        assertThat(queue.freeUnits()).isEqualTo(100);
    }

    @Test
    void anArticleHeavierThanTheWholeBudgetStillPassesAlone() throws Exception {
        Path jsonl = dir.resolve("heavy.jsonl");
        Files.writeString(jsonl, "{\"id\":\"heavy\",\"text\":\"" + "word ".repeat(50_000) + "\"}\n{\"id\":\"light\",\"text\":\"A short one.\"}\n");
        ArticleQueue queue = ArticleQueue.read(List.of(jsonl.toString()), new Inputs(), 10, 10 * 1024);
        ArticleQueue.Item heavy = queue.next();
        assertThat(heavy.result().article().orElseThrow().id()).isEqualTo("heavy");
        assertThat(queue.freeUnits()).isZero();
        heavy.release();
        assertThat(queue.next().result().article().orElseThrow().id()).isEqualTo("light");
    }
}
