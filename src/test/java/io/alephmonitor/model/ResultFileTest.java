package io.alephmonitor.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFileTest {

    private static final Instant DONE = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anAlephResultIsOneVideoWithItsThumbnailAsPoster() {
        TaskStatus.Succeeded aleph = new TaskStatus.Succeeded("https://x/v.mp4", "https://x/v.jpg", DONE);

        assertThat(aleph.results()).containsExactly(new ResultFile.Video("https://x/v.mp4", "https://x/v.jpg"));
        assertThat(aleph.results()).extracting(ResultFile::type).containsExactly(ResultType.VIDEO);
    }

    @Test
    void anImageOnlyResultIsEveryImageInKieOrder() {
        TaskStatus.Succeeded images = new TaskStatus.Succeeded(null, "https://x/1.png",
                List.of("https://x/1.png", "https://x/2.png"), DONE);

        assertThat(images.results()).containsExactly(new ResultFile.Image("https://x/1.png"), new ResultFile.Image("https://x/2.png"));
    }

    @Test
    void furtherVideoLinksBesideTheFirstAreVideosAndNamelessOnesUntypedUntilTheirAnswerSays() {
        TaskStatus.Succeeded veo = new TaskStatus.Succeeded("https://x/a.mp4", null,
                List.of("https://x/a.mp4", "https://x/b.MP4?sig=1", "https://x/file"), DONE);

        assertThat(veo.results()).extracting(ResultFile::type)
                .containsExactly(ResultType.VIDEO, ResultType.VIDEO, null);
        assertThat(veo.results().get(2)).isEqualTo(new ResultFile.Untyped("https://x/file"));
    }

    @Test
    void aLinkSaysItsTypeByItsFileExtensionAndOtherwiseTheFallback() {
        assertThat(ResultType.ofUrl("https://x/song.mp3", ResultType.VIDEO)).isEqualTo(ResultType.AUDIO);
        assertThat(ResultType.ofUrl("https://x/lyrics.txt#top", ResultType.VIDEO)).isEqualTo(ResultType.TEXT);
        assertThat(ResultType.ofUrl("https://x.example/no-extension", ResultType.VIDEO)).isEqualTo(ResultType.VIDEO);
        assertThat(ResultType.ofUrl(null, ResultType.IMAGE)).isEqualTo(ResultType.IMAGE);
    }
}
