package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a gallery tile shows for results without a picture; pure, no toolkit. */
class GalleryTileTextTest {

    private static final Instant DONE = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aTrackWithoutACoverIsNeverLoadedAsAPictureItsTileNamesItAndItsLength() {
        ResultFile.Audio track = new ResultFile.Audio("https://x.test/a.mp3", null, "Sunset Drive", 187.0, null, null, "a");
        TaskStatus.Succeeded done = TaskStatus.Succeeded.of(List.of(track), DONE);

        assertThat(TileText.firstImage(done)).isNull();
        assertThat(TileText.placeholderText(track, done.results())).isEqualTo("Sunset Drive · 3:07");
    }

    @Test
    void aTracksCoverIsItsPicture() {
        ResultFile.Audio track = new ResultFile.Audio("https://x.test/a.mp3", "https://x.test/a.jpg", null, null, null, null, "a");

        assertThat(TileText.firstImage(TaskStatus.Succeeded.of(List.of(track), DONE))).isEqualTo("https://x.test/a.jpg");
        assertThat(TileText.trackLine(track, List.of(track, track))).isEqualTo("Audio  (+1)");
    }

    @Test
    void anInlineTextShowsItsFirstLines() {
        ResultFile.Text text = new ResultFile.Text(null, "\nOne\n\nTwo\nThree\nFour\nFive", false, null);

        assertThat(TileText.placeholderText(text, List.of(text))).isEqualTo("One\nTwo\nThree\nFour");
    }
}
