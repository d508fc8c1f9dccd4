package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.ui.preview.TextSource;
import io.alephmonitor.ui.preview.VideoPreview;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Everything about the selected task, in this order: status, prompt and source image/video, problems,
 * — once it succeeded — the inline video, result image and the save/open/copy actions, then the full
 * ID, kind, times and the other parameters.
 * Call {@link #show} with every new version of the selected task (null clears the pane); showing a
 * newer version of the same task keeps the video playing.
 */
public final class DetailPane extends StackPane {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final DetailActions actions;
    private final SummaryView summary;
    private final ResultView result;
    private final ParamsView params;
    private final MarksViewModel marks;
    private final FamilyView family;
    private final Separator resultSeparator = new Separator();
    private final ScrollPane scroll;
    private final VBox placeholder;
    private TrackedTask task;

    /** A pane with its own player registry, using the local time zone and locale, that shows no linked text. */
    public DetailPane(DetailActions actions, ImageSource images) {
        this(actions, images, TextSource.unavailable());
    }

    /** A pane with its own player registry, using the local time zone and locale; linked texts come from {@code texts}. */
    public DetailPane(DetailActions actions, ImageSource images, TextSource texts) {
        this(actions, images, new PlayerRegistry(), texts, ZoneId.systemDefault(), Locale.getDefault(Locale.Category.FORMAT));
    }

    public DetailPane(DetailActions actions, ImageSource images, PlayerRegistry players, ZoneId zone, Locale locale) {
        this(actions, images, players, TextSource.unavailable(), zone, locale);
    }

    /**
     * @param players the registry every player of the pane comes from (only one of them plays at a time)
     * @param texts   where a linked text result's first part is read from (off the FX thread)
     */
    public DetailPane(DetailActions actions, ImageSource images, PlayerRegistry players, TextSource texts,
                      ZoneId zone, Locale locale) {
        this.actions = actions;
        getStyleClass().add("detail-pane");
        summary = new SummaryView(new DetailText(zone, locale), this::copy, actions::checkAgain);
        result = new ResultView(actions, images, players, texts);
        params = new ParamsView(images, this::copy);
        marks = new MarksViewModel(actions);
        family = new FamilyView(actions);

        // What identifies a task comes first: its status line and the user's marks, then the prompt and the source it was made
        // from; then what went wrong, the result, and the ID, times and remaining parameters.
        Button remake = new Button("Regenerate…", new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignR.REPEAT));
        remake.setId("detail-remake");
        remake.setTooltip(new javafx.scene.control.Tooltip("New task filled from this task's settings, to edit and send (Ctrl+R)"));
        remake.setOnAction(e -> {
            if (task != null) {
                actions.remake(task);
            }
        });
        VBox content = new VBox(16, summary.head, new MarksView(marks), family, params.source, remake, summary.problems, resultSeparator, result,
                new Separator(), summary.facts, params.details);
        content.setPadding(new Insets(16));
        content.setFillWidth(true);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED); // only when a result is wider than a narrow pane
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        placeholder = placeholder();

        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                saveAction().run();
                e.consume();
            }
        });
        show(null);
    }

    /**
     * What the detail side shows while no task is selected. The window shows it on its own until the
     * first selection, so the pane itself (player, images, scroll pane) is built only when needed.
     */
    public static VBox placeholder() {
        FontIcon icon = new FontIcon(MaterialDesignG.GESTURE_TAP);
        icon.setIconSize(40);
        icon.getStyleClass().add(Styles.TEXT_MUTED);
        Label hint = new Label("Select a task to see its details");
        hint.setId("detail-placeholder");
        hint.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_MUTED);
        VBox placeholder = new VBox(12, icon, hint);
        placeholder.setAlignment(Pos.CENTER);
        return placeholder;
    }

    /** Shows this task (or the placeholder for null). */
    public void show(TrackedTask newTask) {
        boolean otherTask = newTask == null || task == null || !task.taskId().equals(newTask.taskId());
        task = newTask;
        marks.show(newTask);
        family.show(newTask);
        if (newTask == null) {
            result.show(null);
            getChildren().setAll(placeholder);
            return;
        }
        summary.show(newTask);
        // A finished task's result, or the part a running one has ready (Suno's first track).
        boolean hasResult = newTask.status() instanceof TaskStatus.Succeeded
                || newTask.status() instanceof TaskStatus.Running r && !r.partial().isEmpty();
        result.setVisible(hasResult);
        result.setManaged(hasResult);
        resultSeparator.setVisible(hasResult);
        resultSeparator.setManaged(hasResult);
        result.show(newTask);
        params.show(newTask.params());
        if (getChildren().size() != 1 || getChildren().getFirst() != scroll) {
            getChildren().setAll(scroll);
        }
        if (otherTask) {
            scroll.setVvalue(0);
        }
    }

    /** What a click on a parent or child in the family section does: the window selects that task. */
    public void setFamilySelect(java.util.function.Consumer<String> select) {
        family.setSelect(select);
    }

    /** Starts a follow-up of this task as its family section's button does (asking about the 4K cost first). */
    public void startFollowUp(io.alephmonitor.model.FollowUp which, TrackedTask task) {
        family.start(which, task);
    }

    /** Who asks before a follow-up goes out (the 4K cost, the extension's prompt); dialogs unless replaced (tests). */
    void setFamilyAsker(FamilyView.Asker asker) {
        family.setAsker(asker);
    }

    /** Sends what is typed but not kept yet (the note), e.g. when the app closes. */
    public void keepPendingEdits() {
        marks.commitNote();
    }

    /** The task shown now, or null. */
    public TrackedTask task() {
        return task;
    }

    /** The save of the shown task's video (what Save video… and Ctrl/Cmd+S do); does nothing when not possible. */
    public Runnable saveAction() {
        return result::save;
    }

    /** True while the shown task has a video that can be saved and no save of it is running. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return result.canSaveProperty();
    }

    /** Replaces the save dialog (tests, or an app-wide "save to library" flow). */
    public void setSaveTargetChooser(SaveTargetChooser chooser) {
        result.setChooser(chooser);
    }

    /** The inline video preview, e.g. to watch its status. */
    public VideoPreview videoPreview() {
        return result.video();
    }

    /** The track player, e.g. to watch its status. */
    public io.alephmonitor.ui.preview.AudioPreview audioPreview() {
        return result.audio().player();
    }

    private void copy(String text) {
        if (text != null && !text.isEmpty()) {
            actions.copyToClipboard(text);
        }
    }
}
