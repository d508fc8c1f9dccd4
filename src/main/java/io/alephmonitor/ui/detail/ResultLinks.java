package io.alephmonitor.ui.detail;

import io.alephmonitor.model.TaskStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which of a finished task's links the detail pane lists, and how many files Save writes. Pure. */
final class ResultLinks {

    private ResultLinks() {
    }

    /** The result links shown below the video: every result but the video itself (its thumbnail for Aleph). */
    static List<String> imagesOf(TaskStatus.Succeeded done) {
        List<String> shown = new ArrayList<>();
        for (String url : done.resultUrls()) {
            if (url != null && !url.equals(done.videoUrl()) && !shown.contains(url)) {
                shown.add(url);
            }
        }
        if (shown.isEmpty() && done.imageUrl() != null) {
            shown.add(done.imageUrl());
        }
        return shown;
    }

    /** How many files Save writes: the video, or every image of an image-only task. */
    static int filesToSave(TaskStatus.Succeeded done) {
        if (done.videoUrl() != null) {
            return (int) imagesOf(done).stream().filter(ResultLinks::isVideo).count() + 1;
        }
        return Math.max(1, imagesOf(done).size());
    }

    /** The first link that is not a video (the image shown large at first), or null. */
    static String firstImage(List<String> links) {
        return links.stream().filter(url -> !isVideo(url)).findFirst().orElse(null);
    }

    /** Whether a link names a video file (it plays in the preview rather than showing as an image). */
    static boolean isVideo(String url) {
        String path = url == null ? "" : url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        return path.endsWith(".mp4") || path.endsWith(".mov") || path.endsWith(".webm") || path.endsWith(".m4v");
    }
}
