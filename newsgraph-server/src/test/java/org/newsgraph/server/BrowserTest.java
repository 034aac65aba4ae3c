package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (headless Chromium): the example article's highlights, quotes with their speakers and
 * figures with their sources; a click through to a fact page with its table and chart; hostile article text that
 * must show as text and never run. Every page must load without a console error (a CSP violation is one).
 */
class BrowserTest {
    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = SharedBrowser.get();
        SharedServer.get();
        browser.manage().logs().get(LogType.BROWSER);   // drop what earlier tests left
    }

    private void load(String path) {
        browser.get(SharedServer.base() + path);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("browser console").isEmpty();
    }

    private void assertNoDialog() {
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            throw new AssertionError("a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void theExampleArticleShowsItsHighlightsQuotesAndFigures() {
        load("/articles/floods-interview-fr");
        assertThat(browser.findElement(By.cssSelector("h1.title")).getText()).startsWith("Le Premier ministre kirghize");
        assertThat(texts("#text mark.ent.ent-person")).contains("Almaz Orozbekov", "Nurlan Abdykadyrov");
        assertThat(texts("#text mark.ent.ent-location")).contains("Frounzé", "Talas");
        assertThat(texts("#text .time")).contains("Mardi", "19h30");
        // the direct quote, tied to the words naming its speaker
        WebElement direct = browser.findElement(By.cssSelector("#text .quote.direct"));
        assertThat(direct.getText()).startsWith("Nous avons perdu des vies");
        String qid = direct.getAttribute("id");
        assertThat(browser.findElement(By.id(qid + "-speaker")).getText()).isEqualTo("Orozbekov");
        List<WebElement> quotes = browser.findElements(By.cssSelector("#who-said-what li.quote-item"));
        assertThat(quotes).hasSize(3);
        assertThat(quotes.stream().map(q -> q.findElement(By.cssSelector(".who")).getText()).toList())
                .contains("Almaz Orozbekov", "Nurlan Abdykadyrov");
        // four figures, each with its source
        List<WebElement> rows = browser.findElements(By.cssSelector("#which-numbers tr.figure-row"));
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(r -> r.findElement(By.cssSelector(".value")).getText()).toList())
                .containsExactly("~2,000", "312", "47", "6 (part of #3)");
        assertThat(rows.stream().map(r -> r.findElement(By.cssSelector(".source .who")).getText()).toList())
                .containsExactly("International Committee of the Red Cross", "ministère des Situations d’urgence",
                        "ministère des Situations d’urgence", "ministère des Situations d’urgence");
        assertThat(browser.findElement(By.cssSelector("#f1-source")).getText()).isEqualTo("Croix-Rouge");
        // only figures the comparison reads lead to a fact page: not the one that is part of another
        assertThat(rows.stream().map(r -> r.findElements(By.cssSelector("a.fact-link")).size()).toList())
                .containsExactly(1, 1, 1, 0);
        // the events layer: floods placed in the city, the state of emergency
        assertThat(texts("#events li.event-item .event-type")).contains("flood", "state of emergency");
        assertThat(texts("#events li.event-item .place")).contains("Bishkek");
        assertThat(texts("#text .event")).contains("inondations");
        // the framing layer: the superseded name, with the current one, in the words of the prime minister too
        assertThat(texts("#text .frame.frame-historical_name")).contains("Frounzé");
        WebElement frame = browser.findElements(By.cssSelector("#framing li.frame-historical_name")).get(1);
        assertThat(frame.findElement(By.cssSelector(".alternative")).getText()).isEqualTo("Bishkek");
        assertThat(frame.findElement(By.cssSelector(".in-quote")).getText()).contains("Almaz Orozbekov");
        assertThat(browser.findElement(By.cssSelector(".outlet-name")).getText()).isEqualTo("Le Courrier des Steppes");
        // the script works: clicking a name marks every mention of that person
        browser.findElement(By.cssSelector("#text mark.ent.ent-person[data-entity]")).click();
        assertThat(browser.findElements(By.cssSelector("#text mark.focus"))).hasSizeGreaterThan(1);
        SharedBrowser.screenshot("article-page");
        assertNoConsoleErrors();
    }

    @Test
    void aFigureLeadsToItsFactPageWithTableAndChart() {
        load("/articles/storm-bergen-3");
        // the figure's place and date, as its sentence gives them
        assertThat(texts("#which-numbers tr.figure-row .setting")).containsExactly("Bergen · 2025-03-05");
        assertThat(texts("#events li.event-item .place")).contains("Bergen");
        browser.findElement(By.cssSelector("#which-numbers a.fact-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("reports")));
        assertThat(browser.findElement(By.cssSelector("h1.fact-title")).getText()).startsWith("killed");
        List<WebElement> rows = browser.findElements(By.cssSelector("#reports tbody tr.report"));
        assertThat(rows).hasSize(6);
        assertThat(texts("#reports tr.report .source")).contains("the police", "the health ministry", "the county governor's office");
        assertThat(texts("#reports tr.report .value")).contains("12", "19", "9", "30");
        assertThat(browser.findElements(By.cssSelector("#reports .mark-agreement"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#reports .mark-contradiction"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#reports .mark-update"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#reports .mark-retraction"))).isNotEmpty();
        assertThat(texts("#reports .mark-denial")).containsExactly("denied by The harbour authority");
        // a denial is no update and no contradiction of the counts around it
        WebElement denied = browser.findElement(By.xpath("//table[@id='reports']//tr[.//span[contains(@class,'mark-denial')]]"));
        assertThat(denied.findElement(By.cssSelector(".marks")).getText()).isEqualTo("denied by The harbour authority");
        assertThat(browser.findElement(By.cssSelector("#reports tr.current .source")).getText()).isEqualTo("the health ministry");
        // the chart: one point per report, one series per source
        assertThat(browser.findElements(By.cssSelector("#chart circle.point"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("#chart g.series")).size()).isEqualTo(
                (int) texts("#reports tr.report .source").stream().distinct().count());
        WebElement point = browser.findElement(By.cssSelector("#chart circle.point"));
        assertThat(point.getSize().getWidth()).isPositive();
        SharedBrowser.screenshot("fact-page");
        assertNoConsoleErrors();
    }

    @Test
    void aDeniedFigureIsMarkedWithItsDenier() {
        load("/articles/storm-bergen-6");
        assertThat(browser.findElement(By.cssSelector("#text .fig.denied")).getText()).isEqualTo("30 people were killed");
        assertThat(browser.findElement(By.id("f1-denier")).getText()).isEqualTo("The harbour authority");
        assertThat(browser.findElement(By.cssSelector("#which-numbers .mark-denial")).getText())
                .isEqualTo("denied by The harbour authority");
        // the hedge the framing layer flags, in the text and in its panel
        assertThat(texts("#text .frame.frame-hedge")).isNotEmpty();
        assertThat(texts("#framing li.frame-hedge .type")).allMatch("hedge"::equals).isNotEmpty();
        assertNoConsoleErrors();
    }

    @Test
    void hostileArticleTextIsShownAndNeverRun() {
        String title = "<script>alert('title')</script> Storm <img src=x onerror=alert('img')>";
        String text = "Residents of Hammerfest said <script>alert('body')</script> the storm was the worst in years. "
                + "<img src=x onerror=\"alert('onerror')\"> A link was posted: javascript:alert('link'). "
                + "<a href=\"javascript:alert('href')\">click</a>";
        String record = Api.write(g -> {
            g.writeStartObject();
            g.writeStringField("id", "hostile-1");
            g.writeStringField("url", "javascript:alert('url')");
            g.writeStringField("published", "2025-03-07");
            g.writeStringField("title", title);
            g.writeStringField("text", text);
            g.writeEndObject();
        });
        HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/ingest"))
                .header("Authorization", "Bearer " + SharedServer.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(record)));
        assertThat(r.statusCode()).isEqualTo(200);
        load("/articles/hostile-1");
        assertNoDialog();
        assertThat(browser.findElement(By.cssSelector("h1.title")).getText()).isEqualTo(title);
        String shown = browser.findElement(By.id("text")).getText();
        assertThat(shown).contains("<script>alert('body')</script>", "<img src=x onerror=\"alert('onerror')\">",
                "javascript:alert('link')", "<a href=\"javascript:alert('href')\">click</a>");
        assertThat(browser.findElements(By.cssSelector("main script, main img, #text a"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".meta .url")).getTagName()).isEqualTo("span");
        SharedBrowser.screenshot("hostile-article");
        assertNoConsoleErrors();

        // the same text pasted into the analyse page
        load("/analyse");
        browser.findElement(By.name("title")).sendKeys(title);
        browser.findElement(By.name("text")).sendKeys(text);
        browser.findElement(By.cssSelector(".analyse-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        assertNoDialog();
        assertThat(browser.findElement(By.cssSelector("h1.title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("text")).getText()).contains("<script>alert('body')</script>");
        assertNoConsoleErrors();
    }

    @Test
    void searchFindsArticlesByEntity() {
        load("/search?entity=Bergen");
        assertThat(Integer.parseInt(browser.findElement(By.id("total")).getText())).isGreaterThanOrEqualTo(6);
        assertThat(texts(".hit-title")).contains("Storm death toll rises in Bergen");
        browser.findElement(By.linkText("Storm death toll rises in Bergen")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
        assertThat(browser.getCurrentUrl()).endsWith("/articles/storm-bergen-3");
        assertNoConsoleErrors();
    }
}
