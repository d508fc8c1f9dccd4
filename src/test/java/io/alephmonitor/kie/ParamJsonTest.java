package io.alephmonitor.kie;

import io.alephmonitor.model.TaskParams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** paramJson is read leniently: odd input gives empty fields, never a failed poll. */
class ParamJsonTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static TaskParams fromString(String paramJson) {
        return ParamJson.read(NODES.textNode(paramJson));
    }

    @Test
    void everyDocumentedFieldIsReadFromTheJsonString() {
        TaskParams params = fromString("""
                {"prompt":"Make it snow","videoUrl":"https://v/in.mp4","imageUrl":"https://i/in.jpg",
                 "referenceImage":"https://i/ref.png","aspectRatio":"16:9","seed":12345,"waterMark":"","x":[1]}""");

        assertThat(params).isEqualTo(new TaskParams("Make it snow", "https://i/in.jpg", "https://v/in.mp4",
                "https://i/ref.png", "16:9", 12345L, params.raw()));
        assertThat(params.raw()).startsWith("{\"prompt\":\"Make it snow\"");
    }

    @Test
    void anObjectInsteadOfAStringIsAcceptedToo() throws IOException {
        JsonNode object = KieJson.MAPPER.readTree("{\"prompt\":\"As object\",\"seed\":\"42\"}");

        TaskParams params = ParamJson.read(object);

        assertThat(params.prompt()).isEqualTo("As object");
        assertThat(params.seed()).isEqualTo(42L);
        assertThat(params.raw()).isEqualTo("{\"prompt\":\"As object\",\"seed\":\"42\"}");
    }

    @Test
    void aSeedMayBeANumberOrANumericStringButNothingElse() {
        assertThat(fromString("{\"seed\":7}").seed()).isEqualTo(7L);
        assertThat(fromString("{\"seed\":\" 8 \"}").seed()).isEqualTo(8L);
        assertThat(fromString("{\"seed\":9.0}").seed()).isEqualTo(9L);
        assertThat(fromString("{\"seed\":9.5}").seed()).isNull();
        assertThat(fromString("{\"seed\":\"random\"}").seed()).isNull();
        assertThat(fromString("{\"seed\":99999999999999999999999}").seed()).isNull();
        assertThat(fromString("{\"seed\":[1]}").seed()).isNull();
    }

    @Test
    void missingOrNullParamJsonIsEmpty() {
        assertThat(ParamJson.read(null)).isEqualTo(TaskParams.EMPTY);
        assertThat(ParamJson.read(NODES.nullNode())).isEqualTo(TaskParams.EMPTY);
        assertThat(ParamJson.read(NODES.missingNode())).isEqualTo(TaskParams.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"prompt\": \"cut", "not json", "[1,2,3]", "\"just a string\"", "42",
            "null"})
    void malformedOrNonObjectParamJsonKeepsOnlyTheRawText(String paramJson) {
        TaskParams params = fromString(paramJson);

        assertThat(params.prompt()).isNull();
        assertThat(params.imageUrl()).isNull();
        assertThat(params.seed()).isNull();
        assertThat(params.raw()).isEqualTo(paramJson);
    }

    @Test
    void aNumberOrArrayInPlaceOfParamJsonIsNotAnError() {
        assertThat(ParamJson.read(NODES.numberNode(3)).prompt()).isNull();
        assertThat(ParamJson.read(NODES.arrayNode().add("x")).raw()).isEqualTo("[\"x\"]");
    }

    @Test
    void fieldsOfTheWrongTypeReadAsNullWhileTheOthersSurvive() {
        TaskParams params = fromString("{\"prompt\":{\"text\":\"nested\"},\"imageUrl\":null,\"videoUrl\":\"https://v\",\"aspectRatio\":\"\"}");

        assertThat(params.prompt()).isNull();
        assertThat(params.imageUrl()).isNull();
        assertThat(params.aspectRatio()).isNull();
        assertThat(params.videoUrl()).isEqualTo("https://v");
    }

    @Test
    void aDoublyEncodedParamJsonIsUnwrapped() {
        assertThat(fromString("\"{\\\"prompt\\\":\\\"twice\\\"}\"").prompt()).isEqualTo("twice");
    }

    @Test
    void unicodePromptsSurviveIntact() {
        assertThat(fromString("{\"prompt\":\"Снег над Токио 東京 🌨\"}").prompt()).isEqualTo("Снег над Токио 東京 🌨");
    }
}
