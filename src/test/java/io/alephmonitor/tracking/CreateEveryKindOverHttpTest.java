package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.CreateBodies;
import io.alephmonitor.kie.CreateExamples;
import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieJson;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.MarketForms;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.GlobalFault;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.testsupport.MutableClock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One task of each documented kind created through the generic {@code create} call over real
 * HTTP, from its docs example typed into its create form, and tracked on the kind's own record
 * endpoint to success; kie.ai's refusals (422 with its message, 402, 429 with its wait) come back
 * as errors the form can show. Pages: those of {@code CreateBodiesTest}, plus
 * https://kie.ai/kling-2-6 for the Kling form.
 */
class CreateEveryKindOverHttpTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(3)));
    private final KieSimulator sim = kie.sim();
    private final HttpKieClient client = kie.client();
    private final PollEngine engine = kie.engine(client, TaskKinds.standard().all(),
            PollSettings.defaults().withInterval(Duration.ofSeconds(5)));

    /** Each form with the docs' example typed in (links made https where the example shows http). */
    private static Map<CreateForm, Map<String, String>> everyKindFilledIn() {
        Map<CreateForm, Map<String, String>> filled = new LinkedHashMap<>();
        filled.put(CreateForms.veo(), https(typed(CreateForms.veo(), "veo-generate-request.json")));
        filled.put(CreateForms.runway(), typed(CreateForms.runway(), "runway-generate-request.json"));
        filled.put(CreateForms.fluxKontext(), typed(CreateForms.fluxKontext(), "flux-kontext-generate-request.json"));
        filled.put(CreateForms.gpt4oImage(), typed(CreateForms.gpt4oImage(), "gpt4o-image-generate-request.json"));
        filled.put(CreateForms.midjourney(), typed(CreateForms.midjourney(), "mj-generate-request.json"));
        filled.put(CreateForms.suno(), typed(CreateForms.suno(), "suno-generate-request.json"));
        filled.put(CreateForms.luma(), typed(CreateForms.luma(), "luma-modify-generate-request.json"));
        filled.put(MarketForms.klingTextToVideo(), Map.of("prompt", "A paper boat on a rainy street", "sound", "true",
                "aspect_ratio", "16:9", "duration", "5"));
        filled.put(MarketForms.seedance15Pro(), typed(MarketForms.seedance15Pro(), "market-seedance-1-5-pro-request.json"));
        filled.put(MarketForms.nanoBanana2(), typed(MarketForms.nanoBanana2(), "market-nano-banana-2-request.json"));
        filled.put(MarketForms.elevenLabsMultilingual(),
                typed(MarketForms.elevenLabsMultilingual(), "market-elevenlabs-multilingual-v2-request.json"));
        return filled;
    }

    @Test
    void oneTaskOfEveryKindIsCreatedAndTrackedOnItsKindsRecordEndpointToSuccess() {
        Map<String, String> created = new LinkedHashMap<>();
        everyKindFilledIn().forEach((form, values) -> {
            String taskId = ok(client.create(request(form, values)));
            assertThat(sim.kindOf(taskId)).as(form.id()).isEqualTo(form.kindId());
            engine.add(List.of(taskId), form.kindId());
            created.put(taskId, form.id());
        });

        for (int s = 0; s < 240; s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
        }

        created.forEach((taskId, form) -> {
            assertThat(engine.task(taskId).status()).as(form).isInstanceOfSatisfying(TaskStatus.Succeeded.class,
                    done -> assertThat(done.results()).as(form).isNotEmpty());
            assertThat(sim.recordRequests(taskId)).as(form).isPositive();
        });
        assertThat(engine.task(idOf(created, "veo")).params().prompt()).isEqualTo("A dog playing in a park");
        assertThat(((TaskStatus.Succeeded) engine.task(idOf(created, "market:bytedance/seedance-1.5-pro")).status())
                .results()).first().isInstanceOf(ResultFile.Video.class);
    }

    @Test
    void whatKieAiRefusesComesBackWithItsMessageAndNothingIsCreated() {
        ObjectNode tenSecondsIn1080p = KieJson.MAPPER.createObjectNode().put("prompt", "A cat").put("duration", 10)
                .put("quality", "1080p").put("aspectRatio", "16:9");
        ApiError refused = err(client.create(new CreateRequest("runway", "/api/v1/runway/generate",
                tenSecondsIn1080p)));

        assertThat(refused.kind()).isEqualTo(ApiError.Kind.INVALID_REQUEST);
        assertThat(refused.userMessage()).contains("A 10-second video cannot be generated in 1080p");

        ApiError noPrompt = err(client.create(new CreateRequest("suno", "/api/v1/generate",
                KieJson.MAPPER.createObjectNode().put("customMode", false).put("instrumental", false)
                        .put("model", "V4_5ALL").put("callBackUrl", "https://example.com/cb"))));
        assertThat(noPrompt.userMessage()).contains("prompt is required");
    }

    @Test
    void withoutCreditsTheCreateCallSaysSo() {
        sim.setGlobalFault(GlobalFault.NO_CREDITS);

        ApiError error = err(client.create(request(CreateForms.luma(),
                typed(CreateForms.luma(), "luma-modify-generate-request.json"))));

        assertThat(error.code()).isEqualTo(402);
        assertThat(error.kind()).isEqualTo(ApiError.Kind.NO_CREDITS);
    }

    @Test
    void overTheCreationLimitEveryKindsCreateIsRefusedWithKieAisWaitAndTheCreatorCountsItsOwn() throws Exception {
        CreateRequest flux = request(CreateForms.fluxKontext(),
                typed(CreateForms.fluxKontext(), "flux-kontext-generate-request.json"));
        for (int i = 0; i < CreationLimit.MAX_CREATIONS; i++) {
            ok(client.create(flux));
        }

        ApiError limited = err(client.create(request(CreateForms.veo(),
                https(typed(CreateForms.veo(), "veo-generate-request.json")))));
        assertThat(limited.kind()).isEqualTo(ApiError.Kind.RATE_LIMITED);
        assertThat(limited.retryAfter()).isPositive();

        clock.advance(CreationLimit.WINDOW);
        Map<String, String> tracked = new ConcurrentHashMap<>();
        try (TaskCreator creator = new TaskCreator(() -> client, tracked::put, clock)) {
            for (int i = 0; i < CreationLimit.MAX_CREATIONS; i++) {
                assertThat(creator.create(flux).get(10, TimeUnit.SECONDS)).isInstanceOf(TaskCreator.Outcome.Created.class);
            }
            assertThat(tracked).hasSize(CreationLimit.MAX_CREATIONS);
            assertThat(tracked.values()).containsOnly("flux-kontext");
            assertThat(creator.create(flux).get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(
                    TaskCreator.Outcome.Refused.class, refused -> assertThat(refused.message()).contains("wait"));
        }
    }

    private static CreateRequest request(CreateForm form, Map<String, String> values) {
        CreateBodies.Built built = CreateBodies.build(form, values);
        assertThat(built).as("%s: %s", form.id(), built).isInstanceOf(CreateBodies.Built.Ready.class);
        return ((CreateBodies.Built.Ready) built).request();
    }

    private static Map<String, String> typed(CreateForm form, String example) {
        return CreateExamples.typedExample(form, example);
    }

    private static Map<String, String> https(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.replaceAll((name, value) -> value.replace("http://", "https://"));
        return copy;
    }

    private static String idOf(Map<String, String> created, String form) {
        return created.entrySet().stream().filter(e -> e.getValue().equals(form)).findFirst().orElseThrow().getKey();
    }

    private static String ok(ApiResult<String> result) {
        assertThat(result).isInstanceOf(ApiResult.Ok.class);
        return ((ApiResult.Ok<String>) result).value();
    }

    private static ApiError err(ApiResult<?> result) {
        assertThat(result).isInstanceOf(ApiResult.Err.class);
        return ((ApiResult.Err<?>) result).error();
    }
}
