package io.alephmonitor.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A global fault answers every API call until it is set back to NONE. */
class GlobalFaultTest {

    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults());
    private final SimHttp http = new SimHttp(sim);
    private final String id = sim.newAlephTask("p", "https://example.com/i.jpg");

    @AfterEach
    void stop() {
        sim.close();
    }

    @ParameterizedTest
    @CsvSource({"UNAUTHORIZED, 401", "NO_CREDITS, 402", "MAINTENANCE, 455", "SERVER_ERROR, 500"})
    void everyApiCallAnswersWithTheFaultsCode(GlobalFault fault, int code) {
        sim.setGlobalFault(fault);

        for (HttpResponse<String> response : java.util.List.of(
                http.recordInfo(id),
                http.get(ApiHandler.CREDIT, sim.apiKey()),
                http.post(ApiHandler.GENERATE, "{\"prompt\":\"p\",\"videoUrl\":\"https://example.com/v.mp4\"}"),
                http.post(ApiHandler.DOWNLOAD_URL, "{\"url\":\"" + sim.baseUri() + "/files/" + id + ".mp4\"}"))) {
            assertThat(response.statusCode()).isEqualTo(code);
            assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(code);
            assertThat(SimHttp.json(response).get("msg").asText()).isNotBlank();
        }
    }

    @Test
    void unauthorizedSaysTheKeyHasNoAccess() {
        sim.setGlobalFault(GlobalFault.UNAUTHORIZED);

        assertThat(SimHttp.json(http.recordInfo(id)).get("msg").asText()).isEqualTo("You do not have access permissions");
    }

    @Test
    void settingNoneBackRestoresNormalAnswers() {
        sim.setGlobalFault(GlobalFault.MAINTENANCE);
        http.recordInfo(id);

        sim.setGlobalFault(GlobalFault.NONE);

        assertThat(http.recordInfo(id).statusCode()).isEqualTo(200);
    }

    @Test
    void filesAreStillServedDuringAFault() {
        sim.setGlobalFault(GlobalFault.SERVER_ERROR);

        assertThat(http.file("/files/" + id + ".png", null).statusCode()).isEqualTo(200);
    }
}
