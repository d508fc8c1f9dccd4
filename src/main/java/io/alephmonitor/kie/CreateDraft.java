package io.alephmonitor.kie;

import io.alephmonitor.model.CreateField;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.FieldType;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.MarketForms;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A create form being filled in: each field's text as typed, plus what a request body held that the
 * form has no field for ({@code extras}, shaped like the body: for a Market model its top-level keys
 * and an {@code input} object of unknown input keys). Reads a recorded task's parameters back into a
 * form (Regenerate / Use as template), shows the body as JSON text and reads edited JSON back.
 * Never throws on odd JSON.
 */
public record CreateDraft(CreateForm form, Map<String, String> values, ObjectNode extras) {

    public CreateDraft {
        Objects.requireNonNull(form, "form");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
        extras = extras == null ? KieJson.MAPPER.createObjectNode() : extras.deepCopy();
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    /** The form with its documented defaults filled in and nothing else. */
    public static CreateDraft blank(CreateForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CreateField field : form.fields()) {
            values.put(field.name(), field.defaultValue() == null ? "" : field.defaultValue());
        }
        return new CreateDraft(form, values, null);
    }

    /** This draft with other typed values (extras kept). */
    public CreateDraft withValues(Map<String, String> newValues) {
        return new CreateDraft(form, newValues, extras);
    }

    /** What reading JSON text back into a form gave. */
    public sealed interface Read {
        record Filled(CreateDraft draft) implements Read {
        }

        record Unreadable(String message) implements Read {
        }
    }

    /**
     * The form a tracked task of {@code kindId} is remade with, filled from its recorded parameters
     * ({@code raw}: kie.ai's {@code paramJson}, {@code param} or {@code generateParam} as recorded).
     * Fields the record does not mention keep their defaults; keys the form does not know are kept as
     * extras. Empty when the kind has no documented create request or the record holds no object.
     */
    public static Optional<CreateDraft> fromRecorded(String kindId, String raw) {
        if (kindId == null || raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        JsonNode params = LenientJson.embeddedObject(KieJson.MAPPER.getNodeFactory().textNode(raw));
        if (params == null) {
            return Optional.empty();
        }
        Optional<CreateForm> form;
        if (kindId.equals(KindIds.MARKET)) {
            String model = LenientJson.text(params, "model");
            if (model == null || model.isBlank()) {
                return Optional.empty();
            }
            form = Optional.of(MarketForms.all().stream().filter(f -> model.equals(f.marketModel())).findFirst()
                    .orElseGet(() -> MarketForms.rawInput(model)));
        } else {
            form = CreateForms.byId(kindId).filter(f -> !f.isMarket());
        }
        return form.map(f -> fill(blank(f), (ObjectNode) params));
    }

    /** The JSON body typed (or edited) as text read back into this draft's form. */
    public Read readBody(String text) {
        if (text == null || text.isBlank()) {
            return new Read.Unreadable("The request body is empty; it is a JSON object in braces { … }.");
        }
        JsonNode body;
        try {
            body = KieJson.MAPPER.readTree(text);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "Line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String first = e.getOriginalMessage() == null ? "this is not valid JSON"
                    : e.getOriginalMessage().lines().findFirst().orElse("").strip();
            return new Read.Unreadable(where + first);
        }
        if (body == null || !body.isObject()) {
            return new Read.Unreadable("The request body must be a JSON object in braces { … }.");
        }
        Map<String, String> cleared = new LinkedHashMap<>();
        form.fields().forEach(field -> cleared.put(field.name(), ""));
        return new Read.Filled(fill(new CreateDraft(form, cleared, null), (ObjectNode) body));
    }

    /** The body this draft would send, as indented JSON text (values that do not fit their type are shown as text). */
    public String bodyText() {
        try {
            return KieJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body(lenientFields()));
        } catch (JacksonException cannotHappen) {
            return "{}";
        }
    }

    /** Validates and builds the request ({@link CreateBodies#build}), with the extras under the form's fields. */
    public CreateBodies.Built build() {
        CreateBodies.Built built = CreateBodies.build(form, values);
        if (!(built instanceof CreateBodies.Built.Ready(CreateRequest request))) {
            return built;
        }
        ObjectNode sent = request.body();
        ObjectNode fields = sent;
        if (form.isMarket()) {
            fields = isRawInput(form) ? KieJson.MAPPER.createObjectNode().set("input", sent.get("input"))
                    : (ObjectNode) sent.get("input");
        }
        ObjectNode merged = body(fields);
        return new CreateBodies.Built.Ready(new CreateRequest(request.kindId(), request.path(), merged));
    }

    /** The body: the extras with {@code fields} (form field name → JSON value) laid over them. */
    private ObjectNode body(ObjectNode fields) {
        ObjectNode body = extras.deepCopy();
        if (!form.isMarket()) {
            body.setAll(fields);
            return body;
        }
        ObjectNode input = body.get("input") instanceof ObjectNode unknown ? unknown : KieJson.MAPPER.createObjectNode();
        boolean raw = isRawInput(form);
        JsonNode rawInput = fields.get("input");
        ObjectNode merged = KieJson.MAPPER.createObjectNode();
        merged.put("model", form.marketModel());
        body.remove("model");
        body.remove("input");
        merged.setAll(body);
        if (raw) {
            merged.set("input", rawInput == null ? input : rawInput);
        } else {
            input.setAll(fields);
            merged.set("input", input);
        }
        return merged;
    }

    /** The fields as JSON, each in its type where it reads as one, else as the text typed. */
    private ObjectNode lenientFields() {
        ObjectNode fields = KieJson.MAPPER.createObjectNode();
        for (CreateField field : form.fields()) {
            String value = values.getOrDefault(field.name(), "");
            if (value.isBlank()) {
                continue;
            }
            CreateBodies.Built one = CreateBodies.build(
                    new CreateForm(form.id(), form.title(), form.kindId(), form.endpoint(), null, form.docsUrl(),
                            List.of(field), List.of()), Map.of(field.name(), value));
            if (one instanceof CreateBodies.Built.Ready(CreateRequest request) && request.body().has(field.name())) {
                fields.set(field.name(), request.body().get(field.name()));
            } else {
                fields.put(field.name(), value);
            }
        }
        return fields;
    }

    private static boolean isRawInput(CreateForm form) {
        return form.fields().size() == 1 && form.fields().getFirst().type() == FieldType.JSON
                && form.fields().getFirst().name().equals("input");
    }

    /** {@code body} (a request body or recorded parameters) laid over {@code start}: known keys to values, the rest to extras. */
    private static CreateDraft fill(CreateDraft start, ObjectNode body) {
        CreateForm form = start.form();
        Map<String, String> values = new LinkedHashMap<>(start.values());
        ObjectNode extras = body.deepCopy();
        ObjectNode fields;
        if (form.isMarket()) {
            extras.remove("model");
            JsonNode input = extras.remove("input");
            fields = input instanceof ObjectNode object ? object : LenientJson.embeddedObject(input) instanceof ObjectNode
                    embedded ? embedded : KieJson.MAPPER.createObjectNode();
            if (isRawInput(form)) {
                values.put("input", pretty(fields));
                return new CreateDraft(form, values, extras);
            }
            fields = fields.deepCopy();
            extras.set("input", fields);
        } else {
            fields = extras;
        }
        for (CreateField field : form.fields()) {
            JsonNode value = fields.remove(field.name());
            if (value != null && !value.isNull()) {
                values.put(field.name(), typed(field, value));
            }
        }
        if (form.isMarket() && fields.isEmpty()) {
            extras.remove("input");
        }
        return new CreateDraft(form, values, extras);
    }

    /** A recorded JSON value as a user would type it: links one a line, yes/no as true/false, numbers plainly. */
    private static String typed(CreateField field, JsonNode value) {
        if (value.isArray() && field.type() == FieldType.URL_LIST) {
            List<String> links = new ArrayList<>();
            value.forEach(link -> links.add(link.isTextual() ? link.asText() : link.toString()));
            return String.join("\n", links);
        }
        if (value.isContainerNode()) {
            return field.type() == FieldType.JSON ? pretty(value) : value.toString();
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }

    private static String pretty(JsonNode node) {
        try {
            return KieJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JacksonException cannotHappen) {
            return node.toString();
        }
    }
}
