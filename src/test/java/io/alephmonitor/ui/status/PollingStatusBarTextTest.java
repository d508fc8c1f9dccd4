package io.alephmonitor.ui.status;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollingStatusBarTextTest {

    @Test
    void creditsReadAsPeopleWriteThem() {
        assertThat(PollingStatusBar.creditsText(1280)).isEqualTo("1,280 credits");
        assertThat(PollingStatusBar.creditsText(12.5)).isEqualTo("12.5 credits");
        assertThat(PollingStatusBar.creditsText(0)).isEqualTo("0 credits");
    }
}
