package io.alephmonitor.ui.theme;

/** The user's theme setting: follow the system, or always light / dark. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK
}
