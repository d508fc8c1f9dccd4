package io.alephmonitor.ui.preview;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ImageCacheTest {

    private static TestMediaServer server;

    @BeforeAll
    static void serve() {
        server = new TestMediaServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void anImageLoadsInTheBackgroundAtTheRequestedSize() throws Exception {
        ImageCache cache = new ImageCache();
        Image image = cache.get(server.imageUrl("a"), 160, 90);

        assertThat(image).isNotNull();
        assertThat(image.isBackgroundLoading()).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> image.getProgress() >= 1);
        assertThat(image.isError()).isFalse();
        assertThat(image.getWidth()).isEqualTo(160);
    }

    @Test
    void theSameLinkAndSizeGivesTheSameImage() {
        ImageCache cache = new ImageCache();

        assertThat(cache.get(server.imageUrl("same"), 100, 100)).isSameAs(cache.get(server.imageUrl("same"), 100, 100));
        assertThat(cache.get(server.imageUrl("same"), 200, 200)).isNotSameAs(cache.get(server.imageUrl("same"), 100, 100));
    }

    @Test
    void theLeastRecentlyUsedImageMakesRoomBeyondTheCountBound() {
        ImageCache cache = new ImageCache(3, Long.MAX_VALUE);
        cache.get(server.imageUrl("1"), 10, 10);
        cache.get(server.imageUrl("2"), 10, 10);
        cache.get(server.imageUrl("3"), 10, 10);
        cache.get(server.imageUrl("1"), 10, 10); // used again: now the newest

        cache.get(server.imageUrl("4"), 10, 10);

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.contains(server.imageUrl("2"), 10, 10)).isFalse();
        assertThat(cache.contains(server.imageUrl("1"), 10, 10)).isTrue();
    }

    @Test
    void thePixelBoundEvictsToo() {
        ImageCache cache = new ImageCache(100, 100 * 100 * 2);
        for (int i = 0; i < 10; i++) {
            cache.get(server.imageUrl("p" + i), 100, 100);
        }

        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void browsingManyImagesNeverHoldsMoreThanTheBound() {
        ImageCache cache = new ImageCache();
        for (int i = 0; i < 500; i++) {
            cache.get(server.imageUrl("many" + i), 64, 36);
        }

        assertThat(cache.size()).isEqualTo(ImageCache.DEFAULT_MAX_IMAGES);
    }

    @Test
    void unsafeLinksGiveNoImageAndAReason() {
        ImageCache cache = new ImageCache();

        ImageCache.Lookup lookup = cache.lookup("file:///etc/passwd", 100, 100);

        assertThat(lookup.image()).isNull();
        assertThat(lookup.refusal()).contains("not opened");
        assertThat(cache.get("javascript:alert(1)", 10, 10)).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anImageThatFailedIsDroppedSoTheNextRequestTriesAgain() throws Exception {
        ImageCache cache = new ImageCache();
        String url = server.missingUrl("gone.png");
        Image failed = cache.get(url, 50, 50);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, failed::isError);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cache.contains(url, 50, 50)).isFalse();
        assertThat(cache.get(url, 50, 50)).isNotSameAs(failed);
    }
}
