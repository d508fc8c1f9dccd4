package io.alephmonitor.ui.status;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskText;
import io.alephmonitor.ui.tasks.StatusLook;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows a desktop-style notice when a watched task finishes or fails; when many finish in the same
 * batch, one summary notice stands for them all.
 */
public final class FinishNotifier implements Consumer<List<TrackedTask>> {

    /** Up to this many tasks finishing at once get a notice each; more get one summary notice. */
    static final int SINGLE_NOTICES_PER_BATCH = 3;

    private final Node owner;
    private final Supplier<Instant> now;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private int shown;

    /** {@code owner} is any node of the window the notices belong to. */
    public FinishNotifier(Node owner, Supplier<Instant> now) {
        this.owner = owner;
        this.now = now;
    }

    @Override
    public void accept(List<TrackedTask> finished) {
        if (!enabled.get() || finished.isEmpty() || owner.getScene() == null || owner.getScene().getWindow() == null) {
            return;
        }
        if (finished.size() > SINGLE_NOTICES_PER_BATCH) {
            // A notice per task would bury the window (and each popup costs the FX thread real time).
            showSummary(finished);
            return;
        }
        for (TrackedTask task : finished) {
            showOne(task);
        }
    }

    private void showOne(TrackedTask task) {
        boolean ok = task.status() instanceof TaskStatus.Succeeded;
        String prompt = TaskText.firstLine(task.params() == null ? null : task.params().prompt());
        String what = prompt.isEmpty() ? "Task " + TaskText.shortId(task.taskId()) : "“" + abbreviate(prompt) + "”";
        show(ok ? "Video ready" : "Generation " + task.status().label().toLowerCase(),
                ok ? what + " finished." : what + ": " + TaskText.result(task, now.get()),
                task.status());
    }

    private void showSummary(List<TrackedTask> finished) {
        long ready = finished.stream().filter(t -> t.status() instanceof TaskStatus.Succeeded).count();
        long notReady = finished.size() - ready;
        String text = ready == 0 ? notReady + " tasks did not produce a video."
                : notReady == 0 ? ready + " videos are ready."
                : ready + (ready == 1 ? " video is" : " videos are") + " ready; " + notReady
                  + (notReady == 1 ? " task" : " tasks") + " did not produce a video.";
        TaskStatus look = notReady == 0 ? finished.getFirst().status()
                : finished.stream().map(TrackedTask::status)
                        .filter(st -> !(st instanceof TaskStatus.Succeeded)).findFirst().orElseThrow();
        show(finished.size() + " tasks finished", text, look);
    }

    private void show(String title, String text, TaskStatus look) {
        Notifications.create()
                .owner(owner.getScene().getWindow())
                .title(title)
                .text(text)
                .graphic(StatusLook.of(look).newIcon())
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(6))
                .show();
        shown++;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    /** Bound by the app to the "notify when a task finishes" setting. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** How many notices were shown since the window opened. */
    public int shownCount() {
        return shown;
    }
}
