package io.alephmonitor.bench;

import io.alephmonitor.app.FirstFrame;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command lines the suite starts: the app as Maven built it (plain {@code java} on its module
 * path), the packaged app image, the bare reference window, and helper JVMs on the suite's class path.
 */
final class Launches {

    /** What {@code --enable-native-access} the app needs, as javafx:run passes it. */
    private static final String NATIVE_ACCESS = "--enable-native-access=javafx.graphics,javafx.media,org.xerial.sqlitejdbc";

    final Path projectDir;
    final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    final String display;
    private final List<String> appModulePath;
    private final List<String> javafxModulePath;

    Launches(Path projectDir, String display) throws IOException {
        this.projectDir = projectDir;
        this.display = display;
        Path listed = projectDir.resolve("target/bench/app-module-path.txt");
        List<String> deps = Arrays.stream(Files.readString(listed).strip().split(File.pathSeparator))
                .filter(s -> !s.isBlank()).toList();
        appModulePath = new ArrayList<>();
        appModulePath.add(projectDir.resolve("target/classes").toString());
        appModulePath.addAll(deps);
        javafxModulePath = deps.stream().filter(p -> Path.of(p).getFileName().toString().startsWith("javafx-")).toList();
    }

    Map<String, String> displayEnv() {
        return Map.of("DISPLAY", display,
                "ALSA_CONFIG_PATH", projectDir.resolve("src/test/resources/alsa-null.conf").toString());
    }

    /** The app, plain java launch on the module path, with these {@code -D} options and arguments. */
    List<String> app(List<String> systemProperties, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), NATIVE_ACCESS));
        cmd.addAll(systemProperties);
        cmd.addAll(List.of("--module-path", String.join(File.pathSeparator, appModulePath),
                "-m", "io.alephmonitor/io.alephmonitor.app.Launcher"));
        cmd.addAll(args);
        return cmd;
    }

    /** The bare window on the same JDK: JavaFX on the module path, the window class from the class path. */
    List<String> bareWindow() {
        return List.of(java.toString(), "--enable-native-access=javafx.graphics",
                "--module-path", String.join(File.pathSeparator, javafxModulePath), "--add-modules", "javafx.controls",
                "-cp", projectDir.resolve("target/test-classes") + File.pathSeparator + projectDir.resolve("target/classes"),
                BareWindow.Main.class.getName());
    }

    /** The packaged app's launcher (its own runtime and AOT cache), when the app image has been built. */
    Optional<Path> packagedLauncher() {
        Path launcher = projectDir.resolve("target/app-image/aleph-monitor/bin/aleph-monitor");
        return Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
    }

    /** A helper JVM running {@code mainClass} from the suite's own class path. */
    List<String> helper(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        cmd.addAll(args);
        return cmd;
    }

    static String firstFrameProperties(boolean exit) {
        return "-D" + FirstFrame.REPORT + "=true" + (exit ? " -D" + FirstFrame.EXIT + "=true" : "");
    }
}
