package io.alephmonitor.kie;

import io.alephmonitor.model.CreateField;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateValidator;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JSON body of a create call from a filled {@link CreateForm}: each filled field under
 * its documented name with its documented JSON type (numbers as numbers, yes/no as booleans, a
 * link list as an array); empty fields are left out, so kie.ai applies its own defaults. Market
 * forms wrap the fields as {@code {"model": …, "input": {…}}}.
 */
public final class CreateBodies {

    private CreateBodies() {
    }

    /** A body, or the field-level problems that keep it from being sent. */
    public sealed interface Built {
        record Ready(CreateRequest request) implements Built {
        }

        record Problems(Map<String, String> byField) implements Built {
        }
    }

    /** Validates the values ({@link CreateValidator}), then builds the request. */
    public static Built build(CreateForm form, Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>(CreateValidator.problems(form, values));
        ObjectNode fields = KieJson.MAPPER.createObjectNode();
        for (CreateField field : form.fields()) {
            String value = values.get(field.name());
            if (value == null || value.isBlank() || problems.containsKey(field.name())) {
                continue;
            }
            try {
                put(fields, field, value.strip());
            } catch (JacksonException | IllegalArgumentException | ArithmeticException unreadable) {
                problems.put(field.name(), field.label() + " is not valid JSON: " + firstLine(unreadable.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Built.Problems(Map.copyOf(problems));
        }
        return new Built.Ready(new CreateRequest(form.kindId(), form.endpoint(), wrap(form, fields)));
    }

    /** A Market request with a raw {@code input} object (what the form does not know). */
    public static CreateRequest market(String model, ObjectNode input) {
        ObjectNode body = KieJson.MAPPER.createObjectNode();
        body.put("model", model);
        body.set("input", input.deepCopy());
        return new CreateRequest(io.alephmonitor.model.KindIds.MARKET, io.alephmonitor.model.MarketForms.ENDPOINT, body);
    }

    private static ObjectNode wrap(CreateForm form, ObjectNode fields) {
        if (!form.isMarket()) {
            return fields;
        }
        ObjectNode body = KieJson.MAPPER.createObjectNode();
        body.put("model", form.marketModel());
        JsonNode rawInput = fields.get("input");
        body.set("input", form.fields().size() == 1 && rawInput != null ? rawInput : fields);
        return body;
    }

    private static void put(ObjectNode body, CreateField field, String value) throws JacksonException {
        String name = field.name();
        switch (field.type()) {
            case TEXT, LONG_TEXT, URL -> body.put(name, value);
            case CHOICE -> {
                if (field.numericChoice()) {
                    body.put(name, new BigDecimal(value));
                } else {
                    body.put(name, value);
                }
            }
            case INTEGER -> body.put(name, new BigDecimal(value).longValueExact());
            case NUMBER -> body.put(name, new BigDecimal(value));
            case BOOLEAN -> body.put(name, Boolean.parseBoolean(value));
            case URL_LIST -> {
                ArrayNode links = body.putArray(name);
                CreateValidator.splitLinks(value).forEach(links::add);
            }
            case JSON -> {
                JsonNode parsed = KieJson.MAPPER.readTree(value);
                if (field.name().equals("input") && !parsed.isObject()) {
                    throw new IllegalArgumentException("the input must be a JSON object { … }");
                }
                body.set(name, parsed);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it cannot be read";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
