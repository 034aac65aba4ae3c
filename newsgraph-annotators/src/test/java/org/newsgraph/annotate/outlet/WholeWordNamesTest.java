package org.newsgraph.annotate.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeWordNamesTest {
    private static final List<String> NAMES = List.of("AP", "AFP", "Reuters", "Associated Press", "ТАСС", "Press", "ИТАР-ТАСС");
    private final WholeWordNames names = new WholeWordNames(NAMES);

    private List<String> all(String text) {
        return names.find(text, text.length());
    }

    @Test
    void findsNamesAsWholeWordsOnly() {
        assertThat(all("APPLE and CAPS, but AP said so.")).containsExactly("AP");
        assertThat(all("AFP2 or 3AFP are not AFP.")).containsExactly("AFP");
    }

    @Test
    void prefersTheLongestNameAndNeverOverlaps() {
        assertThat(all("The Associated Press and ИТАР-ТАСС reported it"))
                .containsExactly("Associated Press", "ИТАР-ТАСС");
    }

    @Test
    void looksNoFurtherThanTheEnd() {
        String text = "Reuters wrote it.\nFollow AFP on X";
        assertThat(names.find(text, text.indexOf("Follow"))).containsExactly("Reuters");
        assertThat(names.find("Reuters", 4)).isEmpty();
    }

    @Test
    void findsWhatTheAlternationOfNamesFinds() {
        Pattern regex = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", NAMES.stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
        for (String text : List.of("AP, AFP et Reuters: (AP) l'AFP", "Press AP-Press «ТАСС» ТАССа",
                "Associated Pressing Associated Press1 Associated Press.", "x ИТАР-ТАСС сообщает, ТАСС — тоже", "")) {
            List<String> expected = new ArrayList<>();
            Matcher m = regex.matcher(text);
            while (m.find()) expected.add(m.group());
            assertThat(all(text)).as(text).isEqualTo(expected);
        }
    }
}
