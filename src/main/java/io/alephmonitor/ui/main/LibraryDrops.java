package io.alephmonitor.ui.main;

import java.nio.file.Path;
import java.util.List;

/**
 * What the main window does with files and folders dropped on it: bring back the tasks they carry
 * (sidecars, the prompt and task ID inside saved files). The app implements it off the FX thread and
 * shows what came back as a notice; the window itself reads no file.
 */
@FunctionalInterface
public interface LibraryDrops {

    /** Drops that do nothing (until the app connects its own). */
    LibraryDrops NONE = paths -> { };

    /** Brings back the tasks of these dropped files and folders; returns at once. */
    void bringBack(List<Path> paths);
}
