package io.alephmonitor.ui.main;

import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.compare.CompareChoice;
import io.alephmonitor.ui.compare.ComparePair;
import io.alephmonitor.ui.status.UndoBar;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What the user can do to tasks — shared by the toolbar, the keyboard and the right-click menu. */
public final class TaskActions {

    private final TaskListViewModel model;
    private final Supplier<List<TaskRowViewModel>> selection;
    private final DesktopActions desktop;
    private final UndoBar undoBar;
    private Consumer<List<TrackedTask>> saveHook = tasks -> { };
    private Consumer<TrackedTask> remakeHook = task -> { };
    private java.util.function.BiConsumer<io.alephmonitor.model.FollowUp, TrackedTask> followUpHook = (which, task) -> { };
    private Consumer<ComparePair> compareOpener = pair -> { };

    TaskActions(TaskListViewModel model, Supplier<List<TaskRowViewModel>> selection, DesktopActions desktop, UndoBar undoBar) {
        this.model = model;
        this.selection = selection;
        this.desktop = desktop;
        this.undoBar = undoBar;
    }

    /** Where the menu's follow-ups go (the detail pane asks about cost and prompt, then the app starts them). */
    void setFollowUpHook(java.util.function.BiConsumer<io.alephmonitor.model.FollowUp, TrackedTask> hook) {
        this.followUpHook = Objects.requireNonNull(hook);
    }

    void setSaveHook(Consumer<List<TrackedTask>> hook) {
        this.saveHook = Objects.requireNonNull(hook);
    }

    void setRemakeHook(Consumer<TrackedTask> hook) {
        this.remakeHook = Objects.requireNonNull(hook);
    }

    /** Regenerate / Use as template: New task opens filled from the first selected task's recorded parameters. */
    public void remakeSelected() {
        List<TaskRowViewModel> rows = selection.get();
        if (!rows.isEmpty()) {
            remakeHook.accept(rows.getFirst().task());
        }
    }

    /** Where a comparison is shown (the window opens a compare window). */
    void setCompareOpener(Consumer<ComparePair> opener) {
        this.compareOpener = Objects.requireNonNull(opener);
    }

    /** What Compare would show for the selection: two tasks' results, or two of one task's. */
    public CompareChoice compareChoice() {
        return CompareChoice.of(selectedTasks());
    }

    /** What Compare with source would show: the selected video-to-video task's source clip beside its result. */
    public CompareChoice sourceChoice() {
        return CompareChoice.withSource(selectedTasks());
    }

    /** Opens the comparison of the selection, or says why it cannot be compared. */
    public void compareSelected() {
        open(compareChoice());
    }

    /** Opens the selected task's source video beside its result, or says why it cannot. */
    public void compareWithSource() {
        open(sourceChoice());
    }

    private void open(CompareChoice choice) {
        if (choice.canCompare()) {
            compareOpener.accept(choice.pair());
        } else {
            model.setMessage(choice.refusal());
        }
    }

    /**
     * Makes the two items compare; the returned step enables each only while the selection can be compared
     * that way (run it as their menu shows).
     */
    Runnable compareItems(MenuItem compare, MenuItem withSource) {
        compare.setOnAction(e -> compareSelected());
        withSource.setOnAction(e -> compareWithSource());
        return () -> {
            compare.setDisable(!compareChoice().canCompare());
            withSource.setDisable(!sourceChoice().canCompare());
        };
    }

    private List<TrackedTask> selectedTasks() {
        return selection.get().stream().map(TaskRowViewModel::task).toList();
    }

    /** Adds whatever text is on the clipboard; true when the clipboard held text. */
    public boolean addFromClipboard() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            model.setMessage("The clipboard holds no text to look for task IDs in.");
            return false;
        }
        model.addFromText(text);
        return true;
    }

    public void removeSelected() {
        List<TaskRowViewModel> rows = selection.get();
        if (rows.isEmpty()) {
            return;
        }
        List<TrackedTask> removed = model.remove(rows);
        undoBar.show(model.messageProperty().get(), () -> model.undoRemove(removed));
    }

    public void checkSelected() {
        model.checkNow(selection.get());
        model.setMessage("Checking " + count(selection.get().size()) + " now");
    }

    /** Hands the selected finished tasks to the save hook (the app's save dialog / engine). */
    public void saveSelected() {
        List<TrackedTask> finished = selection.get().stream().map(TaskRowViewModel::task)
                .filter(t -> t.status() instanceof TaskStatus.Succeeded).toList();
        if (finished.isEmpty()) {
            model.setMessage("Select a finished task to save its video.");
            return;
        }
        saveHook.accept(finished);
    }

    /** Stars the selected tasks. */
    public void starSelected() {
        model.setStarred(selection.get(), true);
    }

    /** Unstars the selected tasks. */
    public void unstarSelected() {
        model.setStarred(selection.get(), false);
    }

    /** Stars the selection, or unstars it when every selected task is starred already (Ctrl/Cmd+D). */
    public void toggleStarSelected() {
        if (!selection.get().isEmpty()) {
            model.toggleStars(selection.get());
        }
    }

    /** Asks for a tag (a small dialog) and adds it to every selected task; asks again while the text cannot be a tag. */
    public void askTagForSelected() {
        List<TaskRowViewModel> rows = selection.get();
        if (rows.isEmpty()) {
            return;
        }
        TagDialog.ask(rows.size()).ifPresent(tag -> model.addTag(rows, tag));
    }

    public void copyTaskIds() {
        copy(String.join("\n", selection.get().stream().map(TaskRowViewModel::taskId).toList()), "task ID");
    }

    public void copyResultUrls() {
        copy(String.join("\n", resultUrls()), "result link");
    }

    public void showInFolder() {
        selection.get().stream().map(r -> r.task().savedPath()).filter(Objects::nonNull).findFirst()
                .ifPresent(desktop::showInFolder);
    }

    private List<String> resultUrls() {
        return selection.get().stream().map(r -> r.task().status())
                .filter(TaskStatus.Succeeded.class::isInstance).map(TaskStatus.Succeeded.class::cast)
                .flatMap(s -> s.videoUrl() != null ? java.util.stream.Stream.of(s.videoUrl())
                        : s.resultUrls().isEmpty() ? java.util.stream.Stream.ofNullable(s.imageUrl()) : s.resultUrls().stream())
                .filter(Objects::nonNull).toList();
    }

    private void copy(String text, String what) {
        if (text.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        long n = text.lines().count();
        model.setMessage("Copied " + n + " " + what + (n == 1 ? "" : "s"));
    }

    private static String count(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }

    /** The right-click menu of the table and the gallery; items enable themselves for the current selection. */
    public ContextMenu contextMenu() {
        MenuItem copyId = item("Copy task ID", new FontIcon(MaterialDesignC.CONTENT_COPY), this::copyTaskIds);
        MenuItem copyUrl = item("Copy result URL", new FontIcon(MaterialDesignL.LINK_VARIANT), this::copyResultUrls);
        MenuItem check = item("Check again", new FontIcon(MaterialDesignR.REFRESH), this::checkSelected);
        MenuItem save = item("Save video…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE), this::saveSelected);
        MenuItem folder = item("Open containing folder", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE), this::showInFolder);
        MenuItem remake = item("Regenerate / use as template…", new FontIcon(MaterialDesignR.REPEAT), this::remakeSelected);
        remake.setId("menuRemake");
        MenuItem remove = item("Remove", new FontIcon(MaterialDesignD.DELETE_OUTLINE), this::removeSelected);
        MenuItem star = item("Star", new FontIcon(MaterialDesignS.STAR), this::starSelected);
        star.setId("menuStar");
        MenuItem unstar = item("Unstar", new FontIcon(MaterialDesignS.STAR_OFF_OUTLINE), this::unstarSelected);
        unstar.setId("menuUnstar");
        MenuItem tag = item("Add tag…", new FontIcon(MaterialDesignT.TAG_PLUS_OUTLINE), this::askTagForSelected);
        tag.setId("menuAddTag");
        SeparatorMenuItem followUpsLine = new SeparatorMenuItem();
        List<MenuItem> followUps = new java.util.ArrayList<>();
        for (io.alephmonitor.model.FollowUp which : io.alephmonitor.model.FollowUp.values()) {
            MenuItem item = item(which.label() + (which == io.alephmonitor.model.FollowUp.GET_4K ? "…" : ""),
                    new FontIcon(MaterialDesignR.RAY_START_ARROW), () -> {
                        List<TaskRowViewModel> rows = selection.get();
                        if (rows.size() == 1) {
                            followUpHook.accept(which, rows.getFirst().task());
                        }
                    });
            item.setId("menu-" + which.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            followUps.add(item);
        }
        MenuItem compare = new MenuItem("Compare", new FontIcon(MaterialDesignC.COMPARE));
        compare.setId("menuCompare");
        MenuItem withSource = new MenuItem("Compare with source", new FontIcon(MaterialDesignC.COMPARE_HORIZONTAL));
        withSource.setId("menuCompareWithSource");
        Runnable offerCompare = compareItems(compare, withSource);
        ContextMenu menu = new ContextMenu(copyId, copyUrl, new SeparatorMenuItem(), check, remake, save, folder,
                new SeparatorMenuItem(), compare, withSource, new SeparatorMenuItem(), star, unstar, tag, followUpsLine);
        menu.getItems().addAll(followUps);
        menu.getItems().addAll(new SeparatorMenuItem(), remove);
        menu.setOnShowing(e -> {
            List<TaskRowViewModel> rows = selection.get();
            List<io.alephmonitor.model.FollowUp> offered = rows.size() == 1
                    ? io.alephmonitor.model.FollowUp.offeredFor(rows.getFirst().task()) : List.of();
            for (int i = 0; i < followUps.size(); i++) {
                followUps.get(i).setVisible(offered.contains(io.alephmonitor.model.FollowUp.values()[i]));
            }
            followUpsLine.setVisible(!offered.isEmpty());
            boolean any = !rows.isEmpty();
            copyId.setDisable(!any);
            check.setDisable(!any);
            remake.setDisable(!any);
            remove.setDisable(!any);
            star.setDisable(rows.stream().allMatch(r -> r.task().starred()));
            unstar.setDisable(rows.stream().noneMatch(r -> r.task().starred()));
            tag.setDisable(!any);
            copyUrl.setDisable(resultUrls().isEmpty());
            save.setDisable(rows.stream().noneMatch(r -> r.status() instanceof TaskStatus.Succeeded));
            Path saved = rows.stream().map(r -> r.task().savedPath()).filter(Objects::nonNull).findFirst().orElse(null);
            folder.setDisable(saved == null);
            offerCompare.run();
            withSource.setVisible(!withSource.isDisable()); // offered only for video-to-video tasks
        });
        return menu;
    }

    private static MenuItem item(String text, FontIcon icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon);
        item.setOnAction(e -> action.run());
        return item;
    }
}
