package io.alephmonitor.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the app keeps its files on this computer.
 *
 * @param dataDir    the task database and the single-instance lock
 * @param configDir  settings.json and the API key file
 * @param logDir     log files
 * @param libraryDir the default folder for saved videos (the user may pick another in Settings)
 * @param portable   true when {@code --data-dir} put everything in one chosen folder
 */
public record AppFolders(Path dataDir, Path configDir, Path logDir, Path libraryDir, boolean portable) {

    /** The folder name on Linux (XDG convention: lower case, no spaces). */
    static final String LINUX_NAME = "aleph-monitor";
    /** The folder name on macOS and Windows, and of the video library everywhere. */
    static final String DISPLAY_NAME = "Aleph Monitor";

    /** The folders for this computer and user; {@code dataDirOverride} is {@code --data-dir}, or null. */
    public static AppFolders forThisComputer(Path dataDirOverride) {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")),
                dataDirOverride, Files::isDirectory);
    }

    /**
     * The folders for any platform, from its facts alone, so every OS can be tested anywhere.
     *
     * @param osName          the {@code os.name} system property
     * @param env             the environment variables
     * @param userHome        the {@code user.home} system property
     * @param dataDirOverride {@code --data-dir}, or null
     * @param isDirectory     whether a folder exists (for the default video folder)
     */
    public static AppFolders resolve(String osName, Map<String, String> env, Path userHome,
                                     Path dataDirOverride, Predicate<Path> isDirectory) {
        if (dataDirOverride != null) {
            // Portable mode (a USB stick, a test): nothing is written outside the chosen folder.
            Path dir = dataDirOverride.toAbsolutePath().normalize();
            return new AppFolders(dir, dir, dir.resolve("logs"), dir.resolve("Videos"), true);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = absoluteFromEnv(env, "APPDATA", userHome.resolve("AppData").resolve("Roaming"));
            Path local = absoluteFromEnv(env, "LOCALAPPDATA", userHome.resolve("AppData").resolve("Local"));
            Path data = roaming.resolve(DISPLAY_NAME);
            return new AppFolders(data, data, local.resolve(DISPLAY_NAME).resolve("logs"),
                    library(userHome, "Videos", isDirectory), false);
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            Path library = userHome.resolve("Library");
            Path data = library.resolve("Application Support").resolve(DISPLAY_NAME);
            return new AppFolders(data, data, library.resolve("Logs").resolve(DISPLAY_NAME),
                    library(userHome, "Movies", isDirectory), false);
        }
        Path data = absoluteFromEnv(env, "XDG_DATA_HOME", userHome.resolve(".local").resolve("share"))
                .resolve(LINUX_NAME);
        Path config = absoluteFromEnv(env, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve(LINUX_NAME);
        Path state = absoluteFromEnv(env, "XDG_STATE_HOME", userHome.resolve(".local").resolve("state"))
                .resolve(LINUX_NAME);
        Path videos = absoluteFromEnv(env, "XDG_VIDEOS_DIR", userHome.resolve("Videos"));
        return new AppFolders(data, config, state.resolve("logs"),
                isDirectory.test(videos) ? videos.resolve(DISPLAY_NAME) : userHome.resolve(DISPLAY_NAME), false);
    }

    /** {@code ~/Videos/Aleph Monitor} (or Movies on macOS) when that folder exists, else {@code ~/Aleph Monitor}. */
    private static Path library(Path userHome, String videosFolder, Predicate<Path> isDirectory) {
        Path videos = userHome.resolve(videosFolder);
        return isDirectory.test(videos) ? videos.resolve(DISPLAY_NAME) : userHome.resolve(DISPLAY_NAME);
    }

    /** The variable's folder; the fallback when it is unset, empty or relative (the XDG spec says to ignore those). */
    private static Path absoluteFromEnv(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() || looksLikeWindowsAbsolute(value) ? path : fallback;
        } catch (InvalidPathException e) {
            return fallback;
        }
    }

    /** {@code C:\…} or {@code \\server\…}: absolute on Windows even when resolved on another OS (tests). */
    private static boolean looksLikeWindowsAbsolute(String value) {
        return value.matches("^[A-Za-z]:[\\\\/].*") || value.startsWith("\\\\");
    }
}
