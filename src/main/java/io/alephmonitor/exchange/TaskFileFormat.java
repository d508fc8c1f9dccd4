package io.alephmonitor.exchange;

import java.nio.file.Path;
import java.util.Locale;

/** The two task-list file formats; chosen by the file's extension. */
public enum TaskFileFormat {
    /** One row per task, for spreadsheets; list cells hold one entry per line. */
    CSV("csv"),
    /** {@code {"format": "aleph-monitor-tasks", "version": 1, "tasks": [...]}}, for scripts and backups. */
    JSON("json");

    private final String extension;

    TaskFileFormat(String extension) {
        this.extension = extension;
    }

    /** "csv" or "json". */
    public String extension() {
        return extension;
    }

    /** The format a file's name asks for: JSON for {@code .json}, CSV for anything else. */
    public static TaskFileFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JSON : CSV;
    }
}
