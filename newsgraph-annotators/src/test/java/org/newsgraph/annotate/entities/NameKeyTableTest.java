package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

/** The build's table of name keys is used only when made from the same word lists and ending folders. */
class NameKeyTableTest {
    private static final List<EndingFolder> FOLDERS = EntityAnnotator.endingFolders();

    @Test
    void theShippedTableHoldsTheKeysComputedFromTheWordLists() throws IOException {
        byte[] table;
        try (InputStream in = NameKeyTable.class.getResourceAsStream(NameKeyTable.TABLE)) {
            assertThat(in).as("the build writes " + NameKeyTable.TABLE).isNotNull();
            table = in.readAllBytes();
        }
        NameKeyTable.NameKeySets read = NameKeyTable.read(table, NameKeyTable.stamp(FOLDERS));
        NameKeyTable.NameKeySets computed = NameKeyTable.compute(FOLDERS);
        assertThat(read).isNotNull();
        assertThat(read.firstNames()).isEqualTo(computed.firstNames()).isNotEmpty();
        assertThat(read.trained()).isEqualTo(computed.trained()).isNotEmpty();
        assertThat(NameKeyTable.load(FOLDERS)).isEqualTo(computed);
    }

    @Test
    void aTableMadeUnderOtherEndingsIsNotUsed() throws IOException {
        List<EndingFolder> other = new ArrayList<>(FOLDERS);
        other.add(0, EndingFolder.of(List.of("ович", "а")));
        byte[] table = NameKeyTable.write(NameKeyTable.compute(FOLDERS), NameKeyTable.stamp(FOLDERS));
        assertThat(NameKeyTable.stamp(other)).isNotEqualTo(NameKeyTable.stamp(FOLDERS));
        assertThat(NameKeyTable.read(table, NameKeyTable.stamp(other))).isNull();
    }

    @Test
    void aTableReadsBackTheKeysItWasWrittenWith() throws IOException {
        NameKeyTable.NameKeySets sets = new NameKeyTable.NameKeySets(Set.of("orlenka", "бирюлин"),
                Map.of("tervala", EntityType.LOCATION, "ostmark group", EntityType.ORGANIZATION));
        byte[] table = NameKeyTable.write(sets, "stamp");
        assertThat(NameKeyTable.read(table, "stamp")).isEqualTo(sets);
        assertThat(NameKeyTable.write(sets, "stamp")).isEqualTo(table);
    }

    @Test
    void aDamagedTableIsNotUsed() throws IOException {
        byte[] table = NameKeyTable.write(NameKeyTable.compute(FOLDERS), "stamp");
        assertThat(NameKeyTable.read(java.util.Arrays.copyOf(table, table.length / 2), "stamp")).isNull();
    }
}
