package io.alephmonitor.ui.main;

import java.nio.file.Path;

/** What the window asks of the operating system; the app wires these to HostServices and the file system. */
public interface DesktopActions {

    /** Shows the folder holding this file in the system's file manager. */
    void showInFolder(Path file);

    /** Opens a link in the default browser. */
    void openInBrowser(String url);

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
