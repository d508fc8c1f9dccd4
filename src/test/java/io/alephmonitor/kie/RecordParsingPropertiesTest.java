package io.alephmonitor.kie;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record is remote data: whatever tree or text kie.ai (or a proxy in the way) sends as
 * {@code data} or {@code paramJson}, reading it never throws and always gives a status.
 */
class RecordParsingPropertiesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final List<String> FIELDS = List.of("taskId", "paramJson", "response", "completeTime",
            "createTime", "successFlag", "errorCode", "errorMessage", "resultVideoUrl", "resultImageUrl", "prompt",
            "imageUrl", "seed");

    /** The other kinds' record fields, for the every-kind properties. */
    private static final List<String> OTHER_KIND_FIELDS = List.of("state", "status", "resultJson", "param",
            "resultInfoJson", "resultUrls", "resultUrl", "videoInfo", "videoUrl", "generateParam", "generateTime",
            "failCode", "failMsg", "input", "resultImageUrl", "originImageUrl", "progress", "sunoData", "audioUrl",
            "streamAudioUrl", "duration", "title", "tags", "videoUrl", "audioWavUrl", "vocalUrl", "originData",
            "midiData", "instruments", "images", "data", "text");

    private final AlephKind aleph = new AlephKind();

    @Property(tries = 1000)
    void anyDataTreeParsesToASnapshotWithAStatus(@ForAll("trees") JsonNode data) {
        TaskSnapshot snapshot = aleph.parse(ID, data);

        assertThat(snapshot.status()).isNotNull();
        assertThat(snapshot.params()).isNotNull();
        assertThat(snapshot.taskId()).isEqualTo(ID);
    }

    @Property(tries = 1000)
    void aRecordWithAnyFieldValuesParsesToASnapshot(@ForAll("records") ObjectNode data) {
        TaskSnapshot snapshot = aleph.parse(ID, data);

        assertThat(snapshot.status()).isNotNull();
        if (snapshot.status() instanceof TaskStatus.Failed failed) {
            assertThat(failed.message()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void everyKindParsesAnyDataTreeToASnapshotWithoutThrowing(@ForAll("kinds") TaskKind kind,
                                                             @ForAll("otherKindTrees") JsonNode data) {
        TaskSnapshot snapshot = kind.parse(ID, data);

        assertThat(snapshot.status()).isNotNull();
        assertThat(snapshot.params()).isNotNull();
        assertThat(snapshot.kind()).isEqualTo(kind.id());
        if (snapshot.status() instanceof TaskStatus.Failed failed) {
            assertThat(failed.message()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<TaskKind> kinds() {
        return Arbitraries.of(TaskKinds.standard().all());
    }

    /** Objects whose keys are mostly the kinds' own field names, values anything (nested too). */
    @Provide
    Arbitrary<JsonNode> otherKindTrees() {
        Arbitrary<JsonNode> value = Arbitraries.oneOf(scalars(), trees(), paramTexts().map(JSON::textNode),
                Arbitraries.of("success", "fail", "SUCCESS", "GENERATE_FAILED", "waiting", "FIRST_SUCCESS", "TEXT_SUCCESS",
                        "CALLBACK_EXCEPTION", "SENSITIVE_WORD_ERROR").map(JSON::textNode));
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(OTHER_KIND_FIELDS), Arbitraries.of(FIELDS));
        return Combinators.combine(key, value).as(List::<Object>of).list().ofMaxSize(8).map(pairs -> {
            ObjectNode node = JSON.objectNode();
            pairs.forEach(p -> node.set((String) p.get(0), (JsonNode) p.get(1)));
            return node;
        });
    }

    @Property(tries = 1000)
    void anyParamJsonTextIsReadAndKeptRaw(@ForAll("paramTexts") String text) {
        TaskParams params = ParamJson.read(JSON.textNode(text));

        assertThat(params).isNotNull();
        assertThat(params.raw()).isEqualTo(text);
    }

    @Property(tries = 500)
    void anyParamJsonTreeIsReadWithoutThrowing(@ForAll("trees") JsonNode tree) {
        assertThat(ParamJson.read(tree)).isNotNull();
        assertThat(ParamJson.read(JSON.textNode(tree.toString()))).isNotNull();
    }

    @Property(tries = 500)
    void aPromptOfAnyTextComesBackExactly(@ForAll("anyText") String prompt) {
        ObjectNode params = JSON.objectNode().put("prompt", prompt).put("imageUrl", "https://example.com/a.jpg");

        TaskParams read = ParamJson.read(JSON.textNode(params.toString()));

        assertThat(read.prompt()).isEqualTo(prompt.isBlank() ? null : prompt);
    }

    @Property(tries = 1000)
    void anyTimeTextReadsAsAnInstantOrNull(@ForAll("timeTexts") String text) {
        LenientTime.parse(text);
        LenientTime.instant(JSON.textNode(text));
    }

    @Property(tries = 500)
    void anyTimeNodeReadsAsAnInstantOrNull(@ForAll("scalars") JsonNode node) {
        LenientTime.instant(node);
        LenientTime.instant(JSON.objectNode().set("completeTime", node), "completeTime");
    }

    @Property(tries = 500)
    void kieStyleTimesRoundTrip(@ForAll("instants") Instant instant) {
        String iso = instant.toString();

        assertThat(LenientTime.parse(iso)).isEqualTo(instant);
        assertThat(LenientTime.parse(iso.replace('T', ' ').replace("Z", ""))).isEqualTo(instant);
        assertThat(LenientTime.instant(JSON.numberNode(instant.toEpochMilli()))).isEqualTo(instant);
    }

    @Example
    void extremeNumbersReadAsNoTimeAtOnce() {
        for (String number : List.of("1e999999999", "1E-999999999", "1E+2147483647", "-1e400", "1e19")) {
            assertThat(LenientTime.instant(JSON.numberNode(new BigDecimal(number)))).as(number).isNull();
            assertThat(LenientTime.instant(JSON.textNode(number))).as(number).isNull();
        }
        assertThat(LenientTime.instant(JSON.numberNode(Double.POSITIVE_INFINITY))).isNull();
        assertThat(aleph.parse(ID, JSON.objectNode().put("successFlag", Double.NaN)).status())
                .isInstanceOf(TaskStatus.Running.class);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_000_000_000L, 4_000_000_000L)
                .map(s -> Instant.ofEpochSecond(s).truncatedTo(ChronoUnit.SECONDS));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(50),
                Arbitraries.strings().withChars("\"\\{}[]:,\u200B\u202E\u0000").ofMaxLength(50));
    }

    @Provide
    Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.just(JSON.nullNode()),
                Arbitraries.of(true, false).map(JSON::booleanNode),
                Arbitraries.longs().map(JSON::numberNode),
                Arbitraries.doubles().map(JSON::numberNode),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
                        Double.MAX_VALUE).map(JSON::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(JSON::numberNode),
                Arbitraries.of("1e999999999", "1E-999999999", "-1e400", "9".repeat(39), "1e19", "0.0000001",
                        "99999999999999999999.5", "1E+2147483647").map(BigDecimal::new).map(JSON::numberNode),
                timeTexts().map(JSON::textNode),
                anyText().map(JSON::textNode));
    }

    @Provide
    Arbitrary<String> timeTexts() {
        return Arbitraries.oneOf(
                anyText(),
                Arbitraries.strings().withChars("0123456789-:T Z+.").ofMaxLength(40),
                Arbitraries.of("2023-08-15T14:25:00Z", "2023-08-15 14:25:00", "2023-08-15", "2023-02-30T00:00:00Z",
                        "+999999999-12-31T23:59:59Z", "-999999999-01-01", "2023-08-15T14:25:00+25:00", "1692109500",
                        "1692109500000", "1e999999999", "1E+999999999", "-1", "0", "NaN", "Infinity", "0x10",
                        "1E-999999999", "9".repeat(40), "2023-08-15T14:25:00\u200BZ", "\u0662\u0660\u0662\u0663-08-15"));
    }

    @Provide
    Arbitrary<String> paramTexts() {
        return Arbitraries.oneOf(
                anyText(),
                trees().map(JsonNode::toString),
                trees().map(JsonNode::toString).map(s -> s.substring(0, s.length() / 2)),
                trees().map(t -> JSON.textNode(t.toString()).toString()),  // JSON string inside JSON inside JSON
                Arbitraries.of("{", "[]", "null", "\"\"", "{\"prompt\":", "{\"prompt\":{\"a\":1}}", "{\"seed\":1e999}",
                        "{\"seed\":\"1e999999999\"}", "[".repeat(5000), "{\"a\":".repeat(2000)));
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        return treesUpTo(4);
    }

    /** Nesting is bounded here; deeply nested text is covered by {@link #paramTexts}. */
    private Arbitrary<JsonNode> treesUpTo(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Arbitrary<JsonNode> child = treesUpTo(depth - 1);
        Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(items -> {
            ArrayNode node = JSON.arrayNode();
            items.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.oneOf(Arbitraries.of(FIELDS), anyText()), child)
                .as(List::<Object>of).list().ofMaxSize(5).map(pairs -> {
                    ObjectNode node = JSON.objectNode();
                    pairs.forEach(p -> node.set((String) p.get(0), (JsonNode) p.get(1)));
                    return node;
                });
        return Arbitraries.frequencyOf(Tuple.of(2, scalars()), Tuple.of(1, array), Tuple.of(2, object));
    }

    /** Records shaped like kie.ai's, with every known field set to something arbitrary or missing. */
    @Provide
    Arbitrary<ObjectNode> records() {
        Arbitrary<JsonNode> value = Arbitraries.oneOf(scalars(), trees(), paramTexts().map(JSON::textNode));
        return value.list().ofSize(FIELDS.size()).flatMap(values -> Arbitraries.integers().between(0, (1 << 13) - 1)
                .map(present -> {
                    ObjectNode data = JSON.objectNode();
                    for (int i = 0; i < FIELDS.size(); i++) {
                        if ((present & (1 << i)) != 0) {
                            data.set(FIELDS.get(i), values.get(i));
                        }
                    }
                    return data;
                }));
    }

    @Property(tries = 200)
    void anyEnvelopeTextReadsOrFailsAsAJacksonProblemOnly(@ForAll("paramTexts") String body) {
        try {
            KieJson.MAPPER.readTree(body);
        } catch (JacksonException expectedForJunk) {
            // the client maps this to "malformed answer"; anything else would escape the poll loop
        }
    }
}
