package io.alephmonitor.ui.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "https://api.kie.ai", "https://proxy.example.com:8443/kie", "http://127.0.0.1:8787",
            "http://localhost:9000", "http://[::1]:8080"})
    void acceptableBaseUrls(String url) {
        assertThat(SettingsViewModel.apiBaseUrlProblem(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.kie.ai", "http://192.168.1.5:8080", "ftp://api.kie.ai", "api.kie.ai",
            "https://user:pw@api.kie.ai", "https://api.kie.ai/?x=1", "not a url"})
    void rejectedBaseUrlsSayWhy(String url) {
        assertThat(SettingsViewModel.apiBaseUrlProblem(url)).isNotBlank().endsWith(".");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 30, 600})
    void intervalsInRangeAreFine(int seconds) {
        assertThat(SettingsViewModel.pollIntervalProblem(seconds)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 601, -5})
    void intervalsOutOfRangeAreNot(int seconds) {
        assertThat(SettingsViewModel.pollIntervalProblem(seconds)).isEqualTo("Check every 10 to 600 seconds.");
    }
}
