package io.alephmonitor.tracking;

import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.MarketForms;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of a batch: one prompt × N seeds, or a CSV/JSON list whose columns are the form's field names; bad rows
 * are reported by their line and left out. Veo's create page: https://docs.kie.ai/veo3-api/generate-veo-3-video
 * (field {@code seeds}).
 */
class BatchPlanTest {

    @Test
    void onePromptTimesNSeedsGivesNRowsWithConsecutiveSeedsInTheFormsSeedField() {
        BatchPlan plan = BatchPlan.seeds(CreateForms.veo(), Map.of("prompt", "A kite"), 3, 20_000);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).extracting(BatchPlan.Row::origin).containsExactly("seed 20000", "seed 20001", "seed 20002");
        assertThat(plan.rows()).extracting(row -> row.request().body().get("seeds").asLong())
                .containsExactly(20_000L, 20_001L, 20_002L);
        assertThat(plan.rows()).allSatisfy(row -> {
            assertThat(row.request().path()).isEqualTo("/api/v1/veo/generate");
            assertThat(row.prompt()).isEqualTo("A kite");
        });
    }

    @Test
    void aFormWithoutASeedFieldGivesNTakesOfTheSameRequest() {
        BatchPlan plan = BatchPlan.seeds(CreateForms.runway(),
                Map.of("prompt", "A kite", "duration", "5", "quality", "720p", "aspectRatio", "16:9"), 2, 1);

        assertThat(BatchPlan.seedField(CreateForms.runway())).isEmpty();
        assertThat(plan.rows()).extracting(BatchPlan.Row::origin).containsExactly("take 1", "take 2");
    }

    @Test
    void csvRowsTakeTheFormsValuesForWhatTheyLeaveOutAndBadRowsAreNamedByTheirLine() {
        String csv = """
                prompt,seeds
                A kite over dunes,10001
                "A kite, in the rain
                with thunder",10002
                ,10003
                A boat,ten
                """;
        BatchPlan plan = BatchPlan.csv(CreateForms.veo(), Map.of("aspect_ratio", "9:16"), csv);

        assertThat(plan.rows()).extracting(BatchPlan.Row::origin).containsExactly("line 2", "line 3");
        assertThat(plan.rows().get(1).prompt()).isEqualTo("A kite, in the rain\nwith thunder");
        assertThat(plan.rows()).allSatisfy(row -> assertThat(row.request().body().get("aspect_ratio").asText()).isEqualTo("9:16"));
        assertThat(plan.problems()).hasSize(2);
        assertThat(plan.problems().get(0)).startsWith("Line 5: ").contains("Prompt");
        assertThat(plan.problems().get(1)).startsWith("Line 6: ").contains("whole number");
    }

    @Test
    void aCsvColumnThatIsNoFieldOfTheFormIsReportedWithTheFieldsItCouldBe() {
        BatchPlan plan = BatchPlan.csv(CreateForms.veo(), Map.of(), "prompt,colour\nA kite,red\n");

        assertThat(plan.rows()).isEmpty();
        assertThat(plan.problems()).singleElement().asString()
                .startsWith("Line 1: colour is not a field of Veo 3.1").contains("prompt", "seeds");
    }

    @Test
    void jsonListRowsAreObjectsOfFieldNamesAndBadOnesAreNamedByTheirLine() {
        String json = """
                [
                  {"prompt": "A kite", "seeds": 10001},
                  {"prompt": "A boat", "colour": "red"},
                  "just text",
                  {"seeds": 10004}
                ]""";
        BatchPlan plan = BatchPlan.json(CreateForms.veo(), Map.of(), json);

        assertThat(plan.rows()).singleElement().satisfies(row -> {
            assertThat(row.origin()).isEqualTo("line 2");
            assertThat(row.request().body().get("seeds").asLong()).isEqualTo(10001);
        });
        assertThat(plan.problems()).hasSize(3);
        assertThat(plan.problems().get(0)).startsWith("Line 3: colour is not a field");
        assertThat(plan.problems().get(1)).startsWith("Line 4: not an object");
        assertThat(plan.problems().get(2)).startsWith("Line 5: ").contains("Prompt");
    }

    @Test
    void brokenJsonKeepsTheRowsBeforeTheBreakAndSaysWhereItBroke() {
        BatchPlan plan = BatchPlan.json(MarketForms.nanoBanana2(), Map.of(), "[\n{\"prompt\": \"A kite\"},\n{\"prompt\": \n");

        assertThat(plan.rows()).hasSize(1);
        assertThat(plan.problems()).singleElement().asString().startsWith("Line ").contains("JSON is broken");
    }

    @Test
    void somethingOtherThanAListIsExplainedWithAnExample() {
        assertThat(BatchPlan.json(CreateForms.veo(), Map.of(), "{\"prompt\": \"x\"}").problems())
                .singleElement().asString().contains("JSON array of objects");
        assertThat(BatchPlan.csv(CreateForms.veo(), Map.of(), "").problems())
                .singleElement().asString().contains("empty");
    }
}
