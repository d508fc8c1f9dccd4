package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchProgress;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored batch queue's row states, pause, cancel, the user's answers to uncertain rows and the creation limit. */
class BatchQueueTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryBatchStore store = new InMemoryBatchStore();
    private final CreationLimit limit = new CreationLimit(clock);
    private final ScriptedCreates kie = new ScriptedCreates();
    private final List<String> tracked = new ArrayList<>();

    private BatchQueue queue() {
        BatchQueue queue = new BatchQueue(store, () -> kie, limit, clock, (id, kind) -> tracked.add(id + " " + kind));
        queue.open();
        return queue;
    }

    private static List<BatchPlan.Row> rows(int count) {
        return BatchPlan.seeds(CreateForms.veo(), Map.of("prompt", "A kite over dunes"), count, 10_000).rows();
    }

    @Test
    void aRowIsStoredAsSendingBeforeItsRequestLeavesAndAsCreatedWithItsTaskIdAfterTheAnswer() {
        BatchQueue queue = queue();
        Batch batch = queue.add("Kites", rows(1));
        List<BatchRowState> seenByKie = new ArrayList<>();
        kie.onArrival(request -> seenByKie.add(store.stored(batch.id(), 0).state()));

        BatchQueue.Step step = queue.sendNext();

        assertThat(seenByKie).singleElement().isInstanceOf(BatchRowState.Sending.class);
        assertThat(step).isInstanceOf(BatchQueue.Step.Sent.class);
        assertThat(store.stored(batch.id(), 0).state()).isEqualTo(new BatchRowState.Created("task-1", clock.instant()));
        assertThat(tracked).as("the created task is tracked as its kind").containsExactly("task-1 veo");
        assertThat(queue.sendNext()).isInstanceOf(BatchQueue.Step.Idle.class);
    }

    @Test
    void aRowStillSendingAtStartBecomesUncertainAndIsNeverSentAgainByItself() {
        BatchQueue first = queue();
        Batch batch = first.add("Kites", rows(2));
        BatchRow inFlight = store.stored(batch.id(), 0).withState(new BatchRowState.Sending(clock.instant()));
        store.save(inFlight); // the app died here, after the commit, before (or while) the request went out

        BatchQueue restarted = queue();

        BatchRow row = store.stored(batch.id(), 0);
        assertThat(row.state()).isInstanceOf(BatchRowState.Uncertain.class);
        assertThat(row.whatToCheck()).contains("may have been created", "kie.ai logs", "A kite over dunes", "add its ID",
                "resend it on purpose");
        restarted.sendNext();
        assertThat(restarted.sendNext()).isInstanceOf(BatchQueue.Step.Idle.class);
        assertThat(kie.received).as("only the second row went out").hasSize(1);
        assertThat(kie.received.getFirst().body().get("seeds").asLong()).isEqualTo(10_001);
    }

    @Test
    void anUncertainRowIsResentOnlyWhenTheUserSaysSoOrBecomesCreatedWithTheIdTheUserFound() {
        kie.answering(new ApiResult.Err<>(new ApiError(ApiError.Kind.TIMEOUT, 0, "No answer", null)))
                .answering(new ApiResult.Err<>(new ApiError(ApiError.Kind.CONNECTION, 0, "Broken", null)));
        BatchQueue queue = queue();
        Batch batch = queue.add("Kites", rows(2));
        queue.sendNext();
        queue.sendNext();
        assertThat(queue.batches().getFirst().progress()).isEqualTo(new BatchProgress(0, 0, 2, 0, 0));

        queue.resend(batch.id(), 0);
        queue.foundTask(batch.id(), 1, "  a1b2c3d4e5f6  ");
        queue.sendNext();

        assertThat(store.stored(batch.id(), 0).state()).extracting(s -> ((BatchRowState.Created) s).taskId()).isEqualTo("task-3");
        assertThat(store.stored(batch.id(), 1).state()).isEqualTo(new BatchRowState.Created("a1b2c3d4e5f6"));
        assertThat(tracked).containsExactlyInAnyOrder("a1b2c3d4e5f6 veo", "task-3 veo");
    }

    @Test
    void aPausedBatchSendsNothingUntilResumedAndStaysPausedAfterARestart() {
        BatchQueue queue = queue();
        Batch batch = queue.add("Kites", rows(3));
        queue.sendNext();
        queue.pause(batch.id());
        assertThat(queue.sendNext()).isInstanceOf(BatchQueue.Step.Idle.class);

        BatchQueue restarted = queue();
        assertThat(restarted.batches().getFirst().paused()).isTrue();
        assertThat(restarted.sendNext()).isInstanceOf(BatchQueue.Step.Idle.class);
        restarted.resume(batch.id());
        restarted.sendNext();
        restarted.sendNext();

        assertThat(kie.received).hasSize(3);
        assertThat(restarted.batches().getFirst().progress().created()).isEqualTo(3);
    }

    @Test
    void cancelKeepsTheCreatedRowsAndCancelsTheRest() {
        BatchQueue queue = queue();
        Batch batch = queue.add("Kites", rows(4));
        queue.sendNext();
        queue.cancel(batch.id());

        assertThat(queue.sendNext()).isInstanceOf(BatchQueue.Step.Idle.class);
        assertThat(queue().batches().getFirst().progress()).isEqualTo(new BatchProgress(1, 0, 0, 3, 0));
    }

    @Test
    void noMoreThanTwentyRowsGoOutInAnyTenSecondsOfAFakeClock() {
        BatchQueue queue = queue();
        queue.add("Kites", rows(50));
        List<Instant> sentAt = new ArrayList<>();
        for (int guard = 0; guard < 1_000 && sentAt.size() < 50; guard++) {
            switch (queue.sendNext()) {
                case BatchQueue.Step.Sent sent -> sentAt.add(clock.instant());
                case BatchQueue.Step.Wait(Duration delay) -> clock.advance(delay);
                case BatchQueue.Step.Idle idle -> throw new AssertionError("idle with rows left");
            }
            clock.advance(Duration.ofMillis(50));
        }
        assertThat(sentAt).hasSize(50);
        for (int i = CreationLimit.MAX_CREATIONS; i < sentAt.size(); i++) {
            assertThat(Duration.between(sentAt.get(i - CreationLimit.MAX_CREATIONS), sentAt.get(i)))
                    .as("send %d is at least ten seconds after send %d", i, i - CreationLimit.MAX_CREATIONS)
                    .isGreaterThanOrEqualTo(CreationLimit.WINDOW);
        }
    }

    @Test
    void creationsOfTheLastTenSecondsStillCountAfterARestart() {
        BatchQueue queue = queue();
        queue.add("Kites", rows(21));
        for (int i = 0; i < 20; i++) {
            assertThat(queue.sendNext()).isInstanceOf(BatchQueue.Step.Sent.class);
        }
        clock.advance(Duration.ofSeconds(4));
        BatchQueue restarted = new BatchQueue(store, () -> kie, new CreationLimit(clock), clock, (id, kind) -> { });
        restarted.open();

        assertThat(restarted.sendNext()).as("the restarted app waits out the creations stored before")
                .isEqualTo(new BatchQueue.Step.Wait(Duration.ofSeconds(6)));
        clock.advance(Duration.ofSeconds(6));
        assertThat(restarted.sendNext()).isInstanceOf(BatchQueue.Step.Sent.class);
    }

    @Test
    void aRateLimitPutsTheRowBackAndNotEnoughCreditsPausesTheBatchWithTheRowKept() {
        kie.answering(new ApiResult.Err<>(new ApiError(ApiError.Kind.RATE_LIMITED, 429, "Too many", Duration.ofSeconds(3))))
                .answering(new ApiResult.Err<>(new ApiError(ApiError.Kind.NO_CREDITS, 402, "Not enough credits.", null)));
        BatchQueue queue = queue();
        Batch batch = queue.add("Kites", rows(1));

        queue.sendNext();
        assertThat(store.stored(batch.id(), 0).state()).isInstanceOf(BatchRowState.Queued.class);
        assertThat(queue.sendNext()).isEqualTo(new BatchQueue.Step.Wait(Duration.ofSeconds(3)));
        clock.advance(Duration.ofSeconds(3));
        queue.sendNext();

        assertThat(store.stored(batch.id(), 0).state()).isInstanceOf(BatchRowState.Queued.class);
        assertThat(queue.batches().getFirst().paused()).isTrue();
        assertThat(queue.notice(batch.id())).contains("Not enough credits.", "paused", "Resume");
    }

    @Test
    void aRefusedRowFailsWithKieAisMessageAndTheNextRowGoesOn() {
        kie.answering(new ApiResult.Err<>(new ApiError(ApiError.Kind.INVALID_REQUEST, 422, "prompt is too long", null)));
        BatchQueue queue = queue();
        Batch batch = queue.add("Kites", rows(2));
        queue.sendNext();
        queue.sendNext();

        assertThat(store.stored(batch.id(), 0).state()).isEqualTo(new BatchRowState.Failed("prompt is too long"));
        assertThat(store.stored(batch.id(), 1).state()).isInstanceOf(BatchRowState.Created.class);
    }
}
