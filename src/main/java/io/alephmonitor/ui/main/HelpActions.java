package io.alephmonitor.ui.main;

/** What the Help menu does; the app supplies it (gathering diagnostics and opening folders is I/O). */
public interface HelpActions {

    /** Puts a diagnostics report on the clipboard and confirms it. */
    void copyDiagnostics();

    /** Opens the folder holding the log files. */
    void openLogFolder();

    /** Shows the version, Java/JavaFX versions and the app's folders. */
    void showAbout();

    /** Does nothing: the window before the app wires it. */
    HelpActions NONE = new HelpActions() {
        @Override
        public void copyDiagnostics() {
        }

        @Override
        public void openLogFolder() {
        }

        @Override
        public void showAbout() {
        }
    };
}
