package io.alephmonitor.download;

import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TrackedTask;

import java.nio.file.Files;

/** Whether a task's saved file is still where it was saved (file I/O: call it off the FX thread). */
public final class SavedFileCheck {

    private SavedFileCheck() {
    }

    /** What the disk says now about the task's saved file (the task's own {@link TrackedTask#savedFile()} is the last such answer). */
    public static SavedFileState check(TrackedTask task) {
        if (task.savedPath() == null) {
            return SavedFileState.NOT_SAVED;
        }
        return Files.isRegularFile(task.savedPath()) ? SavedFileState.PRESENT : SavedFileState.MISSING;
    }

    /** True when the task was saved and its file is gone, so the UI shows "file missing". */
    public static boolean isMissing(TrackedTask task) {
        return check(task) == SavedFileState.MISSING;
    }
}
