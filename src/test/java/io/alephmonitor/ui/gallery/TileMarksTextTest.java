package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.TaskMarks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a gallery tile says of the user's marks; pure, no toolkit. */
class TileMarksTextTest {

    @Test
    void aStarredTaggedTaskSaysSoInItsTooltipAndAnUnmarkedOneAddsNothing() {
        assertThat(TileText.marksLine(new TaskMarks(true, List.of("birds", "trailer"), "n")))
                .isEqualTo("\nStarred · Tags: birds, trailer");
        assertThat(TileText.marksLine(TaskMarks.NONE.withTag("birds"))).isEqualTo("\nTags: birds");
        assertThat(TileText.marksLine(TaskMarks.NONE.withNote("only a note"))).isEmpty();
    }

    @Test
    void aTileShowsTwoTagChipsAndCountsTheRest() {
        assertThat(TileText.tagChips(List.of("a", "b"), 2)).containsExactly("a", "b");
        assertThat(TileText.tagChips(List.of("a", "b", "c", "d"), 2)).containsExactly("a", "b", "+2");
    }
}
