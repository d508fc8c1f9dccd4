package io.alephmonitor.app;

import io.alephmonitor.settings.FileApiKeyStore;
import io.alephmonitor.settings.ProxySetting;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.UpdateChoice;
import io.alephmonitor.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy and the update check go from the settings into the dialog and back. */
class SettingsFlowNetworkTest {

    private static SettingsViewModel dialogFor(Settings settings) {
        return SettingsFlow.toViewModel(settings, "", new FileApiKeyStore(Path.of("/nonexistent-aleph-test")),
                Path.of("/lib"), "");
    }

    @Test
    void theProxyChosenComesBackAndItsPasswordIsNotPartOfTheSettings() {
        Settings stored = Settings.DEFAULTS.withProxy(ProxySetting.http("corp.proxy", 8080, "ana"));
        SettingsViewModel model = dialogFor(stored);
        assertThat(model.network().hostProperty().get()).isEqualTo("corp.proxy");
        assertThat(model.network().portProperty().get()).isEqualTo("8080");

        model.network().passwordProperty().set("s3cret");
        model.network().modeProperty().set(ProxySetting.Mode.NONE);
        Settings accepted = SettingsFlow.fromViewModel(stored, model);

        assertThat(accepted.proxy()).isEqualTo(new ProxySetting(ProxySetting.Mode.NONE, "corp.proxy", 8080, "ana"));
        assertThat(accepted.toString()).doesNotContain("s3cret");
    }

    @Test
    void leavingTheUpdateCheckOffKeepsItNotAskedAndTurningItOnKeepsTheLastCheck() {
        Instant last = Instant.parse("2026-12-01T08:00:00Z");
        Settings notAsked = Settings.DEFAULTS.withUpdates(new UpdateChoice(null, last));

        SettingsViewModel model = dialogFor(notAsked);
        assertThat(SettingsFlow.fromViewModel(notAsked, model).updates()).isEqualTo(new UpdateChoice(null, last));

        model.network().updateChecksProperty().set(true);
        Settings agreed = SettingsFlow.fromViewModel(notAsked, model);
        assertThat(agreed.updates()).isEqualTo(new UpdateChoice(true, last));

        SettingsViewModel again = dialogFor(agreed);
        assertThat(again.network().updateChecksProperty().get()).isTrue();
        again.network().updateChecksProperty().set(false);
        assertThat(SettingsFlow.fromViewModel(agreed, again).updates().allowed()).isFalse();
    }
}
