package io.alephmonitor.download;

import io.alephmonitor.kie.TaskStatus;
import io.alephmonitor.store.TrackedTask;
import io.alephmonitor.tracking.SaveException;

import java.net.URI;

/**
 * The links a finished task's save fetches: its main result (the video, or the image of an
 * image-only result) and the thumbnail that goes beside a video. Only web addresses pass.
 *
 * @param main             the main result's link, checked by {@link WebAddress}
 * @param mainUrl          the same link as kie.ai wrote it (its extension names the file)
 * @param defaultExtension the extension when the link names none: "mp4" for a video, "png" for an image
 * @param thumbnailUrl     the thumbnail's link beside a video; null when there is none to save
 */
record ResultLinks(URI main, String mainUrl, String defaultExtension, String thumbnailUrl) {

    /** The task's result links, or a {@link SaveException} saying why there is nothing to fetch. */
    static ResultLinks of(TrackedTask task) throws SaveException {
        if (!(task.status() instanceof TaskStatus.Succeeded result)) {
            throw new SaveException("Only finished tasks can be saved. Wait until this task has succeeded.");
        }
        String mainUrl = result.videoUrl() != null ? result.videoUrl() : result.imageUrl();
        if (mainUrl == null) {
            throw new SaveException("kie.ai reported no result link for this task. Check the task again, then save.");
        }
        URI main = WebAddress.parseFetchable(mainUrl);
        boolean video = result.videoUrl() != null;
        return new ResultLinks(main, mainUrl, video ? "mp4" : "png", video ? result.imageUrl() : null);
    }
}
