package org.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A corpus of made-up news articles in English, French and Russian (sentences written for these tests), as
 * JSONL records and as crawled HTML pages in a WARC file. Deterministic: article {@code i} is always the same.
 */
public final class TestCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PLACES_EN = {"Leeds", "Bristol", "Cardiff", "Glasgow"};
    private static final String[] PLACES_FR = {"Lyon", "Toulouse", "Nantes", "Grenoble"};
    private static final String[] PLACES_RU = {"Казань", "Самара", "Пермь", "Тверь"};
    private static final String[] PEOPLE_EN = {"Margaret Holloway", "David Okafor", "Fiona Reed"};
    private static final String[] PEOPLE_FR = {"Claire Dumontet", "Julien Ferrand", "Sophie Marchal"};
    private static final String[] PEOPLE_RU = {"Олег Сафронов", "Ирина Белова", "Павел Лукин"};
    private static final String[] WEEKDAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] WEEKDAYS_FR = {"lundi", "mardi", "mercredi", "jeudi", "vendredi"};
    private static final String[] WEEKDAYS_RU = {"в понедельник", "во вторник", "в среду", "в четверг", "в пятницу"};

    private TestCorpus() {
    }

    /** One article: id, url, published date, title, body. */
    public record Item(String id, String url, String published, String title, String body, String lang) {

        ObjectNode record() {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", id);
            n.put("url", url);
            n.put("published", published);
            n.put("title", title);
            n.put("text", body);
            return n;
        }

        /** The same article with another body. */
        public Item withBody(String newBody) {
            return new Item(id, url, published, title, newBody, lang);
        }

        String html() {
            return html("");
        }

        /** The page, with {@code chrome} (menus, scripts: what real pages carry around an article) before the article. */
        String html(String chrome) {
            StringBuilder p = new StringBuilder();
            for (String para : body.split("\n\n")) p.append("<p>").append(escape(para)).append("</p>\n");
            return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                    + "</title></head>\n<body><nav><a href=\"/\">Home</a></nav>\n" + chrome + "<article><h1>" + escape(title) + "</h1>\n"
                    + p + "</article>\n</body></html>\n";
        }
    }

    public static Item item(int i) {
        int k = Math.floorMod(i, 3);
        int n = 20 + Math.floorMod(i * 37, 900);
        int hurt = 1 + Math.floorMod(i * 7, 40);
        LocalDate published = LocalDate.of(2024, 5, 1).plusDays(Math.floorMod(i, 28));
        String id = "art-" + i;
        String url = switch (k) {
            case 0 -> "https://news.example.org/en/" + id;
            case 1 -> "https://journal.example.fr/fr/" + id;
            default -> "https://vesti.example.ru/ru/" + id;
        };
        String place;
        String person;
        String day;
        String title;
        String body;
        switch (k) {
            case 0 -> {
                place = PLACES_EN[i % PLACES_EN.length];
                person = PEOPLE_EN[i % PEOPLE_EN.length];
                day = WEEKDAYS_EN[i % WEEKDAYS_EN.length];
                title = "Floods in " + place + ": " + n + " people evacuated";
                body = "Heavy rain flooded the centre of " + place + " on " + day + ", officials said. At least " + n
                        + " people were evacuated from their homes and " + hurt + " were injured, according to the regional emergency service.\n\n"
                        + "\"We are doing everything we can to reach the villages cut off by the water,\" said " + person
                        + ", who leads the rescue teams. Schools in the city will stay closed until next Monday.";
            }
            case 1 -> {
                place = PLACES_FR[i % PLACES_FR.length];
                person = PEOPLE_FR[i % PEOPLE_FR.length];
                day = WEEKDAYS_FR[i % WEEKDAYS_FR.length];
                title = "Inondations à " + place + " : " + n + " personnes évacuées";
                body = "De fortes pluies ont inondé le centre de " + place + " " + day + ", selon la préfecture. Au moins " + n
                        + " personnes ont été évacuées et " + hurt + " ont été blessées, a indiqué le service départemental d'incendie et de secours.\n\n"
                        + "« Nous faisons tout notre possible pour atteindre les villages isolés par les eaux », a déclaré " + person
                        + ", qui dirige les équipes de secours. Les écoles resteront fermées jusqu'à lundi prochain.";
            }
            default -> {
                place = PLACES_RU[i % PLACES_RU.length];
                person = PEOPLE_RU[i % PEOPLE_RU.length];
                day = WEEKDAYS_RU[i % WEEKDAYS_RU.length];
                title = "Наводнение: эвакуированы " + n + " человек";
                body = "Сильные дожди затопили центр города " + place + " " + day + ", сообщили местные власти. По данным службы спасения, из домов были эвакуированы не менее "
                        + n + " человек, ещё " + hurt + " получили ранения.\n\n"
                        + "«Мы делаем всё возможное, чтобы добраться до отрезанных водой сёл», — заявил руководитель спасателей " + person
                        + ". Школы города будут закрыты до следующего понедельника.";
            }
        }
        return new Item(id, url, published.toString(), title, body, k == 0 ? "en" : k == 1 ? "fr" : "ru");
    }

    public static List<Item> items(int from, int count) {
        List<Item> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) out.add(item(i));
        return out;
    }

    /** The items as JSONL, one record per line. */
    public static Path writeJsonLines(Path file, List<Item> items) {
        StringBuilder sb = new StringBuilder();
        for (Item it : items) sb.append(it.record()).append('\n');
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The items as HTTP 200 HTML responses of a gzipped WARC file, captured at noon of their publication day. */
    public static Path writeWarc(Path file, List<Item> items) {
        return writeWarc(file, items, "");
    }

    /** The same, each page carrying {@code chrome} around its article. */
    public static Path writeWarc(Path file, List<Item> items, String chrome) {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (Item it : items) {
                writeResponse(w, it.url(), 200, "text/html; charset=utf-8", it.html(chrome).getBytes(StandardCharsets.UTF_8),
                        Instant.parse(it.published() + "T12:00:00Z"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static void writeResponse(WarcWriter w, String url, int status, String contentType, byte[] body, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
    }

    static byte[] encode(String s, String charset) {
        return s.getBytes(Charset.forName(charset));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
