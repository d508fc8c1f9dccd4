package io.alephmonitor.kie;

import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry lets further kinds plug in beside Aleph. */
class TaskKindsTest {

    /** A stand-in for a later kind with its own ID format. */
    private record VeoLike() implements TaskKind {
        public String id() { return "veo"; }
        public String displayName() { return "Veo"; }
        public String recordPath() { return "/api/v1/veo/record-info"; }
        public boolean isValidId(String taskId) { return taskId != null && taskId.matches("veo_task_[0-9a-z]+"); }
        public TaskSnapshot parse(String taskId, JsonNode data) { return null; }
        public Duration resultLifetime() { return Duration.ofDays(14); }
    }

    @Test
    void theStandardRegistryHasAlephAsDefault() {
        TaskKinds kinds = TaskKinds.standard();

        assertThat(kinds.defaultKind().id()).isEqualTo("aleph");
        assertThat(kinds.byId("aleph")).containsInstanceOf(AlephKind.class);
        assertThat(kinds.byId("nope")).isEmpty();
        assertThat(kinds.byIdOrDefault(null).id()).isEqualTo("aleph");
    }

    @Test
    void moreKindsPlugInAndAreFoundByIdAndByIdFormat() {
        TaskKinds kinds = new TaskKinds(List.of(new AlephKind(), new VeoLike()));

        assertThat(kinds.all()).extracting(TaskKind::id).containsExactly("aleph", "veo");
        assertThat(kinds.byId("veo")).containsInstanceOf(VeoLike.class);
        assertThat(kinds.accepting("veo_task_abc123")).extracting(TaskKind::id).containsExactly("veo");
        assertThat(kinds.accepting("ee603959-debb-48d1-98c4-a6d1c717eba6")).extracting(TaskKind::id).containsExactly("aleph");
    }

    @Test
    void duplicateIdsAndEmptyRegistriesAreRefused() {
        assertThatThrownBy(() -> new TaskKinds(List.of(new AlephKind(), new AlephKind())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskKinds(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
