package io.alephmonitor.ui.status;

import io.alephmonitor.kie.TaskStatus;
import io.alephmonitor.store.TrackedTask;
import io.alephmonitor.ui.TaskText;
import io.alephmonitor.ui.tasks.StatusLook;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Shows a desktop-style notice when a watched task finishes or fails (the view model calls it once per task). */
public final class FinishNotifier implements Consumer<TrackedTask> {

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
    public void accept(TrackedTask task) {
        if (!enabled.get() || owner.getScene() == null || owner.getScene().getWindow() == null) {
            return;
        }
        boolean ok = task.status() instanceof TaskStatus.Succeeded;
        String prompt = TaskText.firstLine(task.params() == null ? null : task.params().prompt());
        String what = prompt.isEmpty() ? "Task " + TaskText.shortId(task.taskId()) : "“" + abbreviate(prompt) + "”";
        Notifications.create()
                .owner(owner.getScene().getWindow())
                .title(ok ? "Video ready" : "Generation " + task.status().label().toLowerCase())
                .text(ok ? what + " finished." : what + ": " + TaskText.result(task, now.get(), false))
                .graphic(StatusLook.of(task.status()).newIcon())
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
