package org.newsgraph.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void emptyInputSaysItIsEmpty() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], "a.txt")).hasMessage("a.txt is empty: give a file with the article's text");
    }

    @Test
    void binaryInputIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThatThrownBy(() -> TextDecoder.decode(png, "x.txt")).hasMessageContaining("looks binary");
    }

    @Test
    void invalidUtf8IsRefusedWithAConversionHint() {
        byte[] latin1 = "Le président".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(latin1, "x.txt")).hasMessageContaining("not valid UTF-8").hasMessageContaining("iconv");
    }

    @Test
    void oversizedInputIsRefusedBeforeDecoding() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[TextDecoder.MAX_BYTES + 1], "big.txt"))
                .hasMessageContaining("over the 10 MB limit");
    }

    @Test
    void byteOrderMarksAndWindowsLineEndingsAreNormalised() throws Exception {
        byte[] bom = "\uFEFFTitre\r\n\r\nCorps".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bom, "x")).isEqualTo("Titre\n\nCorps");
        byte[] utf16 = "Привет".getBytes(StandardCharsets.UTF_16);
        assertThat(TextDecoder.decode(utf16, "x")).isEqualTo("Привет");
    }
}
