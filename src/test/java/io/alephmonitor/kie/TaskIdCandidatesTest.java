package io.alephmonitor.kie;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Examples of per-kind ID extraction, as the paste field meets them. */
class TaskIdCandidatesTest {

    private static final List<TaskKind> KINDS = TaskKinds.standard().all();

    @Test
    void eachFormatNamesTheKindsThatAcceptIt() {
        TaskIdCandidates.Found found = TaskIdCandidates.extract("""
                Aleph or Runway: ee603959-debb-48d1-98c4-a6d1c717eba6
                Veo: veo_task_abcdef123456
                Market: task_12345678 and 774D9A7DD608A0E49293903095E45A4C
                """, KINDS);

        assertThat(found.ids()).containsExactly(
                new TaskIdCandidates.Candidate("ee603959-debb-48d1-98c4-a6d1c717eba6", List.of("aleph", "runway")),
                new TaskIdCandidates.Candidate("veo_task_abcdef123456", List.of("veo")),
                new TaskIdCandidates.Candidate("task_12345678", List.of("market")),
                new TaskIdCandidates.Candidate("774d9a7dd608a0e49293903095e45a4c",
                        List.of("veo", "market", "flux-kontext", "gpt4o-image", "midjourney", "suno", "suno-video",
                                "suno-wav", "suno-stems", "suno-midi", "suno-lyrics", "suno-cover", "luma")));
        assertThat(found.unknownTokens()).isEmpty();
        assertThat(found.linesWithoutId()).isZero();
    }

    @Test
    void longMixedRunsThatFitNoFormatAreUnknownTokensNotIds() {
        TaskIdCandidates.Found found = TaskIdCandidates.extract(
                "my ids: mj-2024-abc123def456ghi and 4edb3c5XXXXX75e3f0aa5cc, plus the word internationalisation", KINDS);

        assertThat(found.ids()).isEmpty();
        assertThat(found.unknownTokens()).containsExactly("mj-2024-abc123def456ghi", "4edb3c5XXXXX75e3f0aa5cc");
        assertThat(found.linesWithoutId()).isEqualTo(1);
    }

    @Test
    void aHexIdInsideAResultFileNameIsNotTakenForATaskId() {
        TaskIdCandidates.Found found = TaskIdCandidates.extract(
                "https://tempfile.aiquickdraw.com/v/42ea4a4250571eb18361bd2e309c8e8a_0_0.jpeg", KINDS);

        assertThat(found.ids()).isEmpty();
    }

    @Test
    void marketIdsAsTheCreatePagesShowThemKeepTheirDotsButNotASentencesFullStop() {
        // docs.kie.ai/market/kling/text-to-video answers createTask with an ID shaped like this one.
        TaskIdCandidates.Found found = TaskIdCandidates.extract(
                "created task_kling-2.6_1765182425861. Next: task_seedream-4.5_1765182425999!", KINDS);

        assertThat(found.ids()).extracting(TaskIdCandidates.Candidate::id)
                .containsExactly("task_kling-2.6_1765182425861", "task_seedream-4.5_1765182425999");
        assertThat(found.ids()).allSatisfy(c -> assertThat(c.kinds()).containsExactly("market"));
        assertThat(found.unknownTokens()).isEmpty();
    }
}
