package io.alephmonitor.settings;

/** The colour scheme the user chose. */
public enum Theme {
    /** Follow the operating system's light/dark setting. */
    SYSTEM,
    LIGHT,
    DARK
}
