package io.alephmonitor.ui.status;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollingStatusBarTextTest {

    @Test
    void creditsReadAsPeopleWriteThem() {
        assertThat(PollingStatusBar.creditsText(1280)).isEqualTo("Credits: 1,280");
        assertThat(PollingStatusBar.creditsText(12.5)).isEqualTo("Credits: 12.5");
        assertThat(PollingStatusBar.creditsText(1234.5)).isEqualTo("Credits: 1,234.5");
        assertThat(PollingStatusBar.creditsText(0)).isEqualTo("Credits: 0");
    }
}
