package io.alephmonitor.exchange;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.store.ResultFilesJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an export keeps of a task's typed results beside its plain links: the results themselves
 * (the store's JSON form: type, link or inline text, a track's details), their types in words
 * (one a line in CSV, for spreadsheets), a running task's progress and stage, a success's notice
 * and whether kie.ai called its links dead. Every part may be missing (an older export, a
 * spreadsheet edited by hand); what is there is used, the rest falls back to the plain links.
 *
 * @param resultsJson the typed results as JSON text; null when none
 * @param resultTypes "video", "image", "audio", "text" or "link" per result; empty when unknown
 * @param progress    a running task's progress, 0 to 1; null when unknown
 */
record TaskResults(String resultsJson, List<String> resultTypes, Double progress, String stage, String notice,
                   boolean linkExpired) {

    static final TaskResults NONE = new TaskResults(null, List.of(), null, null, null, false);

    TaskResults {
        resultTypes = List.copyOf(Objects.requireNonNullElse(resultTypes, List.of()));
    }

    static TaskResults of(TaskStatus status) {
        return switch (status) {
            case TaskStatus.Succeeded done -> new TaskResults(ResultFilesJson.write(done.files()),
                    typesOf(done.results()), null, null, done.notice(), done.linkExpired());
            case TaskStatus.Running running -> new TaskResults(ResultFilesJson.write(running.partial()),
                    typesOf(running.partial()), running.progress(), running.stage(), null, false);
            case null, default -> NONE;
        };
    }

    /** The typed results: from their JSON, else the links typed by {@link #resultTypes} when there is one per link. */
    List<ResultFile> files(List<String> links) {
        List<ResultFile> files = ResultFilesJson.read(resultsJson);
        if (!files.isEmpty() || resultTypes.size() != links.size()) {
            return files;
        }
        List<ResultFile> typed = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            typed.add(ResultFile.of(links.get(i), typeNamed(resultTypes.get(i))));
        }
        return typed;
    }

    /** A finished task's status: typed when the export says how, else from its links as before. */
    TaskStatus.Succeeded succeeded(String videoUrl, String imageUrl, List<String> links, Instant completed) {
        TaskStatus.Succeeded plain = new TaskStatus.Succeeded(videoUrl, imageUrl, links, completed, List.of(),
                linkExpired, notice);
        List<ResultFile> files = files(links);
        // links whose types their names already say stay links alone, as they were exported
        if (files.isEmpty() || (resultsJson == null && typesOf(plain.results()).equals(resultTypes))) {
            return plain;
        }
        return TaskStatus.Succeeded.of(files, completed, linkExpired, notice);
    }

    TaskStatus.Running running() {
        return new TaskStatus.Running(progress, stage, ResultFilesJson.read(resultsJson));
    }

    private static List<String> typesOf(List<ResultFile> results) {
        return results.stream().map(r -> r.type() == null ? "link" : r.type().name().toLowerCase(Locale.ROOT)).toList();
    }

    private static ResultType typeNamed(String name) {
        for (ResultType type : ResultType.values()) {
            if (type.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return type;
            }
        }
        return null; // "link", or anything else: untyped, its answer will say
    }
}
