package io.alephmonitor.kie;

import io.alephmonitor.kie.KieApi.HdVideo;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Veo's Get 1080P and Get 4K answers as kie.ai's pages show them:
 * https://docs.kie.ai/cn/veo3-api/get-veo-3-1080-p-video (the 1080P link is {@code data.resultUrl}) and
 * https://docs.kie.ai/veo3-api/get-veo-3-4k-video (the 200 answer accepts the request with {@code resultUrls: null};
 * until the video is ready the page shows a 422 "4k is processing").
 */
class HdVideoAnswersTest {

    @Test
    void theDocumented1080pAnswerGivesItsLink() {
        assertThat(HttpKieClient.hdLink(HdVideo.HD_1080P, DocExamples.data("veo-get-1080p-video-success.json")))
                .contains("https://tempfile.aiquickdraw.com/p/42f4f8facbb040c0ade87c27cb2d5e58_1749711595.mp4");
    }

    @Test
    void theDocumented4kAnswerAcceptsWithoutALinkYet() {
        assertThat(HttpKieClient.hdLink(HdVideo.UHD_4K, DocExamples.data("veo-get-4k-video-accepted.json"))).isEmpty();
    }

    @Test
    void theDocumented4kProcessingAnswerIsAnErrorToAskAgainAfter() {
        ApiResult<com.fasterxml.jackson.databind.JsonNode> answer = Envelope.read(200, new CappedBody(
                resource("veo-get-4k-video-processing.json"), false), null, null);
        assertThat(answer).isInstanceOfSatisfying(ApiResult.Err.class, err ->
                assertThat(err.error().kind()).isEqualTo(ApiError.Kind.INVALID_REQUEST));
    }

    @Test
    void aReady4kAnswerGivesItsFirstVideo() {
        assertThat(HttpKieClient.hdLink(HdVideo.UHD_4K, DocExamples.dataOf(
                "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t\",\"resultUrls\":[\"https://x/v.mp4\"]}}")))
                .isEqualTo(Optional.of("https://x/v.mp4"));
    }

    private static byte[] resource(String file) {
        try (var in = HdVideoAnswersTest.class.getResourceAsStream("docs/" + file)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
