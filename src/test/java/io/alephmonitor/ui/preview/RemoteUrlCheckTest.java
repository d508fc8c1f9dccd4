package io.alephmonitor.ui.preview;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteUrlCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://tempfile.aiquickdraw.com/v/abc.mp4", "http://127.0.0.1:8080/v.mp4",
            "HTTPS://Example.com/a%20b.png"})
    void webLinksMayBeOpened(String url) {
        RemoteUrlCheck check = RemoteUrlCheck.of(url);

        assertThat(check.allowed()).isTrue();
        assertThat(check.refusal()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "jar:file:/app.jar!/x.mp4",
            "ftp://example.com/v.mp4", "data:video/mp4;base64,AAAA", "videos/v.mp4", "//example.com/v.mp4",
            "https://user:secret@example.com/v.mp4", "https:///nohost.mp4", "http://exa mple.com/", "", "  "})
    void everythingElseIsRefusedWithAReason(String url) {
        RemoteUrlCheck check = RemoteUrlCheck.of(url);

        assertThat(check.allowed()).isFalse();
        assertThat(check.uri()).isNull();
        assertThat(check.refusal()).isNotBlank().endsWith(".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@example.com/v.mp4"})
    void aRefusalNeverRepeatsTheCredentials(String url) {
        assertThat(RemoteUrlCheck.of(url).refusal()).doesNotContain("secret");
    }
}
