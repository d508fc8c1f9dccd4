package io.alephmonitor.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's text results, extensionless links (typed by the task's model through their
 * {@code Content-Type}), an audio model's results as {@code .mp3} links, and the web page a
 * removed file answers with.
 */
class TypedFilesTest {

    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults());
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aTasksTextResultsAreServedAsPlainTextAndJson() {
        String id = sim.newMarketTask("text/summary", "Summarise", null);

        HttpResponse<byte[]> txt = http.file("/files/" + id + ".txt", null);
        HttpResponse<byte[]> json = http.file("/files/" + id + ".json", null);

        assertThat(txt.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(new String(txt.body(), StandardCharsets.UTF_8)).isEqualTo("Text result of task " + id + ": Summarise\n");
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).startsWith("{\"taskId\":\"" + id + "\"");
    }

    @Test
    void anExtensionlessLinkAnswersWithTheTypeTheTasksModelMakes() {
        String audio = sim.newMarketTask("elevenlabs/text-to-speech-multilingual-v2", "Read aloud", null);
        String text = sim.newMarketTask("text/summary", "Summarise", null);
        String image = sim.newMarketTask("google/nano-banana", "A cat", null);

        assertThat(contentType("/files/" + audio)).isEqualTo("audio/mpeg");
        assertThat(contentType("/files/" + audio + "_1")).isEqualTo("audio/mpeg");
        assertThat(contentType("/files/" + text)).isEqualTo("text/plain; charset=utf-8");
        assertThat(contentType("/files/" + image)).isEqualTo("image/png");
        assertThat(http.file("/files/not-a-task", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anAudioModelsRecordLinksMp3Files() throws Exception {
        try (KieSimulator done = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO))) {
            SimHttp doneHttp = new SimHttp(done);
            String id = done.newMarketTask("elevenlabs/text-to-speech-multilingual-v2", "Read aloud", null);

            String record = doneHttp.get("/api/v1/jobs/recordInfo?taskId=" + id, done.apiKey()).body();

            assertThat(SimHttp.JSON.readTree(record).path("data").path("resultJson").asText()).as(record)
                    .contains("/files/" + id + ".mp3").doesNotContain(".png");
            assertThat(doneHttp.file("/files/" + id + ".mp3", null).headers().firstValue("Content-Type"))
                    .hasValue("audio/mpeg");
        }
    }

    @Test
    void aFileScriptedAsRemovedAnswersAWebPageToGetAndHead() {
        String id = sim.newMarketTask("elevenlabs/text-to-speech-multilingual-v2", "Read aloud", null);
        sim.script(id, Behaviour.HTML_INSTEAD_OF_FILE);

        HttpResponse<byte[]> get = http.file("/files/" + id + ".mp3", null);

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(new String(get.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(contentType("/files/" + id)).isEqualTo("text/html; charset=utf-8");
    }

    private String contentType(String path) {
        HttpRequest head = HttpRequest.newBuilder(http.resolve(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> answer = http.send(head, HttpResponse.BodyHandlers.discarding());
        return answer.headers().firstValue("Content-Type").orElse(null);
    }
}
