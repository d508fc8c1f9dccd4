package io.alephmonitor.download;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The links a finished task's save fetches: its results (the video, or every image of an
 * image-only task with several) and the thumbnail that goes beside a video. Only web addresses pass.
 *
 * @param results          every result link to save, in kie.ai's order, checked by {@link WebAddress}
 * @param resultUrls       the same links as kie.ai wrote them (their extensions name the files)
 * @param defaultExtension the extension when a link names none: "mp4" for a video, "png" for an image
 * @param thumbnailUrl     the thumbnail's link beside a video; null when there is none to save
 */
record ResultLinks(List<URI> results, List<String> resultUrls, String defaultExtension, String thumbnailUrl) {

    /** The task's result links, or a {@link SaveException} saying why there is nothing to fetch. */
    static ResultLinks of(TrackedTask task) throws SaveException {
        if (!(task.status() instanceof TaskStatus.Succeeded result)) {
            throw new SaveException("Only finished tasks can be saved. Wait until this task has succeeded.");
        }
        List<String> urls = urlsToSave(result);
        if (urls.isEmpty()) {
            throw new SaveException("kie.ai reported no result link for this task. Check the task again, then save.");
        }
        List<URI> checked = new ArrayList<>();
        for (String url : urls) {
            checked.add(WebAddress.parseFetchable(url));
        }
        boolean video = result.videoUrl() != null;
        return new ResultLinks(checked, urls, video ? "mp4" : "png", video ? result.imageUrl() : null);
    }

    /**
     * A video task saves its video(s), its image going beside as the thumbnail; an image-only task
     * saves every result image.
     */
    private static List<String> urlsToSave(TaskStatus.Succeeded result) {
        List<String> urls = new ArrayList<>();
        if (result.videoUrl() != null) {
            urls.add(result.videoUrl());
        }
        for (String url : result.resultUrls()) {
            boolean thumbnail = result.videoUrl() != null && url.equals(result.imageUrl());
            if (url != null && !url.isBlank() && !thumbnail && !urls.contains(url)) {
                urls.add(url);
            }
        }
        if (urls.isEmpty() && result.imageUrl() != null) {
            urls.add(result.imageUrl());
        }
        return urls;
    }

    /** The first result: the one a single-file save fetches. */
    URI main() {
        return results.getFirst();
    }

    String mainUrl() {
        return resultUrls.getFirst();
    }

    boolean several() {
        return results.size() > 1;
    }
}
