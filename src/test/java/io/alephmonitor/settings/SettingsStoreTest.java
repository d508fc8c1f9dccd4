package io.alephmonitor.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path configDir;

    private SettingsStore store() {
        return new SettingsStore(configDir);
    }

    private Path file() {
        return configDir.resolve(SettingsStore.FILE_NAME);
    }

    @Test
    void aFirstStartHasDefaultSettingsAndNoWarning() {
        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.hasWarning()).isFalse();
        assertThat(Settings.DEFAULTS.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(Settings.DEFAULTS.notifications()).isTrue();
        assertThat(Settings.DEFAULTS.theme()).isEqualTo(Theme.SYSTEM);
    }

    @Test
    void everySettingComesBackAfterSaving() throws Exception {
        Settings changed = Settings.DEFAULTS
                .withPollInterval(Duration.ofMinutes(2))
                .withAutoSave(true)
                .withLibraryDir(Path.of("/videos/mine"))
                .withTheme(Theme.DARK)
                .withApiBase("https://proxy.example/kie")
                .withNotifications(false)
                .withWindow(new Settings.WindowBounds(10, 20, 1280, 800, true))
                .withDividerPosition("main", 0.62)
                .withDividerPosition("detail", 0.3)
                .withColumns(List.of(new Settings.ColumnLayout("status", 90, true),
                        new Settings.ColumnLayout("prompt", 420.5, false)))
                .withSortOrder(List.of(new Settings.SortKey("added", false), new Settings.SortKey("status", true)))
                .withDefaultKind("veo")
                .withNameTemplate("{date:yyyy-MM}/{kind}/{prompt:40}-{id:8}.{ext}")
                .withSidecars(false)
                .withCloseToTray(true)
                .withProxy(ProxySetting.http("corp.proxy", 8080, "ana"))
                .withUpdates(new UpdateChoice(true, java.time.Instant.parse("2026-12-01T08:00:00Z")));

        store().save(changed);

        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(changed);
        assertThat(loaded.hasWarning()).isFalse();
    }

    @Test
    void pastedIdsAreDetectedAutomaticallyUnlessTheUserChoseAKind() throws Exception {
        assertThat(Settings.DEFAULTS.defaultKind()).isEqualTo(Settings.DETECT_KIND).isEqualTo("auto");
        Files.writeString(file(), "{\"version\": 1, \"pollIntervalSeconds\": 60, \"theme\": \"DARK\"}");

        assertThat(store().load().settings().defaultKind()).as("a file written before the kind chooser existed")
                .isEqualTo(Settings.DETECT_KIND);
        assertThat(Settings.DEFAULTS.withDefaultKind("  ").defaultKind()).isEqualTo(Settings.DETECT_KIND);
        assertThat(Settings.DEFAULTS.withDefaultKind("market").defaultKind()).isEqualTo("market");
    }

    @Test
    void aFileFromBeforeNamingTemplatesKeepsTodaysNamesAndWritesSidecars() throws Exception {
        Files.writeString(file(), "{\"version\": 1, \"autoSave\": true}");

        Settings loaded = store().load().settings();

        assertThat(loaded.nameTemplate()).as("null: the names saves always had").isNull();
        assertThat(loaded.sidecars()).isTrue();
        assertThat(Settings.DEFAULTS.sidecars()).isTrue();
        assertThat(Settings.DEFAULTS.withNameTemplate("  ").nameTemplate()).isNull();
    }

    @Test
    void eachKindsOwnTemplateComesBackAfterSavingAsAMapInTheFile() throws Exception {
        Settings changed = Settings.DEFAULTS.withNameTemplate("{kind}/{id}.{ext}")
                .withNameTemplates(java.util.Map.of("suno", "{date:yyyy-MM}/{track:40}-{id:8}.{ext}",
                        "veo", " {prompt:40}-{id:8}.{ext} ", "luma", "  "));

        store().save(changed);

        Settings loaded = store().load().settings();
        assertThat(loaded).isEqualTo(changed);
        assertThat(loaded.nameTemplates()).as("stripped; a blank one means the family uses the general template")
                .containsExactly(java.util.Map.entry("suno", "{date:yyyy-MM}/{track:40}-{id:8}.{ext}"),
                        java.util.Map.entry("veo", "{prompt:40}-{id:8}.{ext}"));
        assertThat(Files.readString(file())).contains("\"nameTemplates\"").contains("\"suno\"");
    }

    @Test
    void aFileWithoutKindTemplatesOrWithOddOnesLoadsWithoutThem() throws Exception {
        Files.writeString(file(), "{\"version\": 1, \"nameTemplate\": \"{id}.{ext}\"}");
        assertThat(store().load().settings().nameTemplates()).isEmpty();
        assertThat(Settings.DEFAULTS.nameTemplates()).isEmpty();

        Files.writeString(file(), "{\"version\": 1, \"nameTemplates\": {\"suno\": null, \" \": \"{id}.{ext}\", "
                + "\"veo\": \"{nonsense}\"}}");
        SettingsStore.Loaded odd = store().load();

        assertThat(odd.hasWarning()).isFalse();
        assertThat(odd.settings().nameTemplates()).as("one that cannot work is kept, for the dialog to show why")
                .containsExactly(java.util.Map.entry("veo", "{nonsense}"));

        Files.writeString(file(), "{\"version\": 1, \"theme\": \"DARK\", \"nameTemplates\": [\"{id}.{ext}\"]}");
        SettingsStore.Loaded wrongShape = store().load();
        assertThat(wrongShape.hasWarning()).as("the other settings are kept").isFalse();
        assertThat(wrongShape.settings().theme()).isEqualTo(Theme.DARK);
        assertThat(wrongShape.settings().nameTemplates()).isEmpty();
    }

    @Test
    void thePollIntervalIsKeptBetweenTenSecondsAndTenMinutes() {
        assertThat(Settings.DEFAULTS.withPollInterval(Duration.ofSeconds(1)).pollInterval())
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(Settings.DEFAULTS.withPollInterval(Duration.ofHours(1)).pollInterval())
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(Settings.DEFAULTS.withPollInterval(Duration.ofSeconds(45)).pollInterval())
                .isEqualTo(Duration.ofSeconds(45));
        assertThat(Settings.DEFAULTS.withPollInterval(null).pollInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anOutOfRangeIntervalEditedIntoTheFileIsClampedOnLoad() throws Exception {
        Files.writeString(file(), "{\"pollIntervalSeconds\": 2}");

        assertThat(store().load().settings().pollInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void missingFieldsTakeTheirDefaultsAndUnknownFieldsAreIgnored() throws Exception {
        Files.writeString(file(), """
                {"autoSave": true, "theme": "light", "addedByANewerVersion": {"x": 1}, "anotherOne": [1, 2]}
                """);

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.hasWarning()).isFalse();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS.withAutoSave(true).withTheme(Theme.LIGHT));
    }

    @Test
    void aThemeThisVersionDoesNotKnowFallsBackToFollowingTheSystem() throws Exception {
        Files.writeString(file(), "{\"theme\": \"HIGH_CONTRAST\", \"autoSave\": true}");

        assertThat(store().load().settings()).isEqualTo(Settings.DEFAULTS.withAutoSave(true));
    }

    @Test
    void aCorruptFileGivesDefaultsAWarningAndIsKeptAsBad() throws Exception {
        String damaged = "{\"autoSave\": tru";
        Files.writeString(file(), damaged);

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.warning()).contains("damaged").contains("default settings").contains("settings.json.bad");
        assertThat(file()).doesNotExist();
        assertThat(configDir.resolve("settings.json.bad")).hasContent(damaged);
    }

    @Test
    void aSecondCorruptFileDoesNotOverwriteTheFirstOneKeptAside() throws Exception {
        Files.writeString(file(), "[\"not settings\"]");
        store().load();
        Files.writeString(file(), "");

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.hasWarning()).isTrue();
        assertThat(configDir.resolve("settings.json.bad")).hasContent("[\"not settings\"]");
        assertThat(configDir.resolve("settings.json.bad-2")).exists();
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFiles() throws Exception {
        store().save(Settings.DEFAULTS.withAutoSave(true));
        store().save(Settings.DEFAULTS.withTheme(Theme.DARK));

        assertThat(store().load().settings()).isEqualTo(Settings.DEFAULTS.withTheme(Theme.DARK));
        try (var files = Files.list(configDir)) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void theSettingsFileHasNoPlaceForAnApiKey() throws Exception {
        store().save(Settings.DEFAULTS.withApiBase("https://proxy.example"));

        assertThat(Files.readString(file()).toLowerCase()).doesNotContain("key").doesNotContain("token");
    }

    @Test
    void anUnwritableFolderGivesAReadableMessage() throws Exception {
        Path notAFolder = configDir.resolve("blocker");
        Files.writeString(notAFolder, "x");

        var error = org.assertj.core.api.Assertions.catchThrowable(
                () -> new SettingsStore(notAFolder).save(Settings.DEFAULTS));

        assertThat(error).hasMessageStartingWith("Your settings could not be saved to");
    }

    @Test
    void closingToTheTrayIsOffByDefaultAndInAFileFromBeforeIt() throws Exception {
        assertThat(Settings.DEFAULTS.closeToTray()).isFalse();
        Files.writeString(file(), "{\"version\": 1, \"notifications\": false}");

        Settings loaded = store().load().settings();

        assertThat(loaded.closeToTray()).isFalse();
        assertThat(loaded.notifications()).isFalse();
    }

    @Test
    void theProxysPasswordIsNeverWrittenToTheSettingsFile() throws Exception {
        store().save(Settings.DEFAULTS.withProxy(ProxySetting.http("corp.proxy", 8080, "ana")));

        String text = java.nio.file.Files.readString(file());
        assertThat(text).contains("\"corp.proxy\"").contains("\"ana\"").doesNotContainIgnoringCase("password");
    }

    @Test
    void aFileFromBeforeTheProxyAndUpdateSettingsUsesTheSystemsProxyAndHasNotAskedAboutUpdates() throws Exception {
        java.nio.file.Files.createDirectories(configDir);
        java.nio.file.Files.writeString(file(), "{\"version\":1,\"autoSave\":true}");

        Settings loaded = store().load().settings();

        assertThat(loaded.proxy()).isEqualTo(ProxySetting.SYSTEM);
        assertThat(loaded.updates()).isEqualTo(UpdateChoice.NOT_ASKED);
        assertThat(loaded.updates().on()).isFalse();
    }
}
