package io.alephmonitor.ui.main;

import io.alephmonitor.ui.compare.CompareWindow;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.AddReport;
import io.alephmonitor.tracking.TaskCreator;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.ui.create.CreateTaskDialog;
import io.alephmonitor.ui.gallery.TaskGallery;
import io.alephmonitor.ui.status.FinishNotifier;
import io.alephmonitor.ui.status.PauseBanner;
import io.alephmonitor.ui.status.PollingStatusBar;
import io.alephmonitor.ui.status.UndoBar;
import io.alephmonitor.ui.status.UnrecognisedBar;
import io.alephmonitor.ui.tasks.TableLayout;
import io.alephmonitor.ui.tasks.TaskTable;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The main window's content: header, filters, the task table or gallery beside the detail pane,
 * the undo bar and the status bar. Plain Java; the app puts it in a Scene and wires the hooks.
 */
public final class MainWindow extends BorderPane {

    private final TaskListViewModel model;
    private final MainToolbar toolbar;
    private final FilterBar filterBar;
    private final TaskTable table;
    private final TaskGallery gallery;
    private final VBox top = new VBox();
    private final StackPane viewHolder = new StackPane();
    private final DetailSplit split = new DetailSplit(viewHolder);
    private final UndoBar undoBar = new UndoBar();
    private final FinishNotifier notifier;
    private final TaskActions actions;
    private final SharedSelection selection;
    private final PlayerRegistry players = new PlayerRegistry();
    private final ObjectProperty<ViewMode> viewMode = new SimpleObjectProperty<>(this, "viewMode", ViewMode.TABLE);
    private final Timeline ticker;
    private Runnable onOpenSettings = () -> { };
    private TaskCreator taskCreator;
    private Runnable onExport = () -> { };
    private Runnable onBatches = () -> { };
    private Runnable onImport = () -> { };
    private HelpActions help = HelpActions.NONE;
    private LibraryDrops libraryDrops = LibraryDrops.NONE;

    /**
     * @param tracker the engine
     * @param clock   the time elapsed and relative times are measured against
     * @param desktop OS actions (open folder, browser), wired to HostServices by the app
     * @param images  where gallery thumbnails come from (the app's bounded cache)
     */
    public MainWindow(TaskTracker tracker, Clock clock, DesktopActions desktop, ImageSource images) {
        getStyleClass().add("main-window");
        setId("mainWindow");
        model = new TaskListViewModel(tracker, clock);
        toolbar = new MainToolbar(model.kindNames());
        filterBar = new FilterBar(model);
        table = new TaskTable(model.sortedRows(), model.sortOrderProperty(), model.nowProperty(), model.kindNames(),
                model.orderFollowsTaskChangesProperty());
        gallery = new TaskGallery(model.sortedRows(), model.nowProperty(), images);
        selection = new SharedSelection(model, table, gallery);
        actions = new TaskActions(model, () -> selection.rows(viewMode.get()), desktop, undoBar);
        notifier = new FinishNotifier(this, model::now);
        model.addFinishListener(notifier);

        actions.setRemakeHook(this::remake);
        actions.setCompareOpener(pair -> new CompareWindow(getScene() == null ? null : getScene().getWindow(),
                pair, images, players).show());
        table.setContextMenu(actions.contextMenu());
        javafx.scene.control.CheckMenuItem groupFamilies = new javafx.scene.control.CheckMenuItem("Group families");
        groupFamilies.setId("menuGroupFamilies");
        groupFamilies.selectedProperty().bindBidirectional(table.groupFamiliesProperty());
        table.getContextMenu().getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), groupFamilies);
        table.setStarToggle(model::toggleStar);
        gallery.setContextMenu(actions.contextMenu());
        viewHolder.getChildren().setAll(table);

        PauseBanner banner = new PauseBanner(model.pollingStateProperty(), () -> onOpenSettings.run());
        setTop(top);
        UnrecognisedBar unrecognised = new UnrecognisedBar(model.unrecognisedProperty(), model.kindNames(),
                model.defaultKindProperty(), model::addUnrecognisedAs, model::dismissUnrecognised);
        HBox.setHgrow(filterBar, Priority.ALWAYS);
        HBox filterLine = new HBox(filterBar, toolbar.viewSwitch);
        filterLine.setAlignment(Pos.CENTER_LEFT);
        filterLine.getStyleClass().add("filter-line");
        top.getChildren().setAll(toolbar, filterLine, new FilterChips(model), unrecognised, banner);
        table.setPlaceholder(new EmptyResult(model));
        setCenter(split.node());
        setBottom(new VBox(undoBar, new PollingStatusBar(model.pollingStateProperty(), model.nowProperty())));

        wireToolbar();
        selection.currentProperty().addListener((obs, old, row) -> split.show(row != null));
        WindowInput.installShortcuts(this, model, actions, filterBar);
        WindowInput.acceptDrops(this, model, () -> libraryDrops);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });
    }

    private void wireToolbar() {
        toolbar.kindChooser.setValue(model.defaultKindProperty().get());
        toolbar.kindChooser.valueProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                model.defaultKindProperty().set(kind);
            }
        });
        model.defaultKindProperty().addListener((obs, old, kind) -> toolbar.kindChooser.setValue(kind));
        toolbar.pasteField.setOnAction(e -> addFromPasteField());
        // Nothing added: the text stays in the field for correction, while the bar offers any unrecognised tokens.
        toolbar.pasteField.setOnBlockPaste(block -> addedAny(model.addFromText(block)));
        toolbar.add.setOnAction(e -> addFromPasteField());
        toolbar.newTask.setOnAction(e -> openNewTask());
        toolbar.newTask.setDisable(true);
        toolbar.checkAll.setOnAction(e -> model.checkAllNow());
        Runnable offerCompare = actions.compareItems(toolbar.compare, toolbar.compareWithSource);
        toolbar.more.setOnShowing(e -> offerCompare.run());
        toolbar.save.setOnAction(e -> actions.saveSelected());
        toolbar.remove.setOnAction(e -> actions.removeSelected());
        toolbar.settings.setOnAction(e -> onOpenSettings.run());
        toolbar.exportTasks.setOnAction(e -> onExport.run());
        toolbar.batches.setOnAction(e -> onBatches.run());
        toolbar.importTasks.setOnAction(e -> onImport.run());
        toolbar.copyDiagnostics.setOnAction(e -> help.copyDiagnostics());
        toolbar.openLogFolder.setOnAction(e -> help.openLogFolder());
        toolbar.about.setOnAction(e -> help.showAbout());
        toolbar.tableView.setOnAction(e -> viewMode.set(ViewMode.TABLE));
        toolbar.galleryView.setOnAction(e -> viewMode.set(ViewMode.GALLERY));
        viewMode.addListener((obs, old, mode) -> {
            boolean gallerySide = mode == ViewMode.GALLERY;
            viewHolder.getChildren().setAll(gallerySide ? gallery : table);
            toolbar.galleryView.setSelected(gallerySide);
            toolbar.tableView.setSelected(!gallerySide);
        });
        toolbar.remove.disableProperty().bind(selection.currentProperty().isNull());
    }

    private static boolean addedAny(AddReport report) {
        return !report.added().isEmpty() || !report.alreadyTracked().isEmpty();
    }

    private void addFromPasteField() {
        AddReport report = model.addFromText(toolbar.pasteField.getText());
        if (!addedAny(report)) {
            toolbar.pasteField.requestFocus(); // nothing found: leave the text for correction
        } else {
            toolbar.pasteField.clear();
        }
    }


    /** True while the detail side of the split is open (something is selected). */
    public boolean detailShown() {
        return split.shown();
    }

    /** Adds every task ID in the text (command line, a second launch, a drop); returns what happened. */
    public AddReport addFromText(String text) {
        return model.addFromText(text);
    }

    /** Shows a permanent strip at the very top saying this window runs on demo data, with a link to Settings. */
    public void showDemoBanner(String text) {
        Label demo = new Label(text, new FontIcon("mdi2f-flask-outline"));
        demo.setMinWidth(0);
        Hyperlink openSettings = new Hyperlink("Open Settings");
        openSettings.setId("demoOpenSettings");
        openSettings.setMinWidth(USE_PREF_SIZE);
        openSettings.setOnAction(e -> onOpenSettings.run());
        HBox banner = new HBox(8, demo, openSettings);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        top.getChildren().addFirst(banner);
    }

    /** Shows the update notice under the toolbar (replacing an earlier one). */
    public void showUpdate(UpdateBanner banner) {
        top.getChildren().removeIf(UpdateBanner.class::isInstance);
        top.getChildren().add(banner);
    }

    /** Puts the detail pane (built elsewhere) on the right side of the split. */
    public void setDetailPane(Node detailPane) {
        split.setDetailPane(detailPane);
    }

    /** The task selected in the table or gallery, following its updates; null when none. */
    public ReadOnlyObjectProperty<TrackedTask> selectedTaskProperty() {
        return selection.selectedTaskProperty();
    }

    /** Enables "New task": tasks are created through this and appear (selected) in the list. */
    public void setTaskCreator(TaskCreator creator) {
        this.taskCreator = creator;
        toolbar.newTask.setDisable(creator == null);
    }

    private void openNewTask() {
        if (taskCreator != null) {
            new CreateTaskDialog(taskCreator).showOver(getScene() == null ? null : getScene().getWindow(), this::select);
        }
    }

    /** Regenerate / Use as template: New task filled from the task's recorded parameters; the new task remembers it. */
    public void remake(TrackedTask task) {
        if (taskCreator != null && task != null) {
            CreateTaskDialog.remaking(taskCreator, task).ifPresentOrElse(
                    dialog -> dialog.showOver(getScene() == null ? null : getScene().getWindow(), this::select),
                    () -> model.setMessage("Task " + task.taskId() + " cannot be remade here: its settings are not known "
                            + "yet, or its kind has no documented create request. Check it again, or start a New task."));
        }
    }

    /** Where the row menu's follow-ups (Get 1080P, Get 4K, Extend) go: the detail pane asks, then starts them. */
    public void setFollowUpHook(java.util.function.BiConsumer<io.alephmonitor.model.FollowUp, TrackedTask> hook) {
        actions.setFollowUpHook(hook);
    }

    /** Selects the task's row, now or as soon as the tracker has published it. */
    public void select(String taskId) {
        selection.select(taskId);
    }

    /** Called by the Settings button and the paused banner's "Open Settings". */
    public void setHelpActions(HelpActions actions) {
        this.help = Objects.requireNonNull(actions);
    }

    /** A short notice in the window's corner that goes away by itself (a confirmation, say). */
    public void showNotice(String title, String text) {
        Notifications.create()
                .owner(getScene().getWindow())
                .title(title)
                .text(text)
                .graphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(4))
                .show();
    }

    public void setOnOpenSettings(Runnable hook) {
        this.onOpenSettings = Objects.requireNonNull(hook);
    }

    /** Called by Export… (the host asks for a file and writes the task list off the FX thread). */
    public void setOnExport(Runnable hook) {
        this.onExport = Objects.requireNonNull(hook);
    }

    /** Called by Batch of tasks… (the host opens the Batch window over the stored queue). */
    public void setOnBatches(Runnable hook) {
        this.onBatches = Objects.requireNonNull(hook);
    }

    /** Called with the files and folders dropped on the window (the host brings their tasks back). */
    public void setLibraryDrops(LibraryDrops drops) {
        this.libraryDrops = Objects.requireNonNull(drops);
    }

    /** Called by Import… (the host asks for a file, reads it off the FX thread and imports its tasks). */
    public void setOnImport(Runnable hook) {
        this.onImport = Objects.requireNonNull(hook);
    }

    /** Shows a short notice under the list (e.g. what an import did), hiding itself after a while. */
    public void showNotice(String message) {
        undoBar.show(message, null);
    }

    /** Called with the selected finished tasks on Save (button, Ctrl/Cmd+S, right-click). */
    public void setOnSave(Consumer<List<TrackedTask>> hook) {
        actions.setSaveHook(hook);
    }

    /** Whether finish/failure notices pop up; bind it to the setting. */
    public BooleanProperty notificationsEnabledProperty() {
        return notifier.enabledProperty();
    }

    public TableLayout tableLayout() {
        return table.tableLayout();
    }

    public void applyTableLayout(TableLayout layout) {
        table.applyTableLayout(layout);
    }

    /**
     * The split between the task list and the detail pane, 0..1, as last placed while the detail side
     * was open; persist and restore it. Setting it while the side is open moves the divider too.
     */
    public DoubleProperty dividerPositionProperty() {
        return split.dividerPositionProperty();
    }

    /**
     * The kind pasted, dropped and handed-over IDs are added as (the chooser beside the paste
     * field): a kind's id or {@link TrackedTask#AUTO_KIND}; persist and restore it.
     */
    public StringProperty defaultKindProperty() {
        return model.defaultKindProperty();
    }

    /** Table or gallery; persist and restore it. */
    public ObjectProperty<ViewMode> viewModeProperty() {
        return viewMode;
    }

    public TaskListViewModel model() {
        return model;
    }

    /** The finish/failure notices (count of shown notices, enabled switch). */
    public FinishNotifier finishNotifier() {
        return notifier;
    }

    /** The players the window's previews and comparisons come from: one plays at a time, a compared pair together. */
    public PlayerRegistry players() {
        return players;
    }

    public TaskActions actions() {
        return actions;
    }

    /** Stops the clock and the engine listener; call when the window closes. */
    public void dispose() {
        ticker.stop();
        model.dispose();
    }
}
