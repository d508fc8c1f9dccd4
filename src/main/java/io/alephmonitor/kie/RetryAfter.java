package io.alephmonitor.kie;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Reads an HTTP {@code Retry-After} header: delay seconds or an HTTP-date. */
final class RetryAfter {

    /** Longer waits are capped: a broken header must not silence polling for days. */
    static final Duration MAX = Duration.ofHours(1);

    private RetryAfter() {
    }

    /** The wait the header asks for, measured from {@code now}; null when absent or unreadable. */
    static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        Duration wait;
        if (value.chars().allMatch(Character::isDigit)) {
            wait = value.length() > 9 ? MAX : Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                wait = Duration.between(now, at);
                if (wait.isNegative()) {
                    wait = Duration.ZERO;
                }
            } catch (DateTimeException unreadable) {
                return null;
            }
        }
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
