package io.alephmonitor.tracking;

import io.alephmonitor.model.TrackedTask;

import java.nio.file.Path;

/**
 * Saves a finished task's result to disk (implemented by the download module). Both methods
 * return at once; the work runs in the background and reports through the {@link SaveJob}.
 */
public interface ResultSaver {

    /** Saves the task's video to exactly this file. */
    SaveJob saveTo(TrackedTask task, Path targetFile);

    /** Saves the task's video into this folder under a safe file name of its own (auto-save). */
    SaveJob saveInto(TrackedTask task, Path folder);
}
