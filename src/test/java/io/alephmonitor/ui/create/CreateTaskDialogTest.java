package io.alephmonitor.ui.create;

import static io.alephmonitor.ui.create.NewTaskWindow.label;
import static io.alephmonitor.ui.create.NewTaskWindow.text;
import static io.alephmonitor.ui.create.NewTaskWindow.type;

import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.CreateExamples;
import io.alephmonitor.kie.KieJson;
import io.alephmonitor.kie.MarketKind;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.MarketForms;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.GlobalFault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated New task form over real HTTP against the simulator: one task of every documented
 * kind made through its form, problems shown as the user types, kie.ai's refusals landing in the
 * form with the input kept, and Regenerate of a pasted task. Pages: those cited by
 * {@code CreateBodiesTest} and {@code CreateDraftTest}.
 */
@ExtendWith(ApplicationExtension.class)
class CreateTaskDialogTest {

    private final NewTaskWindow app = new NewTaskWindow(Instant.parse("2026-12-04T09:00:00Z"));

    @Start
    void start(Stage stage) {
        app.show(stage, 1280, 800);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void oneTaskOfEveryKindIsCreatedThroughItsGeneratedFormAndTrackedAsItsKind(FxRobot robot) throws Exception {
        for (CreateForm form : CreateForms.all()) {
            open(robot);
            choose(robot, form);
            fill(robot, example(form));
            assertThat(send(robot).isDisabled()).as("%s: %s", form.id(), dialog(robot).model().problemsProperty().get())
                    .isFalse();

            robot.clickOn("#sendButton");
            awaitClosed(robot);

            TrackedTask made = app.tracker.tasks().getLast();
            assertThat(made.kind()).as(form.id()).isEqualTo(form.kindId());
            assertThat(app.sim.kindOf(made.taskId())).as(form.id()).isEqualTo(form.kindId());
            assertThat(made.origin()).isNull();
        }
        assertThat(app.tracker.tasks()).hasSize(CreateForms.all().size());
    }

    @Test
    void aSunoPromptTooLongWithoutCustomModeIsFlaggedAsYouTypeAndSendStaysDisabled(FxRobot robot) {
        open(robot);
        choose(robot, CreateForms.suno());
        assertThat(label(robot, "#error-prompt").isVisible()).as("not reproached before typing").isFalse();
        assertThat(label(robot, "#sendHint").isVisible()).isTrue();
        assertThat(send(robot).isDisabled()).isTrue();
        fill(robot, Map.of("callBackUrl", "https://example.com/cb", "prompt", "a".repeat(501)));

        assertThat(label(robot, "#error-prompt").isVisible()).isTrue();
        assertThat(label(robot, "#error-prompt").getText()).contains("501 characters").contains("at most 500");
        assertThat(label(robot, "#count-prompt").getText()).isEqualTo("501 / 500 characters");
        assertThat(send(robot).isDisabled()).isTrue();

        fill(robot, Map.of("customMode", "true", "style", "Lo-fi", "title", "Rain"));
        assertThat(label(robot, "#count-prompt").getText()).isEqualTo("501 / 5000 characters");
        assertThat(label(robot, "#error-prompt").isVisible()).isFalse();
        fill(robot, Map.of("customMode", "false"));

        fill(robot, Map.of("prompt", "a".repeat(500)));
        assertThat(label(robot, "#error-prompt").isVisible()).isFalse();
        assertThat(send(robot).isDisabled()).isFalse();
    }

    @Test
    void aTenSecondRunwayVideoIn1080pIsRefusedBeforeAnythingIsSent(FxRobot robot) {
        open(robot);
        choose(robot, CreateForms.runway());
        fill(robot, Map.of("prompt", "A cat on a roof", "duration", "10", "quality", "1080p"));

        assertThat(label(robot, "#error-quality").getText()).contains("a 10 s video cannot be 1080p");
        assertThat(send(robot).isDisabled()).isTrue();

        fill(robot, Map.of("quality", "720p"));
        assertThat(label(robot, "#error-quality").isVisible()).isFalse();
        assertThat(send(robot).isDisabled()).isFalse();
    }

    @Test
    void whatTheRawJsonAddsIsSentAndKieAisRefusalOfItLandsInTheFormWithTheInputKept(FxRobot robot) {
        open(robot);
        choose(robot, MarketForms.klingTextToVideo());
        fill(robot, Map.of("prompt", "A paper boat on a rainy street"));

        showRaw(robot, true);
        String body = text(robot, "#rawJson");
        assertThat(body).contains("\"model\" : \"kling-2.6/text-to-video\"").contains("A paper boat on a rainy street");
        type(robot, "#rawJson", body.replaceFirst("\\{", "{\n  \"callBackUrl\" : 5,"));
        assertThat(label(robot, "#rawJsonError").isVisible()).isFalse();
        robot.clickOn("#sendButton");
        awaitFailure(robot);

        assertThat(label(robot, "#createError").getText()).contains("callBackUrl must be a string");
        assertThat(dialogOpen(robot)).isTrue();
        assertThat(text(robot, "#rawJson")).contains("\"callBackUrl\" : 5");
        showRaw(robot, false);
        assertThat(text(robot, "#field-prompt")).isEqualTo("A paper boat on a rainy street");
        assertThat(app.tracker.tasks()).isEmpty();
    }

    @Test
    void aMarketModelWithoutADescriptionIsCreatedFromItsIdAndItsInputJson(FxRobot robot) throws Exception {
        open(robot);
        CreateFormViewModel model = dialog(robot).model();
        CreateForm other = model.forms().stream().filter(CreateFormViewModel::isRawMarket).findFirst().orElseThrow();
        choose(robot, other);
        assertThat(send(robot).isDisabled()).as("no model id yet").isTrue();

        type(robot, "#marketModelId", "grok-imagine/text-to-image");
        fill(robot, Map.of("input", "{\"prompt\": \"Cinematic portrait\", \"aspect_ratio\": \"3:2\"}"));
        assertThat(model.forms().stream().filter(CreateFormViewModel::isRawMarket)).hasSize(1);
        assertThat(send(robot).isDisabled()).isFalse();
        robot.clickOn("#sendButton");
        awaitClosed(robot);

        TrackedTask made = app.tracker.tasks().getLast();
        JsonNode sent = app.sim.createdMarketTask(made.taskId());
        assertThat(sent.get("model").asText()).isEqualTo("grok-imagine/text-to-image");
        assertThat(sent.get("input").get("aspect_ratio").asText()).isEqualTo("3:2");
    }

    @Test
    void overTheCreationLimitTheWaitLandsInTheFormAndNothingIsLost(FxRobot robot) {
        io.alephmonitor.kie.CreateRequest flux = request(CreateForms.fluxKontext(), example(CreateForms.fluxKontext()));
        for (int i = 0; i < io.alephmonitor.kie.CreationLimit.MAX_CREATIONS; i++) {
            app.creator.create(flux).join();
        }
        open(robot);
        choose(robot, CreateForms.fluxKontext());
        fill(robot, Map.of("prompt", "A lighthouse in a storm"));

        robot.clickOn("#sendButton");
        awaitFailure(robot);

        assertThat(label(robot, "#createError").getText()).contains("wait");
        assertThat(dialogOpen(robot)).isTrue();
        assertThat(text(robot, "#field-prompt")).isEqualTo("A lighthouse in a storm");
    }

    private static io.alephmonitor.kie.CreateRequest request(CreateForm form, Map<String, String> values) {
        return ((io.alephmonitor.kie.CreateBodies.Built.Ready) io.alephmonitor.kie.CreateBodies.build(form, values)).request();
    }

    @Test
    void withoutCreditsTheRefusalLandsInTheFormAndEverythingTypedStays(FxRobot robot) {
        app.sim.setGlobalFault(GlobalFault.NO_CREDITS);
        open(robot);
        choose(robot, CreateForms.luma());
        fill(robot, Map.of("prompt", "A futuristic cityscape", "videoUrl", "https://example.com/video.mp4"));

        robot.clickOn("#sendButton");
        awaitFailure(robot);

        assertThat(label(robot, "#createError").getText()).containsIgnoringCase("credits");
        assertThat(dialogOpen(robot)).isTrue();
        assertThat(text(robot, "#field-prompt")).isEqualTo("A futuristic cityscape");
        assertThat(text(robot, "#field-videoUrl")).isEqualTo("https://example.com/video.mp4");
        assertThat(send(robot).isDisabled()).isFalse();
    }

    @Test
    void regeneratingAPastedMarketTaskWithAChangedPromptMakesANewTakeWithTheOldOtherInputs(FxRobot robot)
            throws Exception {
        TrackedTask pasted = pastedKlingTask();
        robot.interact(() -> app.tracker.pushBatch(java.util.List.of(pasted)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.window.select(pasted.taskId()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window.selectedTaskProperty().get() != null);

        robot.interact(() -> robot.lookup(".table-view").query().requestFocus());
        robot.push(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogOpen(robot)).isTrue();
        assertThat(label(robot, "#remadeFrom").getText()).contains(pasted.taskId());
        assertThat(dialog(robot).model().form()).isEqualTo(MarketForms.klingTextToVideo());
        assertThat(text(robot, "#field-prompt")).isEqualTo("A paper boat on a rainy street");
        fill(robot, Map.of("prompt", "A paper boat on a sunny street"));
        robot.clickOn("#sendButton");
        awaitClosed(robot);

        TrackedTask remade = app.tracker.tasks().stream().filter(t -> !t.taskId().equals(pasted.taskId()))
                .findFirst().orElseThrow();
        assertThat(remade.origin()).isEqualTo(new TaskOrigin(pasted.taskId(), TaskOrigin.Relation.REMADE));
        JsonNode sent = app.sim.createdMarketTask(remade.taskId());
        assertThat(sent.get("model").asText()).isEqualTo("kling-2.6/text-to-video");
        assertThat(sent.get("input").get("prompt").asText()).isEqualTo("A paper boat on a sunny street");
        assertThat(sent.get("input").get("aspect_ratio").asText()).isEqualTo("9:16");
        assertThat(sent.get("input").get("duration").asText()).isEqualTo("10");
        assertThat(sent.get("input").get("sound").asBoolean()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.window.selectedTaskProperty().get() != null
                        && app.window.selectedTaskProperty().get().taskId().equals(remade.taskId()));
    }

    /** A Kling task made on kie.ai (here: the simulator) outside the app, pasted, and polled once for its record. */
    private TrackedTask pastedKlingTask() {
        ObjectNode input = KieJson.MAPPER.createObjectNode().put("prompt", "A paper boat on a rainy street")
                .put("sound", true).put("aspect_ratio", "9:16").put("duration", "10");
        String id = ((ApiResult.Ok<String>) app.client.create(io.alephmonitor.kie.CreateBodies.market(
                "kling-2.6/text-to-video", input))).value();
        ApiResult<TaskSnapshot> polled = app.client.poll(new MarketKind(), id);
        assertThat(polled).isInstanceOf(ApiResult.Ok.class);
        return TrackedTask.added(id, "market", app.clock.instant()).withPoll(((ApiResult.Ok<TaskSnapshot>) polled).value());
    }

    /** The docs' example for the form, typed in (links made https); Kling's page shows its fields only. */
    private static Map<String, String> example(CreateForm form) {
        String file = switch (form.id()) {
            case "veo" -> "veo-generate-request.json";
            case "runway" -> "runway-generate-request.json";
            case "flux-kontext" -> "flux-kontext-generate-request.json";
            case "gpt4o-image" -> "gpt4o-image-generate-request.json";
            case "midjourney" -> "mj-generate-request.json";
            case "suno" -> "suno-generate-request.json";
            case "luma" -> "luma-modify-generate-request.json";
            case "market:bytedance/seedance-1.5-pro" -> "market-seedance-1-5-pro-request.json";
            case "market:nano-banana-2" -> "market-nano-banana-2-request.json";
            case "market:elevenlabs/text-to-speech-multilingual-v2" -> "market-elevenlabs-multilingual-v2-request.json";
            default -> null;
        };
        if (file == null) {
            return Map.of("prompt", "A paper boat on a rainy street", "sound", "true", "aspect_ratio", "16:9");
        }
        Map<String, String> values = new LinkedHashMap<>(CreateExamples.typedExample(form, file));
        values.replaceAll((name, value) -> value.replace("http://", "https://"));
        return values;
    }

    private void open(FxRobot robot) {
        robot.clickOn("#newTaskButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CreateTaskDialog dialog(FxRobot robot) {
        return CreateTaskDialog.owning(robot.lookup("#createTaskDialog").query());
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, CreateForm form) {
        ComboBox<CreateForm> chooser = robot.lookup("#formChooser").queryComboBox();
        robot.interact(() -> chooser.setValue(form));
        assertThat(dialog(robot).model().form()).isEqualTo(form);
    }

    /** Types each value into its generated control (text, check box or list of choices). */
    @SuppressWarnings("unchecked")
    private void fill(FxRobot robot, Map<String, String> values) {
        values.forEach((name, value) -> {
            Node control = robot.lookup("#field-" + name).query();
            robot.interact(() -> {
                switch (control) {
                    case TextInputControl text -> text.setText(value);
                    case CheckBox box -> box.setSelected(Boolean.parseBoolean(value));
                    case ComboBox<?> choices -> ((ComboBox<String>) choices).setValue(value);
                    default -> throw new AssertionError("no control for " + name);
                }
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showRaw(FxRobot robot, boolean raw) {
        TabPane tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().filter(t -> t.getTabs().stream()
                        .anyMatch(tab -> "rawTab".equals(tab.getId()))).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(raw ? 1 : 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button send(FxRobot robot) {
        return robot.lookup("#sendButton").queryButton();
    }

    private boolean dialogOpen(FxRobot robot) {
        return robot.lookup("#createTaskDialog").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    private void awaitClosed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogOpen(robot));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitFailure(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#createError").isVisible());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("kie.ai's refusal never showed", e);
        }
    }
}
