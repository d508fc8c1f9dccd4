package io.alephmonitor.kie;

import io.alephmonitor.model.CreateField;
import io.alephmonitor.model.CreateForm;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The docs' example request bodies as a user would type them into a create form, and JSON compared by value. */
public final class CreateExamples {

    private CreateExamples() {
    }

    /** The docs example file (under {@code docs/}) typed into the form. */
    public static Map<String, String> typedExample(CreateForm form, String file) {
        return typedValues(form, DocExamples.json(file));
    }

    /** The example body's values for the form's fields, as typed: link lists one a line, everything else as text. */
    public static Map<String, String> typedValues(CreateForm form, JsonNode example) {
        JsonNode fields = form.isMarket() ? example.path("input") : example;
        Map<String, String> values = new LinkedHashMap<>();
        for (CreateField field : form.fields()) {
            JsonNode value = fields.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> links = new ArrayList<>();
                value.forEach(link -> links.add(link.asText()));
                values.put(field.name(), String.join("\n", links));
            } else {
                values.put(field.name(), value.asText());
            }
        }
        return values;
    }

    /** What of the example a form can send: its fields that are filled (an empty text or list is left out). */
    public static Object expectedBody(CreateForm form, JsonNode example) {
        JsonNode fields = form.isMarket() ? example.path("input") : example;
        Map<String, Object> kept = new TreeMap<>();
        for (CreateField field : form.fields()) {
            JsonNode value = fields.get(field.name());
            if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())
                    && !(value.isArray() && value.isEmpty())) {
                kept.put(field.name(), byValue(value));
            }
        }
        if (!form.isMarket()) {
            return kept;
        }
        Map<String, Object> body = new TreeMap<>();
        body.put("model", form.marketModel());
        body.put("input", kept);
        return body;
    }

    /** JSON by value: objects as sorted maps, numbers as plain decimals (5, 5.0 and 5L are the same). */
    public static Object byValue(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), byValue(entry.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(byValue(item)));
            return list;
        }
        if (node.isNumber()) {
            return new BigDecimal(node.asText()).stripTrailingZeros().toPlainString();
        }
        return node.isBoolean() ? node.asBoolean() : node.asText();
    }
}
