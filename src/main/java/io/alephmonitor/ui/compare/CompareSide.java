package io.alephmonitor.ui.compare;

import io.alephmonitor.model.ResultFile;

import java.util.Objects;

/**
 * One side of a comparison: the result and the words that say which one it is.
 *
 * @param title  what it is, short: "Take 2 of 4 · 1a2b3c4d", "Source video · 1a2b3c4d"
 * @param prompt the first line of the task's prompt; empty when it has none
 * @param result the file shown
 */
public record CompareSide(String title, String prompt, ResultFile result) {

    public CompareSide {
        Objects.requireNonNull(title, "title");
        prompt = prompt == null ? "" : prompt;
        Objects.requireNonNull(result, "result");
    }
}
