package io.alephmonitor.settings;

/**
 * The colour scheme the user chose: the one theme type of the app (stored in the settings, edited
 * in the settings dialog, applied by the UI's theme controller). {@link #toString()} is its label.
 */
public enum Theme {
    /** Follow the operating system's light/dark setting. */
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
