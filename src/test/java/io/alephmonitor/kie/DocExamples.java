package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads kie.ai's documented record examples (resources under {@code docs/}) through the real envelope. */
final class DocExamples {

    private DocExamples() {
    }

    /** The {@code data} of the example file, as the client would hand it to the adapter. */
    static JsonNode data(String file) {
        try (InputStream in = DocExamples.class.getResourceAsStream("docs/" + file)) {
            assertThat(in).as("test resource docs/" + file).isNotNull();
            return dataOf(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example file as JSON, whole (a request body, say). */
    static JsonNode json(String file) {
        try (InputStream in = DocExamples.class.getResourceAsStream("docs/" + file)) {
            assertThat(in).as("test resource docs/" + file).isNotNull();
            return KieJson.MAPPER.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code data} of a whole answer written in a test. */
    static JsonNode dataOf(String answer) {
        return dataOf(answer.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode dataOf(byte[] body) {
        ApiResult<JsonNode> answer = Envelope.read(200, new CappedBody(body, false), null, null);
        assertThat(answer).isInstanceOf(ApiResult.Ok.class);
        return ((ApiResult.Ok<JsonNode>) answer).value();
    }
}
