package io.alephmonitor.download;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A naming template per kind family on top of the general one ("All kinds"). */
class KindTemplatesTest {

    private static final String SUNO_TEMPLATE = "{date:yyyy-MM}/{track:40}-{id:8}.{ext}";

    @Test
    void everySunoTaskTypeIsOneFamilyAndEveryOtherKindItsOwn() {
        for (String suno : List.of(KindIds.SUNO, KindIds.SUNO_WAV, KindIds.SUNO_STEMS, KindIds.SUNO_MIDI,
                KindIds.SUNO_VIDEO, KindIds.SUNO_LYRICS, KindIds.SUNO_COVER)) {
            assertThat(NamingFamilies.of(suno)).as(suno).isEqualTo(KindIds.SUNO);
        }
        assertThat(NamingFamilies.of(KindIds.VEO)).isEqualTo(KindIds.VEO);
        assertThat(NamingFamilies.of(KindIds.FLUX_KONTEXT)).isEqualTo(KindIds.FLUX_KONTEXT);
        assertThat(NamingFamilies.of(null)).isNull();
    }

    @Test
    void everySuggestedTemplateCanWork() {
        for (String family : NamingFamilies.ALL) {
            assertThat(NameTemplate.problem(NamingFamilies.suggested(family))).as(family).isNull();
        }
        assertThat(NamingFamilies.suggested(KindIds.SUNO)).isEqualTo(SUNO_TEMPLATE);
        assertThat(NamingFamilies.suggested(KindIds.VEO)).isEqualTo("{prompt:40}-{id:8}.{ext}");
    }

    @Test
    void aTaskIsNamedByItsFamilysTemplateElseByTheGeneralOne() {
        LibraryOptions options = LibraryOptions.of("{kind}/{id}.{ext}", Map.of(KindIds.SUNO, SUNO_TEMPLATE),
                true, true);

        assertThat(options.templateFor(KindIds.SUNO_WAV).text()).isEqualTo(SUNO_TEMPLATE);
        assertThat(options.templateFor(KindIds.SUNO).text()).isEqualTo(SUNO_TEMPLATE);
        assertThat(options.templateFor(KindIds.VEO).text()).isEqualTo("{kind}/{id}.{ext}");
        assertThat(options.templateFor("a-kind-of-a-newer-version").text()).isEqualTo("{kind}/{id}.{ext}");
    }

    @Test
    void aFamilyTemplateThatCannotWorkIsLeftOutAndTheGeneralOneUsed() {
        LibraryOptions options = LibraryOptions.of(null, Map.of(KindIds.SUNO, "../{id}.{ext}",
                KindIds.VEO, "{nonsense}.{ext}", KindIds.LUMA, "  "), true, true);

        assertThat(options.kindTemplates()).isEmpty();
        assertThat(options.templateFor(KindIds.SUNO)).isSameAs(NameTemplate.DEFAULT);
    }

    @Test
    void withNothingSetEveryKindKeepsTodaysNames() {
        LibraryOptions never = LibraryOptions.of(null, Map.of(), true, true);

        for (String family : NamingFamilies.ALL) {
            assertThat(never.templateFor(family)).as(family).isSameAs(NameTemplate.DEFAULT);
        }
        assertThat(LibraryOptions.defaults().templateFor(KindIds.SUNO)).isSameAs(NameTemplate.DEFAULT);
    }

    @Test
    void aSaveByHandIsSuggestedTheNameOfTheTasksFamilyTemplate() {
        LibraryOptions options = LibraryOptions.of(null, Map.of(KindIds.SUNO, "{track:40}-{id:8}.{ext}"), true, true);
        TrackedTask track = sunoTrack();

        assertThat(LibrarySaver.suggestedName(track, options)).isEqualTo("neon-highway-5c79a5e1.mp3");
        assertThat(LibrarySaver.suggestedName(track, LibraryOptions.defaults()))
                .isEqualTo(LibrarySaver.suggestedName(track));
    }

    private static TrackedTask sunoTrack() {
        String id = "5c79a5e1f3b04a8d9e2c7f1a6b3d0e94";
        Instant at = Instant.parse("2026-03-07T10:15:00Z");
        ResultFile audio = new ResultFile.Audio("https://example.com/t1.mp3", null, "Neon Highway", null, null, null, null);
        return TrackedTask.added(id, KindIds.SUNO, at).withPoll(new TaskSnapshot(id, KindIds.SUNO,
                TaskStatus.Succeeded.of(List.of(audio), at, false, null), new TaskParams("An upbeat synthwave song", null, null,
                null, null, null, null), at, at));
    }
}
