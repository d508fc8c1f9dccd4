package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads the time formats kie.ai uses across its task kinds: ISO-8601 with a zone
 * ("2023-08-15T14:30:45Z"), local date-times with a space or a T and no zone (read as UTC, which
 * is what kie.ai's servers use), and epoch milliseconds or seconds as numbers or numeric strings.
 * Anything else reads as null, so a strange time never fails a poll.
 */
public final class LenientTime {

    /** Epoch values at or above this are milliseconds: 10^11 s is the year 5138, 10^11 ms is 1973. */
    private static final BigDecimal MILLIS_THRESHOLD = BigDecimal.valueOf(100_000_000_000L);

    private LenientTime() {
    }

    /** The field of {@code parent} as an instant; null when missing or unreadable. */
    public static Instant instant(JsonNode parent, String field) {
        return parent == null || !parent.isObject() ? null : instant(parent.get(field));
    }

    /** The node as an instant; null when missing or unreadable. */
    public static Instant instant(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        BigDecimal epoch = LenientJson.decimal(node);
        if (epoch != null) {
            return fromEpoch(epoch);
        }
        return node.isTextual() ? parse(node.asText()) : null;
    }

    /** Parses one textual time; null when it is none of the known formats. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return null;
        }
        String iso = text.strip();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11).strip();
        }
        try {
            return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException notOffset) {
            // fall through: most kinds send no zone at all
        }
        try {
            return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    private static Instant fromEpoch(BigDecimal epoch) {
        try {
            if (epoch.signum() <= 0) {
                return null; // 0 is how some kinds say "not yet"
            }
            BigDecimal millis = epoch.compareTo(MILLIS_THRESHOLD) >= 0 ? epoch : epoch.movePointRight(3);
            return Instant.ofEpochMilli(millis.setScale(0, RoundingMode.DOWN).longValueExact());
        } catch (ArithmeticException | DateTimeException outOfRange) {
            return null;
        }
    }
}
