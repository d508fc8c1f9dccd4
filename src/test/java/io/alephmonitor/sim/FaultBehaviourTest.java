package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault behaviours a proxy, a load balancer or a broken release of kie.ai would produce. */
class FaultBehaviourTest {

    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults());
    private final SimHttp http = new SimHttp(sim);
    private final String id = sim.newAlephTask("A lighthouse in a storm", "https://example.com/l.jpg");

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void server502IsAProxysHtmlPage() {
        sim.script(id, Behaviour.SERVER_502);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("502 Bad Gateway");
    }

    @Test
    void server503HasAnEmptyBody() {
        sim.script(id, Behaviour.SERVER_503);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void jsonArrayBodyIsAnArrayNotTheEnvelope() {
        sim.script(id, Behaviour.JSON_ARRAY_BODY);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SimHttp.json(response).isArray()).isTrue();
    }

    @Test
    void dataNullIsASuccessEnvelopeWithoutARecord() {
        sim.script(id, Behaviour.DATA_NULL);

        JsonNode body = SimHttp.json(http.recordInfo(id));

        assertThat(body.get("code").asInt()).isEqualTo(200);
        assertThat(body.get("data").isNull()).isTrue();
    }

    @Test
    void dataOfTheWrongTypeIsAStringInPlaceOfTheRecord() {
        sim.script(id, Behaviour.DATA_WRONG_TYPE);

        JsonNode body = SimHttp.json(http.recordInfo(id));

        assertThat(body.get("code").asInt()).isEqualTo(200);
        assertThat(body.get("data").isTextual()).isTrue();
    }

    @Test
    void junk10MbStreamsTenMegabytesThatAreNotJson() throws Exception {
        sim.script(id, Behaviour.JUNK_10MB);
        HttpRequest request = HttpRequest.newBuilder(http.resolve("/api/v1/aleph/record-info?taskId=" + id))
                .header("Authorization", "Bearer " + sim.apiKey()).build();

        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream body = response.body()) {
            assertThat(body.read()).isNotEqualTo('{');
            assertThat(1 + body.transferTo(OutputStream.nullOutputStream())).isEqualTo(10L * 1024 * 1024);
        }
        sim.script(id, Behaviour.NORMAL);
        assertThat(http.recordData(id).get("taskId").asText()).isEqualTo(id);
    }
}
