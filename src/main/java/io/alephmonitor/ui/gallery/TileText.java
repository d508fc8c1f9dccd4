package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.ui.ResultText;

import java.util.List;

/** What a gallery tile shows of a finished task's results: its picture, or the words standing in for one. Pure. */
final class TileText {

    private TileText() {
    }

    /**
     * The picture a finished task's tile shows: the video's thumbnail, the first image, a track's cover
     * ({@link TaskStatus.Succeeded#imageUrl()} is the first of these), else the first image among the
     * results; null when none is a picture (a sound or text link is never loaded as an image).
     */
    static String firstImage(TaskStatus.Succeeded result) {
        if (result.imageUrl() != null) {
            return result.imageUrl();
        }
        return result.results().stream().filter(r -> r instanceof ResultFile.Image).map(ResultFile::url)
                .findFirst().orElse(null);
    }

    /** What a result without a picture shows on its tile: the track line, the first lines of a text, its type. */
    static String placeholderText(ResultFile first, List<ResultFile> all) {
        return switch (first) {
            case ResultFile.Audio a -> trackLine(a, all);
            case ResultFile.Text text when text.content() != null -> firstLines(text.content(), 4);
            default -> ResultText.holds(all);
        };
    }

    /** "Sunset Drive · 3:07", "+1 more" when the task has more tracks. */
    static String trackLine(ResultFile.Audio track, List<ResultFile> all) {
        String name = ResultText.name(track, 1, List.of(track));
        String duration = ResultText.duration(track.durationSeconds());
        String line = ("Track".equals(name) ? "Audio" : name) + (duration == null ? "" : " · " + duration);
        return all.size() > 1 ? line + "  (+" + (all.size() - 1) + ")" : line;
    }

    /** The first lines of a text that say something (not blank, not a lone JSON bracket), each cut to fit a tile. */
    static String firstLines(String text, int lines) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("[\\[\\]{}(),]+")).limit(lines)
                .map(l -> l.length() > 60 ? l.substring(0, 59) + "…" : l)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The marks as the tile's tooltip adds them: "\nStarred · Tags: birds, trailer"; empty when none. */
    static String marksLine(io.alephmonitor.model.TaskMarks marks) {
        List<String> parts = new java.util.ArrayList<>();
        if (marks.starred()) {
            parts.add("Starred");
        }
        if (!marks.tags().isEmpty()) {
            parts.add("Tags: " + String.join(", ", marks.tags()));
        }
        return parts.isEmpty() ? "" : "\n" + String.join(" · ", parts);
    }

    /** The tags a tile has room for: the first {@code room}, then "+N" for the rest. */
    static List<String> tagChips(List<String> tags, int room) {
        if (tags.size() <= room) {
            return tags;
        }
        List<String> chips = new java.util.ArrayList<>(tags.subList(0, room));
        chips.add("+" + (tags.size() - room));
        return chips;
    }
}
