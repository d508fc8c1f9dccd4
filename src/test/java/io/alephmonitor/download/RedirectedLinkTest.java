package io.alephmonitor.download;

import com.sun.net.httpserver.HttpServer;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.GeneratedFiles;
import io.alephmonitor.tracking.SaveException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Result links that answer with a redirect, as CDNs do: followed a few hops, never from https down to http. */
class RedirectedLinkTest {

    private static final int SIZE = 3 * 1024 * 1024 + 5;

    @TempDir
    Path dir;

    private KieSimulator sim;
    private HttpServer redirector;
    private Downloader downloader;

    @BeforeEach
    void start() throws IOException {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO));
        redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.start();
        downloader = new Downloader(2, Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        downloader.close();
        redirector.stop(0);
        sim.close();
    }

    @Test
    void aLinkThatRedirectsTwiceIsSavedFromWhereItLeads() throws Exception {
        String file = sim.addLargeFile("moved.mp4", SIZE);
        redirect("/first", 302, "/second");
        redirect("/second", 307, file);

        Path saved = downloader.start(URI.create(base() + "/first"), dir.resolve("moved.mp4")).result().get(30, TimeUnit.SECONDS);

        assertThat(GeneratedFiles.firstMismatch(saved, SIZE)).isEqualTo(-1);
    }

    @Test
    void aLinkThatKeepsRedirectingIsRefusedWithTheRedirectAsTheAnswer() {
        redirect("/loop", 302, "/loop");

        assertThatThrownBy(() -> downloader.start(URI.create(base() + "/loop"), dir.resolve("loop.mp4")).result().join())
                .cause().isInstanceOf(SaveException.class)
                .hasMessage("The server refused the download (it answered 302). Check the task again later, then save again.");
        assertThat(dir.resolve("loop.mp4")).doesNotExist();
    }

    @Test
    void aRedirectFromHttpsDownToHttpIsNeverFollowed() {
        assertThat(LinkRequests.redirect(URI.create("https://cdn.example/a.mp4"), "http://cdn.example/a.mp4")).isNull();
        assertThat(LinkRequests.redirect(URI.create("https://cdn.example/a.mp4"), "https://other.example/a.mp4"))
                .isEqualTo(URI.create("https://other.example/a.mp4"));
        assertThat(LinkRequests.redirect(URI.create("http://cdn.example/a.mp4"), "https://cdn.example/a.mp4"))
                .isEqualTo(URI.create("https://cdn.example/a.mp4"));
        assertThat(LinkRequests.redirect(URI.create("http://cdn.example/a.mp4"), "file:///etc/passwd")).isNull();
    }

    private String base() {
        return "http://127.0.0.1:" + redirector.getAddress().getPort();
    }

    private void redirect(String path, int status, String location) {
        redirector.createContext(path, exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Location", location);
                exchange.sendResponseHeaders(status, -1);
            }
        });
    }
}
