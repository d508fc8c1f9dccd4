package io.alephmonitor.ui.main;

/** Which view of the tasks fills the left side of the window. */
public enum ViewMode {
    TABLE,
    GALLERY
}
