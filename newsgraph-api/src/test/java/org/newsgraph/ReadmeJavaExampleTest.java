package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example, taken from the README as it is, compiled with javac and run. */
class ReadmeJavaExampleTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- java-example[^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeExampleCompilesAndPrintsTheFigure(@TempDir Path dir) throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        assertThat(m.find()).as("a ```java block after <!-- java-example --> in README.md").isTrue();
        String source = m.group(1);
        assertThat(source.lines().count()).isLessThanOrEqualTo(16);
        Path file = dir.resolve("FirstSteps.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-classpath", classPath, "-d", dir.toString(), file.toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("FirstSteps").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(old);
        }
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed).contains("killed 12, source: the emergencies ministry");
        assertThat(printed).anySatisfy(l -> assertThat(l).startsWith("Monday → 2024-04-15"));
        assertThat(printed.get(printed.size() - 1)).endsWith("characters of JSON (docs/format.md)");
    }
}
