package io.alephmonitor.kie;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * Reads single fields of kie.ai records without ever failing: a field that is missing, null or of
 * an unexpected type reads as null. Shared by every task kind's adapter.
 */
public final class LenientJson {

    private LenientJson() {
    }

    /** The field as text (numbers and booleans spelled out); null when missing, null, blank or structured. */
    public static String text(JsonNode parent, String field) {
        JsonNode node = field(parent, field);
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    /** The field as a whole number (a JSON number or a numeric string); null when it is not one. */
    public static Long whole(JsonNode parent, String field) {
        return whole(field(parent, field));
    }

    /** The node as a whole number (a JSON number or a numeric string, e.g. "42" or 42.0); null otherwise. */
    public static Long whole(JsonNode node) {
        BigDecimal number = decimal(node);
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException notWholeOrTooBig) {
            return null;
        }
    }

    /** The field as an int (see {@link #whole}); null when missing or out of range. */
    public static Integer integer(JsonNode parent, String field) {
        Long value = whole(parent, field);
        return value == null || value != value.intValue() ? null : value.intValue();
    }

    /** The node as a number (a JSON number or a numeric string); null otherwise. */
    public static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            // 1e999 in a body parses to an infinite double, which has no decimal value
            boolean infiniteOrNaN = node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())
                    && !node.isBigDecimal();
            return infiniteOrNaN ? null : node.decimalValue();
        }
        if (node.isTextual()) {
            String text = node.asText().strip();
            if (text.isEmpty() || text.length() > 40) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    /** The child object of that name; null when missing or not an object. */
    public static JsonNode object(JsonNode parent, String field) {
        JsonNode node = field(parent, field);
        return node != null && node.isObject() ? node : null;
    }

    /**
     * A field that kie.ai sends as JSON text inside JSON (paramJson, resultJson), also accepted
     * when it arrives already as an object. Returns the object, or null when missing, empty,
     * malformed or not an object. One extra level of string encoding is undone too.
     */
    public static JsonNode embeddedObject(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 2 && current != null; depth++) {
            if (current.isObject()) {
                return current;
            }
            if (!current.isTextual() || current.asText().isBlank()) {
                return null;
            }
            try {
                current = KieJson.MAPPER.readTree(current.asText());
            } catch (JacksonException malformed) {
                return null;
            }
        }
        return current != null && current.isObject() ? current : null;
    }

    private static JsonNode field(JsonNode parent, String field) {
        return parent == null || !parent.isObject() ? null : parent.get(field);
    }
}
