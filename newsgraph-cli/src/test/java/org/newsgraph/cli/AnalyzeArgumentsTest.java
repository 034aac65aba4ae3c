package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The analyze command lines read without picocli get the fields picocli gives; the others are left to picocli. */
class AnalyzeArgumentsTest {

    private static List<Object> fields(AnalyzeCommand c) {
        return Arrays.asList(c.files, c.format, c.out, c.quiet, c.verbose, c.published, c.lang, c.kb, c.explain,
                c.threads, c.pretty);
    }

    private static List<Object> byPicocli(String... args) {
        AnalyzeCommand c = new AnalyzeCommand();
        new CommandLine(c).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return fields(c);
    }

    private static void readAsPicocliDoes(String... args) {
        AnalyzeCommand fast = AnalyzeArguments.parse(args);
        assertThat(fast).as(String.join(" ", args)).isNotNull();
        assertThat(fields(fast)).as(String.join(" ", args)).isEqualTo(byPicocli(args));
    }

    @Test
    void filesAndEveryOptionInItsPlainFormsGetPicoclisValues() {
        readAsPicocliDoes("analyze", "article.txt");
        readAsPicocliDoes("analyze");
        readAsPicocliDoes("analyze", "-", "b.json", "c.jsonl");
        readAsPicocliDoes("analyze", "-q", "--out", "/tmp/out dir", "batch.jsonl");
        readAsPicocliDoes("analyze", "batch.jsonl", "-o", "out", "--threads", "3", "--pretty");
        readAsPicocliDoes("analyze", "--out=out", "--format=jsonl", "--lang", "fr", "a.txt");
        readAsPicocliDoes("analyze", "-f", "json", "--published", "2021-03-04", "--kb", "kbdir", "-v", "--explain",
                "a.txt");
        readAsPicocliDoes("analyze", "--quiet", "--verbose", "--threads=12", "x.html");
    }

    @Test
    void formsItDoesNotReadAreLeftToPicocli() {
        for (String[] args : List.of(
                new String[] {"analyze", "--help"},
                new String[] {"analyze", "-h"},
                new String[] {"analyze", "--version"},
                new String[] {"analyze", "-qv", "a.txt"},
                new String[] {"analyze", "--", "-weird-name.txt"},
                new String[] {"analyze", "@args.txt"},
                new String[] {"analyze", "--out"},
                new String[] {"analyze", "--out", "-q", "a.txt"},
                new String[] {"analyze", "-q", "-q", "a.txt"},
                new String[] {"analyze", "--out", "a", "--out", "b"},
                new String[] {"analyze", "--format", "yaml", "a.txt"},
                new String[] {"analyze", "--threads", "two", "a.txt"},
                new String[] {"analyze", "--threads", "+2", "a.txt"},
                new String[] {"analyze", "--quiet=true", "a.txt"},
                new String[] {"analyze", "--no-such-option", "a.txt"},
                new String[] {"analyze", "-oout", "a.txt"},
                new String[] {"analyze", "--out", "bad\u0000path", "a.txt"})) {
            assertThat(AnalyzeArguments.parse(args)).as(String.join(" ", args)).isNull();
        }
    }
}
