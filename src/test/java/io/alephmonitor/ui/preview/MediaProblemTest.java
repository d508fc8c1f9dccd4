package io.alephmonitor.ui.preview;

import javafx.scene.media.MediaException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;

import static org.assertj.core.api.Assertions.assertThat;

class MediaProblemTest {

    /** MediaException's constructors are package-private; JavaFX creates them, so the test does the same. */
    private static MediaException error(MediaException.Type type, String message) throws Exception {
        Constructor<MediaException> c = MediaException.class.getDeclaredConstructor(
                MediaException.Type.class, String.class);
        c.setAccessible(true);
        return c.newInstance(type, message);
    }

    @Test
    void aMissingAudioDeviceIsNamedAsSuch() throws Exception {
        assertThat(MediaProblem.describe(error(MediaException.Type.UNKNOWN, "Could not open audio device")))
                .isEqualTo("The video can't play here: the computer has no audio device. Open it in your browser or save it.");
    }

    @Test
    void aTrackWithoutAnAudioDeviceIsCalledATrackNotAVideo() throws Exception {
        assertThat(MediaProblem.describe(error(MediaException.Type.UNKNOWN, "Could not open audio device"), "track"))
                .isEqualTo("The track can't play here: the computer has no audio device. Open it in your browser or save it.");
        assertThat(MediaProblem.describe(error(MediaException.Type.MEDIA_UNAVAILABLE, "HTTP response code: 404"), "track"))
                .startsWith("The track link no longer works");
        assertThat(MediaProblem.notReadyInTime("track")).startsWith("The track took too long to load");
    }

    @Test
    void aPlayerThatCannotBeCreatedNamesEveryLikelyCause() throws Exception {
        assertThat(MediaProblem.describe(error(MediaException.Type.UNKNOWN, "Could not create player!")))
                .contains("couldn't be loaded").contains("expired").contains("audio device").endsWith("Open it in your browser or save it.");
    }

    @Test
    void anExpiredLinkSaysSoAndSuggestsCheckingAgain() throws Exception {
        assertThat(MediaProblem.describe(error(MediaException.Type.MEDIA_UNAVAILABLE, "HTTP response code: 403")))
                .contains("no longer works").contains("expire");
    }

    @Test
    void anUnsupportedCodecOffersTheBrowserOrSaving() throws Exception {
        assertThat(MediaProblem.describe(error(MediaException.Type.MEDIA_UNSUPPORTED, "Unrecognized file signature!")))
                .contains("format").endsWith("Open it in your browser or save it.");
    }

    @Test
    void anUnknownErrorStillReadsAsASentence() throws Exception {
        assertThat(MediaProblem.describe(error(MediaException.Type.UNKNOWN, null))).startsWith("The video can't play here");
        assertThat(MediaProblem.describe(null)).startsWith("The video can't play here");
    }
}
