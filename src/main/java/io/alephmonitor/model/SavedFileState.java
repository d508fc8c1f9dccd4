package io.alephmonitor.model;

/** Where a task's saved result file stands, as last checked on disk. */
public enum SavedFileState {
    /** The task was never saved. */
    NOT_SAVED,
    /** The saved file is there (or has not been found missing). */
    PRESENT,
    /** The task was saved but the file is gone (moved, renamed or deleted). */
    MISSING
}
