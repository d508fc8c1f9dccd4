package io.alephmonitor.download;

import io.alephmonitor.settings.ProxyRoutes;
import io.alephmonitor.settings.ProxySetting;
import io.alephmonitor.testsupport.StandInProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ProxySelector;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves and link probes open their connections with the JDK's default proxy selector, which the app
 * sets to its {@link ProxyRoutes}: so they go through the user's HTTP proxy like the kie.ai client
 * (over real HTTP, against a stand-in proxy). Restores the default selector afterwards.
 */
class SavesFollowTheProxyChoiceTest {

    private final ProxySelector before = ProxySelector.getDefault();

    @AfterEach
    void restore() {
        ProxySelector.setDefault(before);
    }

    @Test
    void aLinkProbeGoesThroughTheUsersHttpProxy() throws Exception {
        try (StandInProxy proxy = StandInProxy.open(); Downloader downloader = new Downloader(1, java.time.Duration.ofMillis(1))) {
            ProxySelector.setDefault(new ProxyRoutes(ProxySetting.http("127.0.0.1", proxy.port(), null), null, Map.of()));

            new LinkProbe(downloader).typeOf("http://tempfile.aiquickdraw.com/r/result").handle((ok, failed) -> null)
                    .get(20, TimeUnit.SECONDS);

            assertThat(proxy.seen()).extracting(StandInProxy.Seen::requestLine)
                    .anyMatch(line -> line.endsWith(" http://tempfile.aiquickdraw.com/r/result HTTP/1.1"));
        }
    }

    @Test
    void withNoneTheProbeConnectsDirectly() throws Exception {
        try (StandInProxy proxy = StandInProxy.open(); Downloader downloader = new Downloader(1, java.time.Duration.ofMillis(1))) {
            ProxySelector.setDefault(new ProxyRoutes(new ProxySetting(ProxySetting.Mode.NONE, "127.0.0.1", proxy.port(), null),
                    null, Map.of()));

            new LinkProbe(downloader).typeOf("http://127.0.0.1:9/r/result").handle((ok, failed) -> null)
                    .get(20, TimeUnit.SECONDS);

            assertThat(proxy.seen()).isEmpty();
        }
    }
}
