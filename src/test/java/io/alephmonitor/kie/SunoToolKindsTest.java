package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Suno task types made from a track or task, each from its documented record example:
 * music video (https://docs.kie.ai/suno-api/get-music-video-details, JSON of
 * https://dog-test.kie.ai/cn/suno-api/get-music-video-details-cn), WAV
 * (https://docs.kie.ai/cn/suno-api/get-wav-details), vocal separation
 * (https://docs.kie.ai/suno-api/get-vocal-separation-details, JSON of
 * https://dog-test.kie.ai/cn/suno-api/get-vocal-separation-details-cn), MIDI
 * (https://docs.kie.ai/suno-api/get-midi-details), lyrics
 * (https://docs.kie.ai/suno-api/get-lyrics-details) and cover art
 * (https://docs.kie.ai/cn/suno-api/get-cover-suno-details). Files under docs/suno-*.json.
 */
class SunoToolKindsTest {

    private static final String ID = "3e63b4cc88d52611159371f6af5571e7";

    private static TaskSnapshot record(TaskKind kind, String fields) {
        return kind.parse(ID, DocExamples.dataOf("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"" + ID + "\"," + fields + "}}"));
    }

    @Test
    void theMusicVideoIsAVideoResult() {
        TaskSnapshot snapshot = new SunoVideoKind().parse(ID, DocExamples.data("suno-mp4-record-info-success.json"));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.results()).containsExactly(new ResultFile.Video("https://example.com/s/04e6****e727.mp4", null));
        assertThat(succeeded.completedAt()).isEqualTo(Instant.parse("2025-01-01T00:10:00Z"));
        assertThat(snapshot.kind()).isEqualTo("suno-video");
    }

    @Test
    void theWavConversionIsOneAudioResult() {
        TaskSnapshot snapshot = new SunoWavKind().parse(ID, DocExamples.data("suno-wav-record-info-success.json"));

        assertThat(((TaskStatus.Succeeded) snapshot.status()).results()).containsExactly(
                new ResultFile.Audio("https://example.com/s/04e6****e727.wav", null, "WAV", null, null, null, null));
    }

    @Test
    void aVocalSeparationGivesTheVocalsAndTheInstrumentalNamedByStem() {
        TaskSnapshot snapshot = new SunoStemsKind().parse(ID, DocExamples.data("suno-vocal-removal-record-info-success.json"));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.results()).containsExactly(
                new ResultFile.Audio("https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3", null, "Vocals", null, null, null, null),
                new ResultFile.Audio("https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3", null, "Instrumental", null, null, null, null));
        assertThat(succeeded.completedAt()).isEqualTo(Instant.ofEpochMilli(1753782937000L));
    }

    @Test
    void aSplitStemSeparationGivesOneResultPerInstrumentAndOriginDataWhenNothingElse() {
        TaskStatus split = record(new SunoStemsKind(), """
                "successFlag":"SUCCESS","response":{"instrumentalUrl":null,"vocalUrl":"https://x/v.mp3",
                 "drumsUrl":"https://x/d.mp3","bassUrl":"https://x/b.mp3"}""").status();
        TaskStatus originOnly = record(new SunoStemsKind(), """
                "successFlag":"SUCCESS","response":{"originData":[{"duration":245.6,"audio_url":"https://x/1.mp3",
                 "stem_type_group_name":"Vocals","id":"a1"}]}""").status();

        assertThat(((TaskStatus.Succeeded) split).results()).extracting(f -> ((ResultFile.Audio) f).title())
                .containsExactly("Vocals", "Drums", "Bass");
        assertThat(((TaskStatus.Succeeded) originOnly).results()).containsExactly(
                new ResultFile.Audio("https://x/1.mp3", null, "Vocals", 245.6, null, null, "a1"));
    }

    @Test
    void midiNotesAreOneStructuredTextResult() {
        TaskSnapshot snapshot = new SunoMidiKind().parse(ID, DocExamples.data("suno-midi-record-info-success.json"));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.results()).singleElement().isInstanceOfSatisfying(ResultFile.Text.class, text -> {
            assertThat(text.structured()).isTrue();
            assertThat(text.title()).isEqualTo("MIDI notes");
            assertThat(text.content()).contains("\"Electric Bass (finger)\"").contains("\"pitch\" : 44");
        });
        assertThat(succeeded.notice()).isNull();
    }

    @Test
    void midiFlagsTwoAndThreeFailAndEmptyMidiDataSaysSo() {
        assertThat(record(new SunoMidiKind(), "\"successFlag\":0").status()).isEqualTo(new TaskStatus.Running());
        assertThat(record(new SunoMidiKind(), "\"successFlag\":2").status()).isInstanceOf(TaskStatus.Failed.class);
        assertThat(record(new SunoMidiKind(), "\"successFlag\":3,\"errorCode\":500,\"errorMessage\":\"MIDI failed\"").status())
                .isEqualTo(new TaskStatus.Failed(500, "MIDI failed"));
        assertThat(record(new SunoMidiKind(), "\"successFlag\":1,\"midiData\":{\"state\":\"complete\",\"instruments\":[]}").status())
                .isInstanceOfSatisfying(TaskStatus.Succeeded.class, s -> assertThat(s.notice()).contains("no MIDI notes"));
    }

    @Test
    void eachLyricsVariantIsAnInlineTextNamedByItsTitle() {
        TaskSnapshot snapshot = new SunoLyricsKind().parse(ID, DocExamples.data("suno-lyrics-record-info-success.json"));

        assertThat(((TaskStatus.Succeeded) snapshot.status()).results()).containsExactly(
                new ResultFile.Text(null, "[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火", false, "钢铁侠"));
        assertThat(snapshot.params().prompt()).isEqualTo("A song about peaceful night in the city");
    }

    @Test
    void refusedLyricsAndFailedLyricsAreFailures() {
        assertThat(record(new SunoLyricsKind(), "\"status\":\"SENSITIVE_WORD_ERROR\"").status())
                .isInstanceOfSatisfying(TaskStatus.Failed.class, f -> assertThat(f.message()).startsWith("kie.ai refused the prompt"));
        assertThat(record(new SunoLyricsKind(), "\"status\":\"GENERATE_LYRICS_FAILED\",\"errorCode\":500,\"errorMessage\":\"busy\"").status())
                .isEqualTo(new TaskStatus.Failed(500, "busy"));
    }

    @Test
    void coverArtIsTwoImagesAndItsErrorCode200IsNoError() {
        TaskSnapshot snapshot = new SunoCoverKind().parse("21aee3c3c2a01fa5e030b3799fa4dd56",
                DocExamples.data("suno-cover-record-info-success.json"));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.results()).containsExactly(
                new ResultFile.Image("https://tempfile.aiquickdraw.com/s/1753958521_6c1b3015141849d1a9bf17b738ce9347.png"),
                new ResultFile.Image("https://tempfile.aiquickdraw.com/s/1753958524_c153143acc6340908431cf0e90cbce9e.png"));
        assertThat(succeeded.completedAt()).isEqualTo(Instant.parse("2025-01-15T10:35:27Z"));
        assertThat(new SunoCoverKind().isImageOnly()).isTrue();
    }

    @Test
    void coverArtFlagTwoIsGeneratingUnlessAnErrorIsReported() {
        assertThat(record(new SunoCoverKind(), "\"successFlag\":2,\"errorCode\":200,\"errorMessage\":\"\"").status())
                .isEqualTo(new TaskStatus.Running());
        assertThat(record(new SunoCoverKind(), "\"successFlag\":2,\"errorCode\":501,\"errorMessage\":\"cover failed\"").status())
                .isEqualTo(new TaskStatus.Failed(501, "cover failed"));
        assertThat(record(new SunoCoverKind(), "\"successFlag\":\"GENERATE_COVER_FAILED\"").status())
                .isInstanceOf(TaskStatus.Failed.class);
    }

    @Test
    void theWordStatesOfTheToolPagesAreRead() {
        for (TaskKind kind : List.<TaskKind>of(new SunoVideoKind(), new SunoWavKind(), new SunoStemsKind())) {
            assertThat(record(kind, "\"successFlag\":\"PENDING\"").status()).isEqualTo(new TaskStatus.Running());
            assertThat(record(kind, "\"successFlag\":\"CREATE_TASK_FAILED\",\"errorCode\":400,\"errorMessage\":\"bad audioId\"").status())
                    .isEqualTo(new TaskStatus.Failed(400, "bad audioId"));
            assertThat(record(kind, "\"successFlag\":\"SUCCESS\",\"response\":null").status())
                    .as("success without a link is an empty success, not a crash").isInstanceOf(TaskStatus.Succeeded.class);
        }
        assertThat(record(new SunoVideoKind(), "\"successFlag\":\"GENERATE_MP4_FAILED\"").status()).isInstanceOf(TaskStatus.Failed.class);
        assertThat(record(new SunoWavKind(), "\"successFlag\":\"CALLBACK_EXCEPTION\",\"response\":{\"audioWavUrl\":\"https://x/a.wav\"}").status())
                .isInstanceOf(TaskStatus.Succeeded.class);
    }
}
