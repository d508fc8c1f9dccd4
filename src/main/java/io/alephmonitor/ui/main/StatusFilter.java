package io.alephmonitor.ui.main;

import io.alephmonitor.model.TaskStatus;

import java.util.function.Predicate;

/** The status choices of the filter bar: which tasks the table and the gallery show. */
public enum StatusFilter implements Predicate<TaskStatus> {
    ALL("All"),
    ACTIVE("Active"),
    DONE("Done"),
    FAILED("Failed");

    private final String label;

    StatusFilter(String label) {
        this.label = label;
    }

    @Override
    public boolean test(TaskStatus status) {
        return switch (this) {
            case ALL -> true;
            case ACTIVE -> !status.isFinal();
            case DONE -> status instanceof TaskStatus.Succeeded;
            case FAILED -> status.isFinal() && !(status instanceof TaskStatus.Succeeded);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
