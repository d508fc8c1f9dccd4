package io.alephmonitor.download;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.ResultsToSave;
import io.alephmonitor.tracking.SaveException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What saving a task writes, one {@link Item} per result in result order: a finished task's
 * {@link TaskStatus.Succeeded#results()}, or a running task's {@link TaskStatus.Running#partial()}
 * results (Suno's first track). Only web addresses pass.
 *
 * <p>Names, from a stem (the prompt's words and the short task ID, or the name the user chose):
 * one result is {@code stem.ext}; several are {@code stem-1.ext}, {@code stem-2.ext}… in result
 * order; a track with kie.ai's track ID is always {@code stem-<first 8 of its ID>.ext}, so a track
 * saved while the task was partly ready has the same name once it has succeeded with more. The
 * extension is the link's when it names a file of the result's type, else the answer's
 * {@code Content-Type}'s (untyped links, decided when the save asks the link), else the type's default.
 * This name is what a saved file is matched to its result by ({@link LibrarySaver}).
 */
final class ResultSaves {

    /**
     * One result to save.
     *
     * @param file      the result
     * @param link      where to fetch it; null for inline text
     * @param suffix    what follows the stem in its name ("", "-2", "-1a2b3c4d")
     * @param besideUrl the image saved beside it (a video's thumbnail, a track's cover); null when none
     */
    record Item(ResultFile file, URI link, String suffix, String besideUrl) {

        /** The type it is saved as; null for an untyped link until its answer says. */
        ResultType type() {
            return file.type();
        }

        /** Its file name under {@code stem}, with the extension this {@code Content-Type} (null: not known) implies. */
        String name(String stem, ResultType type, String contentType) {
            return FileNames.named(stem, suffix, extension(type, contentType));
        }

        /** The extension it is saved with, as a file of {@code type} whose answer named this {@code Content-Type} (null: not asked). */
        String extension(ResultType type, String contentType) {
            return file instanceof ResultFile.Text text && text.url() == null
                    ? text.extension() : FileNames.extensionFor(type, file.url(), contentType);
        }

        /** This item under another suffix. */
        Item withSuffix(String newSuffix) {
            return new Item(file, link, newSuffix, besideUrl);
        }

        /** Its file name when its type is known without asking the link; null for an untyped link. */
        String name(String stem) {
            return type() == null ? null : name(stem, type(), null);
        }
    }

    private ResultSaves() {
    }

    /** The task's results to save, or a {@link SaveException} saying why there is nothing to save. */
    static List<Item> of(TrackedTask task) throws SaveException {
        boolean partly = task.status() instanceof TaskStatus.Running running && !running.partial().isEmpty();
        if (!(task.status() instanceof TaskStatus.Succeeded) && !partly) {
            throw new SaveException("Only finished tasks can be saved. Wait until this task has succeeded.");
        }
        List<ResultFile> saveable = ResultsToSave.of(task);
        if (saveable.isEmpty()) {
            throw new SaveException("kie.ai reported no result link for this task. Check the task again, then save.");
        }
        boolean several = saveable.size() > 1 || task.status() instanceof TaskStatus.Running;
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < saveable.size(); i++) {
            ResultFile file = saveable.get(i);
            URI link = file.url() == null ? null : WebAddress.parseFetchable(file.url());
            items.add(new Item(file, link, suffix(file, i, several), beside(file)));
        }
        return List.copyOf(items);
    }

    /** True when kie.ai said the task's links are dead and each must be renewed before it is fetched. */
    static boolean linksExpired(TrackedTask task) {
        return task.status() instanceof TaskStatus.Succeeded done && done.linkExpired();
    }

    private static String suffix(ResultFile file, int index, boolean several) {
        if (file instanceof ResultFile.Audio audio && audio.trackId() != null
                && !FileNames.shortId(audio.trackId()).isEmpty()) {
            return "-" + FileNames.shortId(audio.trackId());
        }
        return several ? "-" + (index + 1) : "";
    }

    private static String beside(ResultFile file) {
        String url = switch (file) {
            case ResultFile.Video video -> video.thumbnailUrl();
            case ResultFile.Audio audio -> audio.coverUrl();
            default -> null;
        };
        return url == null || url.isBlank() || url.equals(file.url()) ? null : url;
    }
}
