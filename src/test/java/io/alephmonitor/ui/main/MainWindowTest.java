package io.alephmonitor.ui.main;

import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.settings.Settings.ColumnLayout;
import io.alephmonitor.settings.Settings.SortKey;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollingState;
import io.alephmonitor.ui.status.PauseBanner;
import io.alephmonitor.ui.tasks.StatusLook;
import io.alephmonitor.ui.tasks.TableLayout;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String ID_A = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final String ID_B = "0a1b2c3d-1111-4222-8333-944455566677";
    private static final String ID_C = "f0e1d2c3-b4a5-4697-8889-aabbccddeeff";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private FakeTaskTracker tracker;
    @TempDir
    Path config;
    private MainWindow window;
    private final List<List<TrackedTask>> saveRequests = new ArrayList<>();
    private int settingsOpened;

    @Start
    void start(Stage stage) {
        tracker = new FakeTaskTracker(clock);
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "A fox in the snow", clock.instant()),
                SampleTasks.task(SampleTasks.id(2), SampleTasks.succeeded(SampleTasks.id(2), clock.instant()), "Red car at night", clock.instant()));
        window = new MainWindow(tracker, clock, DesktopActions.NONE, new io.alephmonitor.ui.preview.ImageCache());
        window.setOnSave(saveRequests::add);
        window.setOnOpenSettings(() -> settingsOpened++);
        Scene scene = new Scene(window, 1200, 760);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TableView<TaskRowViewModel> table(FxRobot robot) {
        return robot.lookup("#taskTable").queryTableView();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#addMessage").queryAs(Label.class).getText();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void putOnClipboard(String text) {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Test
    void pastingABlockWithThreeIdsAndJunkAddsThreeRowsAndSaysSo(FxRobot robot) {
        putOnClipboard("Here are my tasks:\n" + ID_A + "\n" + ID_B + " and " + ID_C + "\nthanks!");
        robot.clickOn("#pasteField").press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        assertThat(table(robot).getItems()).hasSize(5);
        assertThat(message(robot)).isEqualTo("3 added, 2 lines had no task ID");
        assertThat(robot.lookup("#pasteField").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void exportAndImportInTheToolbarMenuCallTheHostAndANoticeShowsWhatHappened(FxRobot robot) {
        List<String> calls = new java.util.ArrayList<>();
        onFx(() -> {
            window.setOnExport(() -> calls.add("export"));
            window.setOnImport(() -> calls.add("import"));
        });

        robot.clickOn("#moreMenu").clickOn("Export tasks…");
        robot.clickOn("#moreMenu").clickOn("Import tasks…");
        onFx(() -> window.showNotice("Imported 12 tasks, 3 already tracked, 1 line skipped (line 7: no task ID)"));

        assertThat(calls).containsExactly("export", "import");
        assertThat(robot.lookup("#undoBar").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("Imported 12 tasks, 3 already tracked, 1 line skipped (line 7: no task ID)").tryQuery())
                .isPresent();
        assertThat(robot.lookup("#undoButton").queryAs(javafx.scene.Node.class).isVisible())
                .as("a notice offers nothing to undo").isFalse();
    }

    @Test
    void typingIdsInTheFieldAndPressingAddTracksThem(FxRobot robot) {
        TextField paste = robot.lookup("#pasteField").queryAs(TextField.class);
        onFx(() -> paste.setText(ID_A + ", " + ID_B + ", " + SampleTasks.id(1)));
        robot.clickOn("#addButton");

        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(message(robot)).isEqualTo("2 added, 1 already tracked");
        assertThat(paste.getText()).isEmpty();
    }

    @Test
    void aPasteWithoutAnyTaskIdAddsNothingAndKeepsTheTextForCorrection(FxRobot robot) {
        TextField paste = robot.lookup("#pasteField").queryAs(TextField.class);
        putOnClipboard("my task:\nee603959-debb-48d1 (cut short)");
        robot.clickOn(paste).press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(table(robot).getItems()).hasSize(2);
        assertThat(message(robot)).startsWith("No task ID found");
        assertThat(paste.getText()).isEqualTo("my task:  ee603959-debb-48d1 (cut short)");
    }

    @Test
    void aBatchOfStatusChangesUpdatesTheVisibleRows(FxRobot robot) {
        tracker.update(List.of(SampleTasks.id(1)),
                FakeTaskTracker.to(new TaskStatus.Failed(501, "The source video could not be read.")));
        WaitForAsyncUtils.waitForFxEvents();

        TaskRowViewModel row = window.model().row(SampleTasks.id(1));
        assertThat(row.status()).isInstanceOf(TaskStatus.Failed.class);
        Label failed = robot.lookup(".status-look").<Label>match(l -> "Failed".equals(l.getText())).query();
        assertThat(failed.getPseudoClassStates()).contains(StatusLook.FAILED.pseudoClass());
        assertThat(robot.lookup("The source video could not be read.").tryQuery()).isPresent();
    }

    @Test
    void theFilterFieldAndStatusSwitchNarrowTheRows(FxRobot robot) {
        robot.clickOn("#filterField").write("fox");
        assertThat(table(robot).getItems()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(1));

        onFx(() -> robot.lookup("#filterField").queryAs(TextField.class).clear());
        robot.clickOn("#statusFilterDone");
        assertThat(table(robot).getItems()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(2));
        robot.clickOn("#statusFilterActive");
        assertThat(table(robot).getItems()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(1));
    }

    @Test
    void deleteRemovesTheSelectedTaskAndUndoPutsItBack(FxRobot robot) {
        TrackedTask before = tracker.task(SampleTasks.id(1));
        onFx(() -> table(robot).getSelectionModel().select(window.model().row(SampleTasks.id(1))));
        robot.clickOn(robot.lookup("A fox in the snow").queryAs(Node.class));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

        assertThat(table(robot).getItems()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(2));
        assertThat(robot.lookup("#undoBar").queryAs(Node.class).isVisible()).isTrue();
        robot.clickOn("#undoButton");

        assertThat(tracker.task(SampleTasks.id(1))).isEqualTo(before);
        assertThat(table(robot).getItems()).hasSize(2);
    }

    @Test
    void aRejectedKeyShowsExactlyOnePauseBannerWithTheReason(FxRobot robot) {
        PollingState paused = new PollingState(1, null, PollingState.Pause.API_KEY_REJECTED, null, null);
        tracker.setPollingState(paused);
        tracker.setPollingState(paused); // the engine may repeat itself: still one banner
        WaitForAsyncUtils.waitForFxEvents();

        List<PauseBanner> banners = robot.lookup("#pauseBanner").queryAllAs(PauseBanner.class).stream()
                .filter(Node::isVisible).toList();
        assertThat(banners).hasSize(1);
        assertThat(banners.getFirst().text()).isEqualTo(PollingState.Pause.API_KEY_REJECTED.message());
        robot.clickOn("#pauseOpenSettings");
        assertThat(settingsOpened).isEqualTo(1);

        tracker.setPollingState(new PollingState(1, null, null, null, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pauseBanner").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void selectingARowPublishesItsTaskAndFollowsItsUpdates(FxRobot robot) {
        robot.clickOn(robot.lookup("Red car at night").queryAs(Node.class));
        assertThat(window.selectedTaskProperty().get().taskId()).isEqualTo(SampleTasks.id(2));

        tracker.update(List.of(SampleTasks.id(2)), t -> t.withLabel("favourite"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selectedTaskProperty().get().label()).isEqualTo("favourite");
    }

    @Test
    void shortcutVOutsideATextFieldAddsTheIdsOnTheClipboard(FxRobot robot) {
        putOnClipboard("from chat: " + ID_A);
        robot.clickOn(robot.lookup("Red car at night").queryAs(Node.class));
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        assertThat(tracker.task(ID_A)).isNotNull();
        assertThat(table(robot).getItems()).hasSize(3);
        assertThat(message(robot)).isEqualTo("1 added");
    }

    @Test
    void shortcutSAndF5ReachTheSaveHookAndTheEngine(FxRobot robot) {
        robot.clickOn(robot.lookup("Red car at night").queryAs(Node.class));
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        robot.press(KeyCode.F5).release(KeyCode.F5);

        assertThat(saveRequests).hasSize(1);
        assertThat(saveRequests.getFirst()).extracting(TrackedTask::taskId).containsExactly(SampleTasks.id(2));
        assertThat(tracker.checkAllNowCalls).isEqualTo(1);
    }

    @Test
    void aNoticeIsShownOncePerTaskThatFinishesWhileWatched(FxRobot robot) {
        tracker.update(List.of(SampleTasks.id(1)), t -> t.withStatus(SampleTasks.succeeded(t.taskId(), clock.instant())));
        tracker.update(List.of(SampleTasks.id(1)), t -> t.withSavedPath(java.nio.file.Path.of("fox.mp4")));
        tracker.update(List.of(SampleTasks.id(2)), t -> t.withLabel("was already done"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notifier().shownCount()).isEqualTo(1);
        assertThat(robot.lookup(".notification-bar").queryAll()).hasSize(1);
    }

    @Test
    void manyTasksFinishingInOneBatchGetOneSummaryNoticeInsteadOfOneEach(FxRobot robot) {
        List<TrackedTask> running = new ArrayList<>();
        for (int i = 10; i < 16; i++) {
            running.add(SampleTasks.task(SampleTasks.id(i), new TaskStatus.Running(), "Batch task " + i, clock.instant()));
        }
        tracker.pushBatch(running);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> ids = running.stream().map(TrackedTask::taskId).toList();
        tracker.update(ids.subList(0, 5), t -> t.withStatus(SampleTasks.succeeded(t.taskId(), clock.instant())));
        tracker.update(ids.subList(5, 6), FakeTaskTracker.to(new TaskStatus.Failed(400, "moderated")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notifier().shownCount()).isEqualTo(2);
        assertThat(robot.lookup(".notification-bar .title").queryAll())
                .extracting(n -> ((Label) n).getText())
                .contains("5 tasks finished");
    }

    @Test
    void noticesStayQuietWhenTheSettingIsOff(FxRobot robot) {
        onFx(() -> window.notificationsEnabledProperty().set(false));
        tracker.update(List.of(SampleTasks.id(1)), FakeTaskTracker.to(new TaskStatus.Failed(1, "boom")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notifier().shownCount()).isZero();
    }

    @Test
    void theTableLayoutRoundTripsColumnOrderWidthsAndSort(FxRobot robot) {
        TableLayout saved = new TableLayout(
                List.of(new ColumnLayout("prompt", 250, true), new ColumnLayout("status", 140, true),
                        new ColumnLayout("result", 180, false)),
                List.of(new SortKey("prompt", true)));
        onFx(() -> window.applyTableLayout(saved));

        TableLayout now = window.tableLayout();
        assertThat(now.columns()).extracting(ColumnLayout::id)
                .containsExactly("star", "prompt", "status", "result", "id", "kind", "added", "elapsed");
        assertThat(now.columns().get(3).visible()).isFalse();
        assertThat(now.sortOrder()).containsExactly(new SortKey("prompt", true));
        assertThat(table(robot).getItems()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(1), SampleTasks.id(2));
    }

    @Test
    void theKindColumnShowsEachTasksKindSortsAndKeepsItsPlaceInTheLayout(FxRobot robot) {
        onFx(() -> tracker.pushBatch(List.of(TrackedTask.added("veo_task_abcdef123456", "veo", clock.instant()),
                TrackedTask.added(ID_A, TrackedTask.AUTO_KIND, clock.instant()))));
        onFx(() -> window.applyTableLayout(new TableLayout(
                List.of(new ColumnLayout("kind", 150, true), new ColumnLayout("id", 100, true)),
                List.of(new SortKey("kind", true)))));

        assertThat(window.tableLayout().columns().get(1)).as("after the star, which a layout saved before it existed puts first").isEqualTo(new ColumnLayout("kind", 150, true));
        assertThat(window.tableLayout().sortOrder()).containsExactly(new SortKey("kind", true));
        assertThat(table(robot).getItems()).extracting(row -> row.task().kind())
                .as("sorted by the names shown: Aleph, Aleph, Detecting…, Veo")
                .containsExactly("aleph", "aleph", TrackedTask.AUTO_KIND, "veo");
        assertThat(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "kind".equals(c.getTableColumn().getId()) && c.getText() != null)
                .map(javafx.scene.control.TableCell::getText).toList())
                .containsExactlyInAnyOrder("Aleph", "Aleph", "Detecting…", "Veo");
        assertThat(robot.lookup(".task-id-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.TableCell::getText).toList()).as("a prefixed ID shows its distinct end")
                .contains("ef123456");
    }

    @Test
    void theChosenKindIsUsedForPastesAndComesBackAfterARestart(FxRobot robot) throws Exception {
        assertThat(window.defaultKindProperty().get()).isEqualTo(TrackedTask.AUTO_KIND);
        robot.clickOn("#kindChooser").clickOn("Market model");
        putOnClipboard(ID_A);
        robot.clickOn("#pasteField").press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(tracker.lastAddedKind).isEqualTo("market");

        // What the app does: the choice goes into settings.json, and the next start puts it back.
        new SettingsStore(config).save(Settings.DEFAULTS.withDefaultKind(window.defaultKindProperty().get()));
        Settings reloaded = new SettingsStore(config).load().settings();
        MainWindow restarted = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(tracker, clock, DesktopActions.NONE, new io.alephmonitor.ui.preview.ImageCache());
            w.defaultKindProperty().set(reloaded.defaultKind());
            return w;
        }).get();

        assertThat(reloaded.defaultKind()).isEqualTo("market");
        assertThat(restarted.lookup("#kindChooser")).isInstanceOfSatisfying(javafx.scene.control.ComboBox.class,
                chooser -> assertThat(chooser.getValue()).isEqualTo("market"));
        onFx(restarted::dispose);
    }

    @Test
    void clickingAGalleryTileSelectsTheSameTaskAsTheTable(FxRobot robot) {
        robot.clickOn("#galleryViewToggle");
        WaitForAsyncUtils.waitForFxEvents();
        Node foxTile = robot.lookup(".gallery-cell")
                .match((Node n) -> n.getScene() != null && n.isVisible()
                        && ((javafx.scene.control.IndexedCell<?>) n).getItem() instanceof TaskRowViewModel r
                        && r.taskId().equals(SampleTasks.id(1)))
                .query();
        robot.clickOn(foxTile);

        assertThat(window.selectedTaskProperty().get().taskId()).isEqualTo(SampleTasks.id(1));
        robot.clickOn("#tableViewToggle");
        assertThat(table(robot).getSelectionModel().getSelectedItem().taskId()).isEqualTo(SampleTasks.id(1));
    }

    private io.alephmonitor.ui.status.FinishNotifier notifier() {
        return window.finishNotifier();
    }
}
