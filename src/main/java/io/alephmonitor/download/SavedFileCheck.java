package io.alephmonitor.download;

import io.alephmonitor.model.TrackedTask;

import java.nio.file.Files;

/** Whether a task's saved file is still where it was saved (file I/O: call it off the FX thread). */
public final class SavedFileCheck {

    /** The state of a task's saved file. */
    public enum State {
        /** The task was never saved. */
        NOT_SAVED,
        /** The saved file is there. */
        PRESENT,
        /** The task was saved but the file is gone (moved, renamed or deleted). */
        MISSING
    }

    private SavedFileCheck() {
    }

    public static State check(TrackedTask task) {
        if (task.savedPath() == null) {
            return State.NOT_SAVED;
        }
        return Files.isRegularFile(task.savedPath()) ? State.PRESENT : State.MISSING;
    }

    /** True when the task was saved and its file is gone, so the UI shows "file missing". */
    public static boolean isMissing(TrackedTask task) {
        return check(task) == State.MISSING;
    }
}
