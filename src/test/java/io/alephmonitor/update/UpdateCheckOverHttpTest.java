package io.alephmonitor.update;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.testsupport.StandInProxy;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opt-in update check against a local stand-in of the release feed over real HTTP, in the shape
 * of GitHub's "Get the latest release" (https://docs.github.com/en/rest/releases/releases#get-the-latest-release;
 * latest-release.json holds that page's fields with our values): a newer version is shown with its page,
 * the same version, a feed that is down, slow or malformed show nothing and are tried again a day later.
 */
class UpdateCheckOverHttpTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final AppVersion RUNNING = AppVersion.parse("1.3.2");

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger asked = new AtomicInteger();
    private final CountDownLatch releaseSlowAnswer = new CountDownLatch(1);
    private HttpServer feed;

    @AfterEach
    void stop() {
        releaseSlowAnswer.countDown();
        if (feed != null) {
            feed.stop(0);
        }
    }

    private URI serving(String body) throws IOException {
        feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/repos/alephmonitor/aleph-monitor/releases/latest", exchange -> {
            asked.incrementAndGet();
            if (body == null) { // slow: no answer until the test ends
                try {
                    releaseSlowAnswer.await();
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        feed.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        feed.start();
        return URI.create("http://127.0.0.1:" + feed.getAddress().getPort() + "/repos/alephmonitor/aleph-monitor/releases/latest");
    }

    private UpdateCheck check(URI at, Duration timeout) {
        ReleaseFeed releases = new ReleaseFeed(at, HttpClient.Builder.NO_PROXY, timeout);
        return new UpdateCheck(releases::latest, RUNNING, clock);
    }

    private static String documentedRelease() throws IOException {
        try (InputStream in = UpdateCheckOverHttpTest.class.getResourceAsStream("latest-release.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewerReleaseIsShownWithWhatIsNewAndALinkToItsPage() throws IOException {
        UpdateCheck.Outcome outcome = check(serving(documentedRelease()), Duration.ofSeconds(10)).run(true, null);

        assertThat(outcome).isInstanceOf(UpdateCheck.Outcome.Available.class);
        Release release = ((UpdateCheck.Outcome.Available) outcome).release();
        assertThat(release.headline()).isEqualTo("Aleph Monitor 1.4.0 is available");
        assertThat(release.notes()).isEqualTo("Tray icon, native notifications and a proxy setting.");
        assertThat(release.page()).isEqualTo(URI.create("https://github.com/alephmonitor/aleph-monitor/releases/tag/v1.4.0"));
        assertThat(outcome.lastCheck()).isEqualTo(NOW);
    }

    @Test
    void theSameVersionShowsNothing() throws IOException {
        String same = documentedRelease().replace("v1.4.0", "v1.3.2");

        UpdateCheck.Outcome outcome = check(serving(same), Duration.ofSeconds(10)).run(true, null);

        assertThat(outcome).isEqualTo(new UpdateCheck.Outcome.UpToDate(NOW));
    }

    @Test
    void nothingIsAskedUntilTheUserAgrees() throws IOException {
        UpdateCheck.Outcome outcome = check(serving(documentedRelease()), Duration.ofSeconds(10)).run(false, null);

        assertThat(outcome).isInstanceOf(UpdateCheck.Outcome.NotAllowed.class);
        assertThat(asked).hasValue(0);
    }

    @Test
    void theFeedIsAskedAtMostOnceADay() throws IOException {
        UpdateCheck check = check(serving(documentedRelease()), Duration.ofSeconds(10));
        Instant last = check.run(true, null).lastCheck();

        clock.advance(Duration.ofHours(23));
        assertThat(check.run(true, last)).isEqualTo(new UpdateCheck.Outcome.NotDue(last));
        clock.advance(Duration.ofHours(1));
        assertThat(check.run(true, last)).isInstanceOf(UpdateCheck.Outcome.Available.class);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aFeedThatIsDownShowsNothingAndIsTriedAgainTheNextDay() throws IOException {
        int closed;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = gone.getLocalPort();
        }
        UpdateCheck check = check(URI.create("http://127.0.0.1:" + closed + "/releases/latest"), Duration.ofSeconds(10));

        UpdateCheck.Outcome outcome = check.run(true, null);

        assertThat(outcome).isInstanceOf(UpdateCheck.Outcome.Unavailable.class);
        assertThat(((UpdateCheck.Outcome.Unavailable) outcome).why()).contains("could not be reached");
        assertThat(check.run(true, outcome.lastCheck())).isInstanceOf(UpdateCheck.Outcome.NotDue.class);
    }

    @Test
    void aSlowFeedTimesOutShowsNothingAndIsTriedAgainTheNextDay() throws IOException {
        UpdateCheck check = check(serving(null), Duration.ofMillis(300));

        UpdateCheck.Outcome outcome = check.run(true, null);

        assertThat(outcome).isInstanceOf(UpdateCheck.Outcome.Unavailable.class);
        assertThat(((UpdateCheck.Outcome.Unavailable) outcome).why()).contains("did not answer within");
        assertThat(outcome.lastCheck()).isEqualTo(NOW);
        clock.advance(UpdateCheck.INTERVAL);
        releaseSlowAnswer.countDown(); // tomorrow's feed answers: the empty {} is not a release
        assertThat(check.run(true, outcome.lastCheck())).isInstanceOf(UpdateCheck.Outcome.Unavailable.class);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aMalformedFeedShowsNothingAndCrashesNothing() throws IOException {
        for (String odd : new String[] {"<html>rate limited</html>", "[]", "{\"tag_name\": 14}",
                "{\"tag_name\": \"v9\", \"html_url\": \"javascript:alert(1)\"}", "{\"tag_name\": \"latest\"}",
                "{\"tag_name\": \"v9.0\", \"html_url\": \"https://x.example/r\", \"prerelease\": true}"}) {
            ReleaseFeed.Answer answer = ReleaseFeed.read(odd.getBytes(StandardCharsets.UTF_8));
            assertThat(answer).as(odd).isInstanceOf(ReleaseFeed.Answer.Unavailable.class);
        }
        UpdateCheck.Outcome overHttp = check(serving("{\"tag_name\":"), Duration.ofSeconds(10)).run(true, null);
        assertThat(overHttp).isInstanceOf(UpdateCheck.Outcome.Unavailable.class);
    }

    @Test
    void theCheckGoesThroughTheChosenProxy() throws IOException {
        URI at = serving(documentedRelease());
        try (StandInProxy proxy = StandInProxy.open()) {
            ProxySelector viaProxy = ProxySelector.of(new InetSocketAddress("127.0.0.1", proxy.port()));
            URI https = URI.create("https://releases.example/latest");

            new ReleaseFeed(https, viaProxy, Duration.ofSeconds(10)).latest();

            assertThat(proxy.seen()).extracting(StandInProxy.Seen::requestLine)
                    .contains("CONNECT releases.example:443 HTTP/1.1");
        }
        assertThat(at).isNotNull();
    }
}
