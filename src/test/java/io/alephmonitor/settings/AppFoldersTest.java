package io.alephmonitor.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class AppFoldersTest {

    private static final Path LINUX_HOME = Path.of("/home/ada");
    private static final Path MAC_HOME = Path.of("/Users/ada");
    private static final Path WIN_HOME = Path.of("C:\\Users\\ada");

    private static Predicate<Path> existing(Path... dirs) {
        return Set.of(dirs)::contains;
    }

    @Test
    void linuxFollowsTheXdgBaseDirectories() {
        AppFolders f = AppFolders.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/ada",
                "XDG_CONFIG_HOME", "/conf/ada", "XDG_STATE_HOME", "/state/ada"), LINUX_HOME, null, existing());

        assertThat(f.dataDir()).isEqualTo(Path.of("/data/ada/aleph-monitor"));
        assertThat(f.configDir()).isEqualTo(Path.of("/conf/ada/aleph-monitor"));
        assertThat(f.logDir()).isEqualTo(Path.of("/state/ada/aleph-monitor/logs"));
        assertThat(f.portable()).isFalse();
    }

    @Test
    void linuxWithoutXdgVariablesUsesTheSpecDefaultsUnderHome() {
        AppFolders f = AppFolders.resolve("Linux", Map.of(), LINUX_HOME, null, existing());

        assertThat(f.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/aleph-monitor"));
        assertThat(f.configDir()).isEqualTo(Path.of("/home/ada/.config/aleph-monitor"));
        assertThat(f.logDir()).isEqualTo(Path.of("/home/ada/.local/state/aleph-monitor/logs"));
    }

    @Test
    void aRelativeOrEmptyXdgVariableIsIgnoredAsTheSpecSays() {
        AppFolders f = AppFolders.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/dir", "XDG_CONFIG_HOME", ""),
                LINUX_HOME, null, existing());

        assertThat(f.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/aleph-monitor"));
        assertThat(f.configDir()).isEqualTo(Path.of("/home/ada/.config/aleph-monitor"));
    }

    @Test
    void macOsUsesApplicationSupportAndLibraryLogs() {
        AppFolders f = AppFolders.resolve("Mac OS X", Map.of(), MAC_HOME, null, existing());

        assertThat(f.dataDir()).isEqualTo(Path.of("/Users/ada/Library/Application Support/Aleph Monitor"));
        assertThat(f.configDir()).isEqualTo(f.dataDir());
        assertThat(f.logDir()).isEqualTo(Path.of("/Users/ada/Library/Logs/Aleph Monitor"));
    }

    @Test
    void windowsUsesRoamingAppDataForDataAndLocalAppDataForLogs() {
        String roaming = "C:\\Users\\ada\\AppData\\Roaming";
        String local = "C:\\Users\\ada\\AppData\\Local";
        AppFolders f = AppFolders.resolve("Windows 11", Map.of("APPDATA", roaming, "LOCALAPPDATA", local),
                WIN_HOME, null, existing());

        assertThat(f.dataDir()).isEqualTo(Path.of(roaming).resolve("Aleph Monitor"));
        assertThat(f.configDir()).isEqualTo(f.dataDir());
        assertThat(f.logDir()).isEqualTo(Path.of(local).resolve("Aleph Monitor").resolve("logs"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheProfileFolder() {
        AppFolders f = AppFolders.resolve("Windows 10", Map.of(), WIN_HOME, null, existing());

        assertThat(f.dataDir()).isEqualTo(WIN_HOME.resolve("AppData").resolve("Roaming").resolve("Aleph Monitor"));
    }

    @Test
    void savedVideosGoIntoTheVideosFolderWhenThereIsOne() {
        assertThat(AppFolders.resolve("Linux", Map.of(), LINUX_HOME, null, existing(LINUX_HOME.resolve("Videos")))
                .libraryDir()).isEqualTo(Path.of("/home/ada/Videos/Aleph Monitor"));
        assertThat(AppFolders.resolve("Windows 11", Map.of(), WIN_HOME, null, existing(WIN_HOME.resolve("Videos")))
                .libraryDir()).isEqualTo(WIN_HOME.resolve("Videos").resolve("Aleph Monitor"));
        assertThat(AppFolders.resolve("Mac OS X", Map.of(), MAC_HOME, null, existing(MAC_HOME.resolve("Movies")))
                .libraryDir()).isEqualTo(Path.of("/Users/ada/Movies/Aleph Monitor"));
    }

    @Test
    void withoutAVideosFolderSavedVideosGoIntoTheHomeFolder() {
        assertThat(AppFolders.resolve("Linux", Map.of(), LINUX_HOME, null, existing()).libraryDir())
                .isEqualTo(Path.of("/home/ada/Aleph Monitor"));
        assertThat(AppFolders.resolve("Mac OS X", Map.of(), MAC_HOME, null, existing()).libraryDir())
                .isEqualTo(Path.of("/Users/ada/Aleph Monitor"));
    }

    @Test
    void dataDirOverrideKeepsEverythingInThatOneFolder() {
        Path chosen = Path.of("/media/stick/aleph");
        AppFolders f = AppFolders.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), LINUX_HOME, chosen,
                existing(LINUX_HOME.resolve("Videos")));

        assertThat(f.portable()).isTrue();
        assertThat(f.dataDir()).isEqualTo(chosen);
        assertThat(f.configDir()).isEqualTo(chosen);
        assertThat(f.logDir()).startsWithRaw(chosen);
        assertThat(f.libraryDir()).startsWithRaw(chosen);
    }

    @Test
    void aRelativeDataDirOverrideIsMadeAbsolute() {
        AppFolders f = AppFolders.resolve("Linux", Map.of(), LINUX_HOME, Path.of("portable-data"), existing());

        assertThat(f.dataDir()).isAbsolute().endsWithRaw(Path.of("portable-data"));
    }

    @Test
    void thisComputersFoldersAreAbsolute() {
        AppFolders f = AppFolders.forThisComputer(null);

        assertThat(f.dataDir()).isAbsolute();
        assertThat(f.configDir()).isAbsolute();
        assertThat(f.logDir()).isAbsolute();
        assertThat(f.libraryDir()).isAbsolute();
    }
}
