package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ArticleReader;

/**
 * The articles a benchmark runs on: every readable article file ({@code .txt}, {@code .html}, {@code .json},
 * {@code .jsonl}) of the directories named by the system property {@code newsgraph.bench.corpus} (separated by
 * the path separator; {@code *.gold.json} answer files are skipped), or, without it, articles generated from sentences written for the benchmark in French,
 * English and Russian.
 */
final class Corpus {
    private Corpus() {
    }

    static List<Article> load() {
        String dirs = System.getProperty("newsgraph.bench.corpus", "");
        List<Article> out = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (String dir : dirs.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) continue;
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    // gold files beside their inputs (name.gold.json next to name.input.json) are answers, not articles
                    if (Files.isRegularFile(f) && !f.toString().endsWith(".gold.json")) {
                        reader.read(f.toString(), r -> r.article().ifPresent(out::add));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the bench corpus " + dir, e);
            }
        }
        return out.isEmpty() ? generated() : out;
    }

    private static final String[] FR = {
        "Selon la préfecture, 4 578 personnes ont défilé samedi à Lyon, contre 12 000 selon les syndicats.",
        "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur, Jean Dupont, mardi soir.",
        "Au moins trois personnes sont mortes et une dizaine ont été blessées dans l'incendie, a indiqué la police.",
        "Le maire de Marseille a annoncé le 5 janvier 2024 un plan de 20 millions d'euros."};
    private static final String[] EN = {
        "At least 300 people were evacuated on Monday, the fire service said in a statement.",
        "\"We will rebuild,\" Prime Minister Anna Lewis told reporters in Leeds at 9 p.m.",
        "According to the Health Ministry, 1,250 people have been injured since March 3.",
        "The United Nations said about two million people had fled the region last year."};
    private static final String[] RU = {
        "По данным МЧС, в результате пожара погибли 12 человек, ещё 40 получили ранения.",
        "«Мы справимся», — заявил в четверг губернатор Самарской области Иван Петров.",
        "В субботу в Москве задержали около 200 человек, сообщает полиция.",
        "Министр обороны провёл совещание 14 февраля в 10:00 по московскому времени."};

    /** Sixty articles of eight to twenty sentences, a third in each language. */
    private static List<Article> generated() {
        java.util.Random random = new java.util.Random(11);
        List<Article> out = new ArrayList<>();
        String[][] languages = {FR, EN, RU};
        for (int a = 0; a < 60; a++) {
            String[] sentences = languages[a % 3];
            StringBuilder text = new StringBuilder();
            int n = 8 + random.nextInt(13);
            for (int s = 0; s < n; s++) {
                text.append(sentences[random.nextInt(sentences.length)]).append(s % 3 == 2 ? "\n\n" : " ");
            }
            out.add(Article.of("bench-" + a, text.toString()).withPublished("2024-03-02T10:00:00Z"));
        }
        return out;
    }
}
