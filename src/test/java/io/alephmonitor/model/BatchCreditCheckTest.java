package io.alephmonitor.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The look at the balance before a batch: a warning, never a block. Balance call: https://docs.kie.ai (GET /api/v1/chat/credit). */
class BatchCreditCheckTest {

    @Test
    void enoughCreditsGiveNoWarning() {
        assertThat(BatchCreditCheck.warning(100.0, 10, 5.0)).isNull();
    }

    @Test
    void rowsTimesTheEstimateAboveTheBalanceAreWarnedAboutWithTheNumbers() {
        assertThat(BatchCreditCheck.warning(40.0, 10, 5.0)).contains("10 tasks", "5 credits each", "50 credits", "your 40");
    }

    @Test
    void anUnknownCostOrBalanceIsSaidToBeUnknown() {
        assertThat(BatchCreditCheck.warning(40.0, 10, null)).contains("unknown", "40 credits");
        assertThat(BatchCreditCheck.warning(null, 10, 5.0)).contains("could not be read");
    }
}
