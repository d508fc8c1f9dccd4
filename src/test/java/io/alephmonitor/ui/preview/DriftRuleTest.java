package io.alephmonitor.ui.preview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the follower of a compared pair is moved back to the leader. */
class DriftRuleTest {

    @Test
    void withinAFrameOfEachOtherNothingIsNudged() {
        assertThat(DriftRule.shouldNudge(2.00, 2.03, Double.NaN)).isFalse();
        assertThat(DriftRule.shouldNudge(2.03, 2.00, Double.NaN)).isFalse();
    }

    @Test
    void moreThanAFrameApartTheFollowerIsNudgedEitherWay() {
        assertThat(DriftRule.shouldNudge(2.00, 2.10, Double.NaN)).isTrue();
        assertThat(DriftRule.shouldNudge(2.10, 2.00, Double.NaN)).isTrue();
    }

    @Test
    void aNudgeIsNotRepeatedWithinASecondOfPlaying() {
        assertThat(DriftRule.shouldNudge(2.50, 2.70, 2.00)).isFalse();
        assertThat(DriftRule.shouldNudge(3.00, 3.20, 2.00)).isTrue();
    }

    @Test
    void unknownPositionsAreLeftAlone() {
        assertThat(DriftRule.shouldNudge(Double.NaN, 1.0, Double.NaN)).isFalse();
        assertThat(DriftRule.shouldNudge(1.0, Double.POSITIVE_INFINITY, Double.NaN)).isFalse();
    }
}
