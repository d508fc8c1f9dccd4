package io.alephmonitor.download;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpReadBuffersTest {

    private String before;

    @BeforeEach
    void rememberTheProperty() {
        before = System.getProperty(HttpReadBuffers.PROPERTY);
    }

    @AfterEach
    void restoreTheProperty() {
        if (before == null) {
            System.clearProperty(HttpReadBuffers.PROPERTY);
        } else {
            System.setProperty(HttpReadBuffers.PROPERTY, before);
        }
    }

    @Test
    void asksTheJdkHttpClientForReadsAsLargeAsThePartFilesWriteBlock() {
        System.clearProperty(HttpReadBuffers.PROPERTY);

        HttpReadBuffers.enlarge();

        assertThat(System.getProperty(HttpReadBuffers.PROPERTY)).isEqualTo(Integer.toString(Transfer.BUFFER_SIZE));
        assertThat(HttpReadBuffers.SIZE).isEqualTo(256 * 1024);
    }

    @Test
    void keepsASizeGivenOnTheCommandLine() {
        System.setProperty(HttpReadBuffers.PROPERTY, "65536");

        HttpReadBuffers.enlarge();

        assertThat(System.getProperty(HttpReadBuffers.PROPERTY)).isEqualTo("65536");
    }
}
