package io.alephmonitor.ui.detail;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.RemoteUrlCheck;

import java.util.ArrayList;
import java.util.List;

/** Which of a task's results the detail pane lists, which it shows first, and how many files Save writes. Pure. */
final class ResultLinks {

    private ResultLinks() {
    }

    /** The results a task has to show: a finished task's, or those a running one has ready already (Suno's first track). */
    static List<ResultFile> of(TaskStatus status) {
        return status == null ? List.of() : status.readyResults();
    }

    /** The primary video, played on top; null when the task has none. */
    static String primaryVideo(TaskStatus status) {
        if (status instanceof TaskStatus.Succeeded s) {
            return s.videoUrl();
        }
        return of(status).stream().filter(r -> r instanceof ResultFile.Video).map(ResultFile::url).findFirst().orElse(null);
    }

    /**
     * The results listed in the chooser: the primary video's poster first (Aleph's thumbnail, shown large
     * below the video), then every result but the primary video itself, which plays on top.
     */
    static List<ResultFile> listed(TaskStatus status) {
        List<ResultFile> all = of(status);
        String video = primaryVideo(status);
        List<ResultFile> shown = new ArrayList<>();
        for (ResultFile r : all) {
            if (r instanceof ResultFile.Video v && v.url().equals(video) && v.thumbnailUrl() != null) {
                add(shown, new ResultFile.Image(v.thumbnailUrl()));
            }
        }
        for (ResultFile r : all) {
            if (!(r instanceof ResultFile.Video && r.url().equals(video))) {
                add(shown, r);
            }
        }
        if (shown.isEmpty() && video != null && status instanceof TaskStatus.Succeeded s && s.imageUrl() != null) {
            shown.add(new ResultFile.Image(s.imageUrl()));
        }
        return List.copyOf(shown);
    }

    private static void add(List<ResultFile> shown, ResultFile r) {
        boolean listed = shown.stream().anyMatch(other -> other.key().equals(r.key()));
        if (!listed) {
            shown.add(r);
        }
    }

    /** How many files Save writes: the videos of a video task, else every result. */
    static int filesToSave(TaskStatus status) {
        List<ResultFile> results = of(status);
        if (primaryVideo(status) != null) {
            return (int) Math.max(1, results.stream().filter(r -> r.type() == ResultType.VIDEO).count());
        }
        return results.size();
    }

    /** The first listed result that is not a video (shown below at first), or null. */
    static ResultFile firstShown(List<ResultFile> listed) {
        return listed.stream().filter(r -> r.type() != ResultType.VIDEO).findFirst().orElse(null);
    }

    /** True when every link among the results may be fetched (inline text has none) and there is something to save. */
    static boolean safeToSave(List<ResultFile> results) {
        return !results.isEmpty() && results.stream().allMatch(r -> r.url() == null || RemoteUrlCheck.of(r.url()).allowed());
    }

    /** What Save says: "Save video…", "Save image…", "Save track…", "Save text…", "Save all (3)…"; "Save…" with nothing to save. */
    static String saveLabel(TaskStatus status) {
        int files = status == null ? 0 : filesToSave(status);
        if (files > 1) {
            return "Save all (" + files + ")…";
        }
        if (files == 0) {
            return status == null ? "Save video…" : "Save…";
        }
        if (primaryVideo(status) != null) {
            return "Save video…";
        }
        ResultType type = of(status).getFirst().type();
        return type == null ? "Save file…" : switch (type) {
            case VIDEO -> "Save video…";
            case IMAGE -> "Save image…";
            case AUDIO -> "Save track…";
            case TEXT -> "Save text…";
        };
    }

    /** What kie.ai said was odd about its successful answer, or that it held no result; null when nothing. */
    static String notice(TrackedTask shown) {
        if (shown == null || !(shown.status() instanceof TaskStatus.Succeeded s)) {
            return null;
        }
        String notice = s.notice() == null || s.notice().isBlank() ? null : s.notice().strip();
        if (s.results().isEmpty()) {
            return io.alephmonitor.ui.ResultText.NO_RESULT + (notice == null ? "." : ": " + notice);
        }
        if (s.linkExpired() && shown.savedPath() == null) {
            String expired = "kie.ai says the result links have expired.";
            return notice == null ? expired : notice + " " + expired;
        }
        return notice;
    }

    /** "Track 2 still generating" while a running task has part of its result; null otherwise. */
    static String stillGenerating(TrackedTask shown) {
        return shown != null && shown.status() instanceof TaskStatus.Running r
                ? io.alephmonitor.ui.ResultText.stillGenerating(r.partial()) : null;
    }

    /**
     * The link Copy URL and Open in browser use: the video, else the result chosen below it
     * ({@code chosenUrl}; inline text has none), else the task's first link.
     */
    static String linkToShare(TrackedTask shown, String chosenUrl) {
        if (shown == null) {
            return null;
        }
        String primary = primaryVideo(shown.status());
        if (primary != null) {
            return primary;
        }
        if (chosenUrl != null) {
            return chosenUrl;
        }
        return of(shown.status()).stream().map(ResultFile::url).filter(java.util.Objects::nonNull).findFirst()
                .orElse(shown.status() instanceof TaskStatus.Succeeded s ? s.imageUrl() : null);
    }
}
