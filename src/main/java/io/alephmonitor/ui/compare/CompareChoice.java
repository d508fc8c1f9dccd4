package io.alephmonitor.ui.compare;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Compare would show for the chosen tasks: two selected tasks (each its first result that can be
 * shown), or one task with two results of one type (two takes, two images); "Compare with source" puts a
 * video-to-video task's source clip ({@link TaskParams#videoUrl()}) beside its result. When the choice
 * cannot be compared, {@link #refusal()} says why in the user's words and what to pick instead.
 *
 * @param pair    the two results, or null when they cannot be compared
 * @param refusal why not, or null when {@code pair} is set
 */
public record CompareChoice(ComparePair pair, String refusal) {

    private static final String PICK_TWO = "Select two finished tasks, or one task with two results, to compare them.";

    /** True when there is a pair to show. */
    public boolean canCompare() {
        return pair != null;
    }

    /** Two results of the selected tasks, side by side. */
    public static CompareChoice of(List<TrackedTask> tasks) {
        if (tasks.size() == 1) {
            return takesOf(tasks.getFirst());
        }
        if (tasks.size() != 2) {
            return refused(tasks.isEmpty() ? PICK_TWO : "Compare shows two results: select two tasks, not " + tasks.size() + ".");
        }
        TrackedTask a = tasks.get(0);
        TrackedTask b = tasks.get(1);
        List<ResultFile> first = shown(a);
        List<ResultFile> second = shown(b);
        if (first.isEmpty() || second.isEmpty()) {
            return refused("Both tasks need a finished video, image or track to compare: "
                    + TaskText.shortId((first.isEmpty() ? a : b).taskId()) + " has none yet.");
        }
        // Prefer results of one type (a task with a video and its poster against a video task).
        for (ResultFile left : first) {
            for (ResultFile right : second) {
                if (left.type() == right.type()) {
                    return new CompareChoice(new ComparePair(side(a, left, first), side(b, right, second)), null);
                }
            }
        }
        return refused(mixed(first.getFirst().type(), second.getFirst().type()));
    }

    /** A video-to-video task's source clip beside its result. */
    public static CompareChoice withSource(List<TrackedTask> tasks) {
        if (tasks.size() != 1) {
            return refused("Select one video-to-video task (Runway Aleph, Luma modify) to compare its result with its source.");
        }
        TrackedTask task = tasks.getFirst();
        String source = sourceVideo(task);
        if (source == null) {
            return refused("This task has no source video to compare with: only video-to-video tasks (Runway Aleph, Luma modify) have one.");
        }
        List<ResultFile> videos = shown(task).stream().filter(r -> r.type() == ResultType.VIDEO).toList();
        if (videos.isEmpty()) {
            return refused("This task has no finished video yet to compare with its source.");
        }
        CompareSide sourceSide = new CompareSide("Source video · " + TaskText.shortId(task.taskId()),
                prompt(task), new ResultFile.Video(source, null));
        CompareSide result = side(task, videos.getFirst(), videos);
        CompareSide resultSide = new CompareSide("Result · " + result.title(), result.prompt(), result.result());
        return new CompareChoice(new ComparePair(sourceSide, resultSide), null);
    }

    /** The source clip of a video-to-video task, when its parameters name one. */
    static String sourceVideo(TrackedTask task) {
        TaskParams params = task.params();
        String url = params == null ? null : params.videoUrl();
        return url == null || url.isBlank() ? null : url.strip();
    }

    private static CompareChoice takesOf(TrackedTask task) {
        List<ResultFile> results = shown(task);
        for (ResultType type : List.of(ResultType.VIDEO, ResultType.IMAGE, ResultType.AUDIO)) {
            List<ResultFile> ofType = results.stream().filter(r -> r.type() == type).toList();
            if (ofType.size() >= 2) {
                return new CompareChoice(new ComparePair(side(task, ofType.get(0), results),
                        side(task, ofType.get(1), results)), null);
            }
        }
        return refused(sourceVideo(task) != null && !results.isEmpty()
                ? "This task has one result: select a second task, or use Compare with source."
                : PICK_TWO);
    }

    /** The results a comparison can show (videos, images, tracks), in the task's order. */
    private static List<ResultFile> shown(TrackedTask task) {
        List<ResultFile> out = new ArrayList<>();
        for (ResultFile r : task.status() == null ? List.<ResultFile>of() : task.status().readyResults()) {
            if (r.type() == ResultType.VIDEO || r.type() == ResultType.IMAGE || r.type() == ResultType.AUDIO) {
                out.add(r);
            }
        }
        return out;
    }

    private static CompareSide side(TrackedTask task, ResultFile result, List<ResultFile> all) {
        List<ResultFile> ofType = all.stream().filter(r -> r.type() == result.type()).toList();
        String which = ofType.size() > 1 ? takeWord(result.type()) + " " + (ofType.indexOf(result) + 1) + " of " + ofType.size() + " · " : "";
        return new CompareSide(which + TaskText.shortId(task.taskId()), prompt(task), result);
    }

    private static String takeWord(ResultType type) {
        return switch (type) {
            case VIDEO -> "Take";
            case IMAGE -> "Image";
            case AUDIO -> "Track";
            case TEXT -> "Text";
        };
    }

    private static String prompt(TrackedTask task) {
        return TaskText.firstLine(task.params() == null ? null : task.params().prompt());
    }

    private static String mixed(ResultType a, ResultType b) {
        String first = article(a) + " " + word(a);
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " and " + article(b) + " " + word(b)
                + " cannot be compared: select two videos, two images or two tracks.";
    }

    private static String article(ResultType type) {
        return type == ResultType.IMAGE ? "an" : "a";
    }

    private static String word(ResultType type) {
        return type == ResultType.AUDIO ? "track" : type.name().toLowerCase(Locale.ROOT);
    }

    private static CompareChoice refused(String why) {
        return new CompareChoice(null, why);
    }
}
