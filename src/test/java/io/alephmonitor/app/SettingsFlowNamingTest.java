package io.alephmonitor.app;

import io.alephmonitor.settings.Settings;
import io.alephmonitor.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The naming template and sidecar switch between the settings and the Settings dialog, and its preview. */
class SettingsFlowNamingTest {

    @Test
    void thePreviewNamesTheSampleTaskAsASaveWould() {
        assertThat(SettingsFlow.namePreview("{prompt}-{id}.{ext}")).isEqualTo("majestic-eagle-soaring-through-ee603959.mp4");
        assertThat(SettingsFlow.namePreview("")).as("empty: the names saves always had")
                .isEqualTo("majestic-eagle-soaring-through-ee603959.mp4");
        assertThat(SettingsFlow.namePreview("{kind}/{model}-{track}-{n}-{id:4}.{ext}"))
                .isEqualTo("aleph/veo3-fast-morning-flight-1-ee60.mp4");
    }

    @Test
    void aTemplateThatCannotWorkGivesItsMessage() {
        assertThatThrownBy(() -> SettingsFlow.namePreview("../{id}.{ext}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leave the library");
    }

    @Test
    void theDialogShowsTheTemplateInForceAndTheDefaultIsKeptAsNoTemplate() {
        SettingsViewModel model = SettingsFlow.toViewModel(Settings.DEFAULTS, "", new io.alephmonitor.settings.FileApiKeyStore(
                java.nio.file.Path.of("/nonexistent-aleph-test")), java.nio.file.Path.of("/lib"), "");
        assertThat(model.nameTemplateProperty().get()).isEqualTo("{prompt}-{id}.{ext}");
        assertThat(model.sidecarsProperty().get()).isTrue();
        assertThat(model.namePreview().get()).isEqualTo("majestic-eagle-soaring-through-ee603959.mp4");
        assertThat(SettingsFlow.fromViewModel(Settings.DEFAULTS, model).nameTemplate()).isNull();

        model.nameTemplateProperty().set("{date:yyyy}/{id}.{ext}");
        model.sidecarsProperty().set(false);
        Settings accepted = SettingsFlow.fromViewModel(Settings.DEFAULTS, model);

        assertThat(accepted.nameTemplate()).isEqualTo("{date:yyyy}/{id}.{ext}");
        assertThat(accepted.sidecars()).isFalse();
        assertThat(Backend.libraryOptions(accepted).template().text()).isEqualTo("{date:yyyy}/{id}.{ext}");
    }

    @Test
    void eachFamilyIsPreviewedWithASampleTaskOfItsKindAndOfferedByTheNameTheTableGivesIt() {
        assertThat(NamingPreview.preview("suno", "{date:yyyy-MM}/{track:40}-{id:8}.{ext}"))
                .isEqualTo("2026-03/neon-highway-5c79a5e1.mp3");
        assertThat(NamingPreview.preview("midjourney", "{kind}/{prompt:20}-{n}.{ext}"))
                .isEqualTo("midjourney/watercolour-fox-in-a-1.png");
        assertThat(NamingPreview.preview("veo", "{model}-{id:4}.{ext}")).isEqualTo("veo3-fast-b2c4.mp4");

        assertThat(NamingPreview.families()).extracting(f -> f.label())
                .startsWith("All kinds").contains("Suno", "Veo", "Market", "Midjourney", "Luma", "Aleph");
        assertThat(NamingPreview.families()).allSatisfy(f ->
                assertThat(NamingPreview.preview(f.id(), f.suggestion())).as(f.label()).isNotBlank());
    }
}
