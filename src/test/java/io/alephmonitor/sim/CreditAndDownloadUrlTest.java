package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** chat/credit and common/download-url, kie.ai's two helper endpoints. */
class CreditAndDownloadUrlTest {

    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults());
    private final SimHttp http = new SimHttp(sim);
    private final String id = sim.newAlephTask("p", "https://example.com/i.jpg");

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void creditIsANumberInTheEnvelope() {
        JsonNode body = SimHttp.json(http.get(ApiHandler.CREDIT, sim.apiKey()));

        assertThat(body.get("code").asInt()).isEqualTo(200);
        assertThat(body.get("msg").asText()).isEqualTo("success");
        assertThat(body.get("data").isNumber()).isTrue();
    }

    @Test
    void downloadUrlGivesAFreshLinkToTheSameFile() {
        String resultUrl = sim.baseUri() + "/files/" + id + ".mp4";

        String first = downloadUrlFor(resultUrl).get("data").asText();
        String second = downloadUrlFor(resultUrl).get("data").asText();

        assertThat(first).startsWith(resultUrl + "?").isNotEqualTo(second);
        HttpResponse<byte[]> viaLink = http.file(first, null);
        assertThat(viaLink.statusCode()).isEqualTo(200);
        assertThat(viaLink.body()).isEqualTo(http.file(resultUrl, null).body());
    }

    @Test
    void downloadUrlAcceptsALinkItGaveBefore() {
        String link = downloadUrlFor(sim.baseUri() + "/files/" + id + ".png").get("data").asText();

        assertThat(downloadUrlFor(link).get("code").asInt()).isEqualTo(200);
    }

    @Test
    void aUrlNotFromTheSimulatorIsRefusedWith422() {
        JsonNode body = downloadUrlFor("https://example.com/files/" + id + ".mp4");

        assertThat(body.get("code").asInt()).isEqualTo(422);
        assertThat(body.get("msg").asText()).isNotBlank();
    }

    @Test
    void aSimulatorUrlOfAFileThatDoesNotExistIsRefusedWith422() {
        JsonNode body = downloadUrlFor(sim.baseUri() + "/files/" + UUID.randomUUID() + ".mp4");

        assertThat(body.get("code").asInt()).isEqualTo(422);
    }

    @Test
    void aBodyWithoutUrlIsRefusedWith422() {
        assertThat(SimHttp.json(http.post(ApiHandler.DOWNLOAD_URL, "{}")).get("code").asInt()).isEqualTo(422);
    }

    private JsonNode downloadUrlFor(String url) {
        return SimHttp.json(http.post(ApiHandler.DOWNLOAD_URL, "{\"url\":\"" + url + "\"}"));
    }
}
