package io.alephmonitor.ui.detail;

import io.alephmonitor.model.FollowUp;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.ImageCache;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detail pane's Family section: "Made from" its parent (a link that selects it, or "no longer tracked"), "Made
 * into" its children with their relation and status, and the follow-ups a finished Veo video offers
 * (https://docs.kie.ai/veo3-api/get-veo-3-4k-video: 4K costs extra credits, so it is asked about before sending).
 */
@ExtendWith(ApplicationExtension.class)
class FamilyViewTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private final List<TrackedTask> tracked = new ArrayList<>();
    private final List<String> started = new ArrayList<>();
    private final List<String> selected = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private boolean agree;
    private final List<FollowUp> running = new ArrayList<>();

    private final RecordingActions actions = new RecordingActions() {
        @Override
        public List<TrackedTask> trackedTasks() {
            return List.copyOf(tracked);
        }

        @Override
        public CompletableFuture<String> startFollowUp(FollowUp which, TrackedTask parent, String prompt) {
            started.add(which + " " + parent.taskId() + (prompt == null ? "" : " " + prompt));
            return CompletableFuture.completedFuture("Started.");
        }

        @Override
        public boolean followUpRunning(String taskId, FollowUp which) {
            return running.contains(which);
        }
    };
    private DetailPane pane;

    @Start
    void start(Stage stage) {
        pane = new DetailPane(actions, new ImageCache());
        pane.setFamilySelect(selected::add);
        pane.setFamilyAsker(new FamilyView.Asker() {
            @Override
            public boolean confirm(String title, String question) {
                questions.add(question);
                return agree;
            }

            @Override
            public String text(String title, String question) {
                questions.add(question);
                return agree ? "The camera rises" : null;
            }
        });
        stage.setScene(new Scene(new StackPane(pane), 700, 800));
        stage.show();
    }

    private static TrackedTask veo(String id, String prompt, TaskOrigin origin) {
        return new TrackedTask(id, "veo", AT, new TaskStatus.Succeeded("https://x/" + id + ".mp4", null, AT),
                new TaskParams(prompt, null, null, null, "16:9", null, null), AT, AT, null, null, null, null, null,
                null, null, null, origin);
    }

    private void show(FxRobot robot, TrackedTask task) {
        robot.interact(() -> pane.show(task));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFamilyShowsTheParentAndTheChildAndClickingSelectsThem(FxRobot robot) {
        TrackedTask parent = veo("a1b2c3d4e5f60718293a4b5c6d7e8f90", "A lighthouse at dawn", null);
        TrackedTask child = veo("a1b2c3d4e5f60718293a4b5c6d7e8f90-1080p", "A lighthouse at dawn",
                new TaskOrigin(parent.taskId(), TaskOrigin.Relation.HD_1080P));
        tracked.addAll(List.of(parent, child));

        show(robot, parent);
        Hyperlink childLink = robot.lookup(".family-child").queryAs(Hyperlink.class);
        assertThat(childLink.getText()).contains("A lighthouse at dawn");
        assertThat(robot.lookup("#family").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Made into:", "1080p of this · Succeeded");
        robot.interact(childLink::fire);
        assertThat(selected).containsExactly(child.taskId());

        show(robot, child);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Made from: 1080p of");
        robot.interact(() -> robot.lookup("#family-parent").queryAs(Hyperlink.class).fire());
        assertThat(selected).containsExactly(child.taskId(), parent.taskId());
    }

    @Test
    void aChildWhoseParentWasRemovedSaysItIsNoLongerTracked(FxRobot robot) {
        TrackedTask child = veo("veo_extend_task_xyz789", "More", new TaskOrigin("veo_task_abcdef123456",
                TaskOrigin.Relation.EXTENDED));
        tracked.add(child);

        show(robot, child);

        assertThat(robot.lookup("#family-parent-gone").queryAs(Label.class).getText())
                .startsWith("Made from: extension of ").endsWith("(no longer tracked)");
    }

    @Test
    void get4kNamesItsExtraCreditsAndSendsNothingOnCancel(FxRobot robot) {
        TrackedTask parent = veo("a1b2c3d4e5f60718293a4b5c6d7e8f90", "A lighthouse at dawn", null);
        tracked.add(parent);
        show(robot, parent);
        agree = false;

        robot.interact(() -> robot.lookup("#follow-up-get-4k").queryAs(Button.class).fire());

        assertThat(questions).singleElement().asString().contains("extra credits");
        assertThat(started).isEmpty();
        assertThat(robot.lookup("#family-outcome").queryAs(Label.class).getText()).isEqualTo("Nothing was sent.");
    }

    @Test
    void get4kIsSentOnceTheUserAgrees(FxRobot robot) {
        TrackedTask parent = veo("a1b2c3d4e5f60718293a4b5c6d7e8f90", "A lighthouse at dawn", null);
        tracked.add(parent);
        show(robot, parent);
        agree = true;

        robot.interact(() -> robot.lookup("#follow-up-get-4k").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(started).containsExactly("GET_4K " + parent.taskId());
        assertThat(robot.lookup("#family-outcome").queryAs(Label.class).getText()).isEqualTo("Started.");
    }

    @Test
    void get1080pIsSentWithoutAQuestionAndExtendAsksHowTheVideoGoesOn(FxRobot robot) {
        TrackedTask parent = veo("a1b2c3d4e5f60718293a4b5c6d7e8f90", "A lighthouse at dawn", null);
        tracked.add(parent);
        show(robot, parent);
        agree = true;

        robot.interact(() -> robot.lookup("#follow-up-get-1080p").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#follow-up-extend").queryAs(Button.class).fire());

        assertThat(questions).containsExactly("How does the video go on?");
        assertThat(started).containsExactly("GET_1080P " + parent.taskId(), "EXTEND " + parent.taskId() + " The camera rises");
    }

    @Test
    void a1080pCopyOffersNoFurtherUpgradesAndATaskWithoutFamilyHidesTheSection(FxRobot robot) {
        TrackedTask copy = veo("p-1080p", "x", new TaskOrigin("p", TaskOrigin.Relation.HD_1080P));
        show(robot, copy);
        assertThat(robot.lookup("#follow-up-get-1080p").tryQuery()).isEmpty();

        TrackedTask aleph = new TrackedTask("ee603959-debb-48d1-98c4-a6d1c717eba6", "aleph", AT, new TaskStatus.Pending(),
                TaskParams.EMPTY, null, null, null, null, null, null, null);
        show(robot, aleph);
        assertThat(robot.lookup("#family").queryAs(javafx.scene.layout.VBox.class).isVisible()).isFalse();
    }

    @Test
    void sunosToolsAskForTheCallbackAddressKieAiRequiresAndSendNothingWithoutOne(FxRobot robot) {
        TrackedTask song = new TrackedTask("5c79aa00be8e5c79aa00be8e5c79be8e", "suno", AT, TaskStatus.Succeeded.of(List.of(
                new io.alephmonitor.model.ResultFile.Audio("https://x/a.mp3", null, "Sea song", null, null, null, "track-1")), AT),
                TaskParams.EMPTY, AT, AT, null, null, null, null, null);
        tracked.add(song);
        show(robot, song);

        agree = false;
        robot.interact(() -> robot.lookup("#follow-up-suno-wav").queryAs(Button.class).fire());
        assertThat(started).isEmpty();
        assertThat(questions).singleElement().asString().contains("callback address");

        agree = true;
        robot.interact(() -> robot.lookup("#follow-up-suno-stems").queryAs(Button.class).fire());
        assertThat(started).containsExactly("SUNO_STEMS " + song.taskId() + " The camera rises");
    }

    @Test
    void a1080pFetchUnderWayShowsOnItsButtonAndCannotBeStartedTwice(FxRobot robot) {
        TrackedTask parent = veo("a1b2c3d4e5f60718293a4b5c6d7e8f90", "A lighthouse at dawn", null);
        tracked.add(parent);
        running.add(FollowUp.GET_1080P);

        show(robot, parent);

        Button button = robot.lookup("#follow-up-get-1080p").queryAs(Button.class);
        assertThat(button.getText()).isEqualTo("Getting 1080P…");
        assertThat(button.isDisabled()).isTrue();
        assertThat(robot.lookup("#follow-up-get-4k").queryAs(Button.class).isDisabled()).isFalse();
    }
}
