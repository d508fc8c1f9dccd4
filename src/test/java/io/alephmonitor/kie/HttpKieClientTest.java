package io.alephmonitor.kie;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.sim.GlobalFault;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The client over real HTTP against the embedded kie.ai simulator: every outcome the engine must tell apart. */
class HttpKieClientTest {

    private static final String KEY = "sim-key-4b1d9c0e7a2f44e0a7d1f3a9";
    private static final String PROMPT = "A lighthouse in a storm, waves crashing";
    private static final String IMAGE = "https://example.com/lighthouse.jpg";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-06T10:30:00Z"));
    private final AlephKind aleph = new AlephKind();
    private final List<ApiError> errorsSeen = new ArrayList<>();
    private KieSimulator sim;
    private HttpKieClient client;

    @BeforeEach
    void start() {
        sim = KieSimulator.start(SimConfig.defaults().withApiKey(KEY).withClock(clock)
                .withRunTime(Duration.ofMinutes(3)).withSlowDelay(Duration.ofSeconds(3)));
        client = clientWith(ApiKey.of(KEY), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
        assertThat(errorsSeen).allSatisfy(error -> assertThat(error.userMessage())
                .doesNotContain(KEY).doesNotContain("Exception").endsWith("."));
    }

    private HttpKieClient clientWith(ApiKey key, Duration requestTimeout) {
        return new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri())
                .withRequestTimeout(requestTimeout), () -> key, clock);
    }

    @Test
    void aClosedClientAnswersWithAConnectionErrorAndSendsNothing() {
        String id = sim.newAlephTask("a closed client", null);
        HttpKieClient closed = clientWith(ApiKey.of(KEY), Duration.ofSeconds(10));
        closed.close(); // never sent anything: nothing was opened, and nothing may be opened now

        assertThat(err(closed.poll(aleph, id)).kind()).isEqualTo(ApiError.Kind.CONNECTION);
        assertThat(err(closed.credits()).kind()).isEqualTo(ApiError.Kind.CONNECTION);
        assertThat(sim.totalRequests()).isZero();
    }

    private <T> T ok(ApiResult<T> result) {
        assertThat(result).isInstanceOf(ApiResult.Ok.class);
        return ((ApiResult.Ok<T>) result).value();
    }

    private ApiError err(ApiResult<?> result) {
        assertThat(result).isInstanceOf(ApiResult.Err.class);
        ApiError error = ((ApiResult.Err<?>) result).error();
        errorsSeen.add(error);
        return error;
    }

    private String scripted(Behaviour behaviour) {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        sim.script(id, behaviour);
        return id;
    }

    @Test
    void aNewTaskIsRunningWithItsPromptAndImage() {
        String id = sim.newAlephTask(PROMPT, IMAGE);

        TaskSnapshot snapshot = ok(client.poll(aleph, id));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
        assertThat(snapshot.params().prompt()).isEqualTo(PROMPT);
        assertThat(snapshot.params().imageUrl()).isEqualTo(IMAGE);
        assertThat(snapshot.createdAt()).isNotNull();
        assertThat(sim.recordRequests(id)).isEqualTo(1);
    }

    @Test
    void pollAsyncAnswersLikePollForARunningAndAnUnknownTask() throws Exception {
        String running = sim.newAlephTask(PROMPT, IMAGE);
        String unknown = "6b0e1f64-2a7e-4c8f-9d1a-3f5b7c9e0a11";

        ApiResult<TaskSnapshot> async = client.pollAsync(aleph, running).get();
        ApiResult<TaskSnapshot> missing = client.pollAsync(aleph, unknown).get();

        assertThat(async).isEqualTo(client.poll(aleph, running));
        assertThat(ok(async).params().prompt()).isEqualTo(PROMPT);
        assertThat(missing).isInstanceOfSatisfying(ApiResult.Err.class,
                err -> assertThat(err.error().kind()).isEqualTo(ApiError.Kind.NOT_FOUND));
    }

    @Test
    void aTaskPastItsRunTimeSucceedsWithTheSimulatorsVideoAndThumbnail() {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        clock.advance(Duration.ofMinutes(4));

        TaskSnapshot snapshot = ok(client.poll(aleph, id));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.videoUrl()).isEqualTo(sim.baseUri() + "/files/" + id + ".mp4");
        assertThat(succeeded.imageUrl()).isEqualTo(sim.baseUri() + "/files/" + id + ".png");
        assertThat(succeeded.completedAt()).isNotNull();
        assertThat(snapshot.completedAt()).isEqualTo(succeeded.completedAt());
    }

    @Test
    void anUpperCaseIdIsPolledToo() {
        String id = sim.addAlephTask("0f8fad5b-d9cb-469f-a165-70867728950e", PROMPT, IMAGE);

        assertThat(ok(client.poll(aleph, id)).status()).isEqualTo(new TaskStatus.Running());
    }

    @Test
    void aModeratedTaskFailsWithKieAisCodeAndMessage() {
        String id = scripted(Behaviour.MODERATION_FAILURE);

        assertThat(ok(client.poll(aleph, id)).status()).isEqualTo(new TaskStatus.Failed(400,
                "Your prompt was caught by our AI moderator. Please adjust it and try again!"));
    }

    @Test
    void anUnknownTaskIsNotFound() {
        assertThat(err(client.poll(aleph, "7c9e6679-7425-40de-944b-e07fc1f90ae7")).kind())
                .isEqualTo(ApiError.Kind.NOT_FOUND);
        assertThat(err(client.poll(aleph, scripted(Behaviour.UNKNOWN_TASK))).kind())
                .isEqualTo(ApiError.Kind.NOT_FOUND);
    }

    @Test
    void anIdKieAiRejectsIsAnInvalidRequest() {
        ApiError notAUuid = err(client.poll(aleph, "not-a-task-id"));
        ApiError scripted = err(client.poll(aleph, scripted(Behaviour.INVALID_ID)));

        assertThat(notAUuid.kind()).isEqualTo(ApiError.Kind.INVALID_REQUEST);
        assertThat(notAUuid.code()).isEqualTo(422);
        assertThat(notAUuid.userMessage()).contains("Invalid taskId format");
        assertThat(scripted.kind()).isEqualTo(ApiError.Kind.INVALID_REQUEST);
    }

    @Test
    void aRateLimitCarriesTheRetryAfterKieAiAskedFor() {
        ApiError withHeader = err(client.poll(aleph, scripted(Behaviour.RATE_LIMITED)));
        ApiError withoutHeader = err(client.poll(aleph, scripted(Behaviour.RATE_LIMITED_NO_RETRY_AFTER)));

        assertThat(withHeader.kind()).isEqualTo(ApiError.Kind.RATE_LIMITED);
        assertThat(withHeader.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(withHeader.userMessage()).contains("2 seconds");
        assertThat(withoutHeader.kind()).isEqualTo(ApiError.Kind.RATE_LIMITED);
        assertThat(withoutHeader.retryAfter()).isNull();
        assertThat(withoutHeader.kind().isTransient()).isTrue();
    }

    @Test
    void aServerErrorIsTransient() {
        ApiError error = err(client.poll(aleph, scripted(Behaviour.SERVER_ERROR)));

        assertThat(error.kind()).isEqualTo(ApiError.Kind.SERVER_ERROR);
        assertThat(error.code()).isEqualTo(500);
        assertThat(error.kind().isTransient()).isTrue();
    }

    @Test
    void aSlowAnswerTimesOutAtTheConfiguredRequestTimeout() {
        String id = scripted(Behaviour.SLOW);
        try (HttpKieClient impatient = clientWith(ApiKey.of(KEY), Duration.ofMillis(250))) {
            ApiError error = err(impatient.poll(aleph, id));

            // The simulator answers after its 3 s slow delay, and answers Running: only the timeout gives this.
            assertThat(error.kind()).isEqualTo(ApiError.Kind.TIMEOUT);
        }
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsRead() {
        assertThat(ok(client.poll(aleph, scripted(Behaviour.SLOW))).status()).isEqualTo(new TaskStatus.Running());
    }

    @Test
    void aTruncatedOrHtmlBodyIsMalformed() {
        assertThat(err(client.poll(aleph, scripted(Behaviour.MALFORMED_BODY))).kind())
                .isEqualTo(ApiError.Kind.MALFORMED);
        assertThat(err(client.poll(aleph, scripted(Behaviour.HTML_BODY))).kind())
                .isEqualTo(ApiError.Kind.MALFORMED);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAsTooLarge() {
        String id = scripted(Behaviour.OVERSIZED_BODY);

        ApiError error = err(client.poll(aleph, id));

        assertThat(error.kind()).isEqualTo(ApiError.Kind.TOO_LARGE);
        sim.script(id, Behaviour.NORMAL);
        assertThat(ok(client.poll(aleph, id)).status()).as("the client still works afterwards")
                .isEqualTo(new TaskStatus.Running());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"UNAUTHORIZED, UNAUTHORIZED, 401", "NO_CREDITS, NO_CREDITS, 402",
            "MAINTENANCE, MAINTENANCE, 455", "SERVER_ERROR, SERVER_ERROR, 500"})
    void aGlobalFaultReachesEveryCall(GlobalFault fault, ApiError.Kind kind, int code) {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        sim.setGlobalFault(fault);

        List<ApiError> errors = List.of(err(client.poll(aleph, id)), err(client.credits()),
                err(client.freshDownloadUrl(sim.baseUri() + "/files/" + id + ".mp4")),
                err(client.generateAleph(request("https://example.com/in.mp4"))));

        assertThat(errors).allSatisfy(error -> {
            assertThat(error.kind()).isEqualTo(kind);
            assertThat(error.code()).isEqualTo(code);
        });
        sim.setGlobalFault(GlobalFault.NONE);
        assertThat(ok(client.poll(aleph, id)).status()).isEqualTo(new TaskStatus.Running());
    }

    @Test
    void aWrongKeyIsUnauthorizedAndNeverRepeatedInTheMessage() {
        String wrong = "sk-wrong-0000000000000000deadbeef";
        try (HttpKieClient wrongKey = clientWith(ApiKey.of(wrong), Duration.ofSeconds(10))) {
            ApiError error = err(wrongKey.poll(aleph, sim.newAlephTask(PROMPT, IMAGE)));

            assertThat(error.kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
            assertThat(error.userMessage()).contains("Settings").doesNotContain(wrong);
            assertThat(error.toString()).doesNotContain(wrong);
            assertThat(wrongKey.toString()).doesNotContain(wrong);
        }
    }

    @Test
    void withNoKeyNothingIsSentAndTheUserIsSentToSettings() {
        Supplier<ApiKey> noKey = () -> null;
        int before = sim.totalRequests();
        try (HttpKieClient keyless = new HttpKieClient(
                KieClientConfig.defaults().withBaseUri(sim.baseUri()), noKey, clock)) {
            ApiError error = err(keyless.credits());

            assertThat(error.kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
            assertThat(error.userMessage()).contains("Settings");
        }
        assertThat(sim.totalRequests()).isEqualTo(before);
    }

    @Test
    void aServerThatIsGoneIsAConnectionProblem() {
        URI gone = sim.baseUri();
        sim.close();

        try (HttpKieClient orphan = new HttpKieClient(KieClientConfig.defaults().withBaseUri(gone),
                () -> ApiKey.of(KEY), clock)) {
            ApiError error = err(orphan.credits());

            assertThat(error.kind()).isEqualTo(ApiError.Kind.CONNECTION);
            assertThat(error.code()).isZero();
            assertThat(error.kind().isTransient()).isTrue();
        }
    }

    @Test
    void creditsAreTheBalanceKieAiReports() {
        assertThat(ok(client.credits())).isPositive();
    }

    @Test
    void aGeneratedTaskCanBePolledWithTheParametersItWasCreatedWith() {
        String id = ok(client.generateAleph(new KieApi.AlephRequest("Turn day into night",
                "https://example.com/in.mp4", null, "", false, "16:9", 42L, "https://example.com/ref.png")));

        TaskSnapshot snapshot = ok(client.poll(aleph, id));

        assertThat(TaskIds.isValid(id)).isTrue();
        assertThat(snapshot.params().prompt()).isEqualTo("Turn day into night");
        assertThat(snapshot.params().videoUrl()).isEqualTo("https://example.com/in.mp4");
        assertThat(snapshot.params().aspectRatio()).isEqualTo("16:9");
        assertThat(snapshot.params().seed()).isEqualTo(42L);
        assertThat(snapshot.params().referenceImage()).isEqualTo("https://example.com/ref.png");
        assertThat(snapshot.params().raw()).doesNotContain("callBackUrl");
    }

    @Test
    void aGenerateRequestWithoutItsRequiredFieldsIsAnInvalidRequest() {
        ApiError error = err(client.generateAleph(new KieApi.AlephRequest("Only a prompt",
                null, null, null, null, null, null, null)));

        assertThat(error.kind()).isEqualTo(ApiError.Kind.INVALID_REQUEST);
        assertThat(error.code()).isEqualTo(422);
    }

    @Test
    void aResultUrlGetsAFreshDownloadLinkAndAForeignUrlIsRefused() {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        clock.advance(Duration.ofMinutes(4));
        String video = ((TaskStatus.Succeeded) ok(client.poll(aleph, id)).status()).videoUrl();

        String fresh = ok(client.freshDownloadUrl(video));
        ApiError foreign = err(client.freshDownloadUrl("https://elsewhere.example/video.mp4"));

        assertThat(fresh).startsWith(sim.baseUri().toString());
        assertThat(foreign.kind()).isEqualTo(ApiError.Kind.INVALID_REQUEST);
    }

    @Test
    void manyPollsReuseOneClientSafelyFromSeveralThreads() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(sim.newAlephTask(PROMPT + " " + i, IMAGE));
        }

        List<ApiResult<TaskSnapshot>> results;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<ApiResult<TaskSnapshot>>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> client.poll(aleph, id)));
            }
            results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
        }

        assertThat(results).allSatisfy(result -> assertThat(ok(result).status()).isEqualTo(new TaskStatus.Running()));
        assertThat(ids).allSatisfy(id -> assertThat(sim.recordRequests(id)).isEqualTo(1));
    }

    private static KieApi.AlephRequest request(String videoUrl) {
        return new KieApi.AlephRequest(PROMPT, videoUrl, null, null, null, null, null, null);
    }
}
