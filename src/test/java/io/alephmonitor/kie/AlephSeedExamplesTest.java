package io.alephmonitor.kie;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every JSON example of kie.ai's record-info page, read verbatim through the envelope and the Aleph adapter. */
class AlephSeedExamplesTest {

    private static final String TASK_ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final String PROMPT = "A majestic eagle soaring through mountain clouds at sunset";
    private static final String IMAGE_URL = "https://example.com/eagle-image.jpg";

    private final AlephKind aleph = new AlephKind();

    private TaskSnapshot parseExample(String name) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("seed/" + name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            bytes = in.readAllBytes();
        }
        ApiResult<JsonNode> answer = Envelope.read(200, new CappedBody(bytes, false), null, null);
        assertThat(answer).isInstanceOf(ApiResult.Ok.class);
        JsonNode data = ((ApiResult.Ok<JsonNode>) answer).value();
        assertThat(data.get("taskId").asText()).isEqualTo(TASK_ID);
        return aleph.parse(TASK_ID, data);
    }

    @ParameterizedTest
    @ValueSource(strings = {"record-info-example-success.json", "record-info-success-response.json"})
    void theSuccessExamplesAreSucceededWithBothUrlsAndTheCompleteTime(String example) throws IOException {
        TaskSnapshot snapshot = parseExample(example);

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Succeeded(
                "https://file.com/k/xxxxxxx.mp4", "https://file.com/m/xxxxxxxx.png",
                Instant.parse("2023-08-15T14:30:45Z")));
        assertThat(((TaskStatus.Succeeded) snapshot.status()).resultUrls())
                .containsExactly("https://file.com/k/xxxxxxx.mp4", "https://file.com/m/xxxxxxxx.png");
        assertThat(snapshot.params().prompt()).isEqualTo(PROMPT);
        assertThat(snapshot.params().imageUrl()).isEqualTo(IMAGE_URL);
        assertThat(snapshot.params().raw()).startsWith("{\"prompt\":\"A majestic eagle");
        assertThat(snapshot.createdAt()).isEqualTo(Instant.parse("2023-08-15T14:25:00Z"));
        assertThat(snapshot.completedAt()).isEqualTo(Instant.parse("2023-08-15T14:30:45Z"));
        assertThat(snapshot.kind()).isEqualTo("aleph");
        assertThat(snapshot.taskId()).isEqualTo(TASK_ID);
    }

    @Test
    void theInProgressExampleIsRunningWithItsPromptAndImage() throws IOException {
        TaskSnapshot snapshot = parseExample("record-info-running.json");

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
        assertThat(snapshot.status().isFinal()).isFalse();
        assertThat(snapshot.params().prompt()).isEqualTo(PROMPT);
        assertThat(snapshot.params().imageUrl()).isEqualTo(IMAGE_URL);
        assertThat(snapshot.createdAt()).isEqualTo(Instant.parse("2023-08-15T14:25:00Z"));
        assertThat(snapshot.completedAt()).isNull();
    }

    @Test
    void theModerationExampleIsFailedWithCode400AndKieAisMessage() throws IOException {
        TaskSnapshot snapshot = parseExample("record-info-moderation-failure.json");

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Failed(400,
                "Your prompt was caught by our AI moderator. Please adjust it and try again!"));
        assertThat(snapshot.status().isFinal()).isTrue();
        assertThat(snapshot.params().prompt()).isEqualTo(PROMPT);
        assertThat(snapshot.params().imageUrl()).isEqualTo(IMAGE_URL);
    }
}
