package io.alephmonitor.ui.main;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The date choices of the search filters: how recently a task was added. */
enum AddedWithin {
    ANY("Any time"),
    TODAY("Today"),
    WEEK("Last 7 days"),
    MONTH("Last 30 days");

    private final String label;

    AddedWithin(String label) {
        this.label = label;
    }

    /** The earliest time a matching task was added (null for any time); "today" starts at local midnight. */
    Instant from(Instant now, ZoneId zone) {
        return switch (this) {
            case ANY -> null;
            case TODAY -> LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
            case WEEK -> now.minus(7, ChronoUnit.DAYS);
            case MONTH -> now.minus(30, ChronoUnit.DAYS);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
