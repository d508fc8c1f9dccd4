package io.alephmonitor.ui.detail;

import io.alephmonitor.model.FollowUp;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskText;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * The detail pane's "Family" section: what the task was made from ("Made from", a link that selects the parent, or
 * its ID and "no longer tracked"), what was made from it ("Made into", each child with its relation and status,
 * a link that selects it), and the follow-ups its kind and state offer (Get 1080P, Get 4K, Extend). Get 4K names its
 * extra credits and sends nothing unless the user agrees; Extend asks how the video goes on.
 */
final class FamilyView extends VBox {

    /** Asks the user something before a follow-up goes out; the app's shows dialogs, tests answer by hand. */
    interface Asker {
        /** Whether the user agrees to {@code question} (Cancel: false). */
        boolean confirm(String title, String question);

        /** The text the user typed for {@code question}, or null on Cancel. */
        String text(String title, String question);
    }

    private final DetailActions actions;
    private final Label title = new Label("Family");
    private final VBox madeFrom = new VBox(4);
    private final VBox madeInto = new VBox(4);
    private final FlowPane followUps = new FlowPane(8, 8);
    private final Label outcome = new Label();
    private Consumer<String> select = id -> { };
    private Asker asker = FamilyDialogs.INSTANCE;
    private TrackedTask task;

    FamilyView(DetailActions actions) {
        super(8);
        this.actions = actions;
        setId("family");
        title.getStyleClass().add(Styles.TITLE_4);
        outcome.setWrapText(true);
        outcome.setId("family-outcome");
        outcome.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().setAll(title, madeFrom, madeInto, followUps, outcome);
    }

    void setSelect(Consumer<String> select) {
        this.select = select;
    }

    void setAsker(Asker asker) {
        this.asker = asker;
    }

    void show(TrackedTask newTask) {
        boolean otherTask = newTask == null || task == null || !task.taskId().equals(newTask.taskId());
        task = newTask;
        if (otherTask) {
            outcome.setText("");
        }
        madeFrom.getChildren().clear();
        madeInto.getChildren().clear();
        followUps.getChildren().clear();
        if (newTask == null) {
            setVisible(false);
            setManaged(false);
            return;
        }
        List<TrackedTask> all = actions.trackedTasks();
        TaskOrigin origin = newTask.origin();
        if (origin != null) {
            TrackedTask parent = all.stream().filter(t -> t.taskId().equals(origin.parentTaskId())).findFirst().orElse(null);
            String words = "Made from: " + origin.relation().words() + " ";
            if (parent == null) {
                Label gone = new Label(words + TaskText.shortId(origin.parentTaskId()) + " (no longer tracked)");
                gone.setId("family-parent-gone");
                madeFrom.getChildren().add(gone);
            } else {
                Hyperlink link = new Hyperlink(name(parent));
                link.setId("family-parent");
                link.setOnAction(e -> select.accept(parent.taskId()));
                madeFrom.getChildren().add(new VBox(0, new Label(words.strip()), link));
            }
        }
        List<TrackedTask> children = all.stream()
                .filter(t -> t.origin() != null && t.origin().parentTaskId().equals(newTask.taskId())).toList();
        if (!children.isEmpty()) {
            madeInto.getChildren().add(new Label("Made into:"));
        }
        for (TrackedTask child : children) {
            Hyperlink link = new Hyperlink(name(child));
            link.getStyleClass().add("family-child");
            link.setOnAction(e -> select.accept(child.taskId()));
            Label how = new Label(child.origin().relation().words() + " this · " + child.status().label());
            how.getStyleClass().add(Styles.TEXT_MUTED);
            madeInto.getChildren().add(new VBox(0, link, how));
        }
        for (FollowUp followUp : FollowUp.offeredFor(newTask)) {
            Button button = new Button(followUp.label());
            button.setId("follow-up-" + followUp.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setOnAction(e -> start(followUp, newTask));
            if (actions.followUpRunning(newTask.taskId(), followUp)) { // asked again until kie.ai has it ready
                button.setText(followUp == FollowUp.GET_1080P ? "Getting 1080P…" : "Getting 4K…");
                button.setDisable(true);
            }
            followUps.getChildren().add(button);
        }
        for (javafx.scene.layout.Pane part : List.of(madeFrom, madeInto, followUps)) {
            part.setManaged(!part.getChildren().isEmpty()); // no gap for an empty part
        }
        boolean any = origin != null || !children.isEmpty() || !followUps.getChildren().isEmpty();
        setVisible(any);
        setManaged(any);
    }

    /** Asks what the follow-up needs (the 4K cost, the extension's prompt), then hands it to the app. */
    void start(FollowUp followUp, TrackedTask parent) {
        String prompt = null;
        if (followUp == FollowUp.GET_4K && !asker.confirm("Get the 4K video?", FollowUp.UHD_4K_COST + " Send the request?")) {
            outcome.setText("Nothing was sent.");
            return;
        }
        if (followUp.needsCallback()) {
            prompt = asker.text(followUp.label().replace("…", ""), "kie.ai sends Suno's tools only with a callback "
                    + "address (https://…) — it calls it when done; the app follows the task by polling either way.");
            if (prompt == null || prompt.isBlank()) {
                outcome.setText("Nothing was sent.");
                return;
            }
        }
        if (followUp.needsPrompt()) {
            prompt = asker.text("Extend the video", "How does the video go on?");
            if (prompt == null || prompt.isBlank()) {
                outcome.setText("Nothing was sent.");
                return;
            }
        }
        outcome.setText(followUp == FollowUp.EXTEND || followUp.needsCallback() ? "Sending…"
                : "Asking kie.ai — it answers when the video is ready; this can take minutes.");
        String taskId = parent.taskId();
        actions.startFollowUp(followUp, parent, prompt).thenAccept(sentence -> {
            if (task != null && task.taskId().equals(taskId)) {
                show(task); // the buttons follow (a fetch that ended is offered again)
                outcome.setText(sentence);
            }
        });
        if (task != null && task.taskId().equals(taskId)) {
            show(task); // a fetch now under way shows on its button
        }
    }

    /** The task's short ID and the first line of its prompt. */
    private static String name(TrackedTask task) {
        String prompt = task.params() == null ? null : task.params().prompt();
        String first = prompt == null || prompt.isBlank() ? "" : " " + TaskText.firstLine(prompt);
        return TaskText.shortId(task.taskId()) + (first.length() > 60 ? first.substring(0, 59) + "…" : first);
    }
}
