package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://tempfile.aiquickdraw.com/k/abc.mp4", "http://127.0.0.1:8080/files/x.mp4",
            "HTTPS://CDN.EXAMPLE/x.png?sig=1"})
    void webAddressesAreFetched(String link) throws SaveException {
        assertThat(WebAddress.parseFetchable(link)).isEqualTo(URI.create(link));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "jar:file:/x.jar!/a.mp4", "javascript:alert(1)", "/files/x.mp4",
            "files/x.mp4", "ftp://example.com/x.mp4", "https://user:secret@example.com/x.mp4", "http:///nohost.mp4",
            "data:video/mp4;base64,AAAA", "", "https://exa mple.com/x.mp4"})
    void anythingElseIsRefusedWithAMessage(String link) {
        assertThatThrownBy(() -> WebAddress.parseFetchable(link))
                .isInstanceOf(SaveException.class)
                .hasMessageStartingWith("This result link is not a web address Aleph Monitor will open: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@example.com/x.mp4", "https://secret@example.com/x.mp4"})
    void credentialsInARefusedLinkAreNeverRepeated(String link) {
        assertThatThrownBy(() -> WebAddress.parseFetchable(link)).message().doesNotContain("secret");
    }
}
