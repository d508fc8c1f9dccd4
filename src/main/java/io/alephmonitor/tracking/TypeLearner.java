package io.alephmonitor.tracking;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Learns the types of untyped result links once, after a poll published them: each link is asked
 * through {@link LinkTypes} (in the background, never holding up the poll cycle), and when every
 * link of the task has answered, the task's status gets the typed results
 * ({@link TaskStatus.Succeeded#withFiles}), which the store keeps, so the next run asks nothing.
 * A link that could not be asked, or whose answer names no type, stays untyped (its save decides
 * by its answer). A status that changed meanwhile is left alone.
 */
final class TypeLearner {

    private static final Logger LOG = LoggerFactory.getLogger(TypeLearner.class);

    private final PollEngine engine;
    private final LinkTypes types;
    private final BiConsumer<CompletableFuture<Void>, String> published;

    /** @param types null: types are not learnt (saves still ask the link) */
    TypeLearner(PollEngine engine, LinkTypes types, BiConsumer<CompletableFuture<Void>, String> published) {
        this.engine = engine;
        this.types = types;
        this.published = published;
    }

    /** Starts learning the untyped links of these tasks; returns at once. */
    void learn(Collection<TrackedTask> tasks) {
        if (types == null) {
            return;
        }
        for (TrackedTask task : tasks) {
            List<ResultFile> results = ResultsToSave.of(task);
            if (results.stream().anyMatch(ResultFile.Untyped.class::isInstance)) {
                learn(task.taskId(), task.status(), results);
            }
        }
    }

    private void learn(String taskId, TaskStatus asked, List<ResultFile> results) {
        List<CompletableFuture<ResultFile>> typed = new ArrayList<>();
        for (ResultFile result : results) {
            typed.add(result instanceof ResultFile.Untyped untyped ? typeOf(untyped) : CompletableFuture.completedFuture(result));
        }
        CompletableFuture.allOf(typed.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<ResultFile> learnt = typed.stream().map(CompletableFuture::join).toList();
            if (learnt.equals(results)) {
                return;
            }
            CompletableFuture<Void> written = engine.update(taskId, t -> Objects.equals(t.status(), asked)
                    ? t.withStatus(withResults(asked, learnt)) : t);
            if (written != null) {
                published.accept(written, taskId);
            }
        });
    }

    private CompletableFuture<ResultFile> typeOf(ResultFile.Untyped untyped) {
        CompletableFuture<LinkTypes.Learnt> asked;
        try {
            asked = types.typeOf(untyped.url());
        } catch (RuntimeException e) {
            asked = CompletableFuture.failedFuture(e);
        }
        return asked.handle((learnt, failure) -> {
            if (failure != null) {
                LOG.debug("Type of {} not learnt: {}", untyped.url(), failure.getMessage());
                return untyped;
            }
            return learnt == null || learnt.type() == null ? untyped : untyped.as(learnt.type());
        });
    }

    private static TaskStatus withResults(TaskStatus status, List<ResultFile> results) {
        return switch (status) {
            case TaskStatus.Succeeded done -> done.withFiles(results);
            case TaskStatus.Running running -> new TaskStatus.Running(running.progress(), running.stage(), results);
            default -> status;
        };
    }
}
