package io.alephmonitor.ui;

import java.nio.file.Path;

/** What the window asks of the operating system; the app wires these to HostServices and the file system. */
public interface DesktopActions {

    /** Shows the folder holding this file in the system's file manager. */
    void showInFolder(Path file);

    /** Opens a link in the default browser. */
    void openInBrowser(String url);

    /** True when a saved file is known to be gone; must answer from a cache, never touch the disk on the FX thread. */
    default boolean isSavedFileMissing(Path file) {
        return false;
    }

    /** Does nothing: for tests and previews. */
    DesktopActions NONE = new DesktopActions() {
        @Override
        public void showInFolder(Path file) {
        }

        @Override
        public void openInBrowser(String url) {
        }
    };
}
