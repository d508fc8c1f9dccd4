package io.alephmonitor.tracking;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.alephmonitor.kie.CreateBodies;
import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.kie.KieJson;
import io.alephmonitor.model.CreateField;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.FieldType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rows a batch will send, made from one filled form × N seeds or from a CSV/JSON list (one row a task, the
 * columns or keys named as the form's fields; what a row leaves out comes from the form's values), with every bad
 * row reported by its line and left out of the batch, never half sent. Nothing here throws on odd input.
 */
public record BatchPlan(List<Row> rows, List<String> problems) {

    /** One task to create: where it came from, its prompt (to find it on kie.ai) and the request. */
    public record Row(String origin, String prompt, CreateRequest request) {
    }

    public BatchPlan {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The form's seed field (an integer named seed or seeds), if it has one. */
    public static Optional<CreateField> seedField(CreateForm form) {
        return form.fields().stream()
                .filter(field -> field.type() == FieldType.INTEGER && field.name().toLowerCase().startsWith("seed"))
                .findFirst();
    }

    /**
     * {@code count} rows of the same values, with seeds {@code firstSeed}, {@code firstSeed + 1}… when the form
     * has a seed field; without one, {@code count} takes of the same request (kie.ai varies each result).
     */
    public static BatchPlan seeds(CreateForm form, Map<String, String> values, int count, long firstSeed) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (count < 1) {
            return new BatchPlan(rows, List.of("Choose how many tasks to create (at least 1)."));
        }
        Optional<CreateField> seed = seedField(form);
        for (int i = 0; i < count; i++) {
            Map<String, String> rowValues = new LinkedHashMap<>(values);
            String origin = "take " + (i + 1);
            if (seed.isPresent()) {
                rowValues.put(seed.get().name(), Long.toString(firstSeed + i));
                origin = "seed " + (firstSeed + i);
            }
            add(form, rowValues, origin, "Take " + (i + 1), rows, problems);
        }
        return new BatchPlan(rows, problems);
    }

    /** One row per CSV record after the header of field names. */
    public static BatchPlan csv(CreateForm form, Map<String, String> defaults, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<BatchCsv.Line> lines = BatchCsv.read(text == null ? "" : text);
        if (lines.isEmpty()) {
            return new BatchPlan(rows, List.of("The file is empty: its first line should name the fields ("
                    + fieldNames(form) + "), then one line per task."));
        }
        List<String> header = lines.getFirst().cells().stream().map(String::strip).toList();
        List<String> unknown = header.stream().filter(name -> form.field(name).isEmpty() && !name.isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return new BatchPlan(rows, List.of("Line 1: " + String.join(", ", unknown) + " is not a field of "
                    + form.title() + " — the columns can be " + fieldNames(form) + "."));
        }
        for (BatchCsv.Line line : lines.subList(1, lines.size())) {
            Map<String, String> values = new LinkedHashMap<>(defaults);
            if (line.cells().size() > header.size()) {
                problems.add("Line " + line.number() + ": " + line.cells().size() + " cells, but the header names "
                        + header.size() + " fields.");
                continue;
            }
            for (int i = 0; i < line.cells().size(); i++) {
                if (!header.get(i).isEmpty() && !line.cells().get(i).isBlank()) {
                    values.put(header.get(i), line.cells().get(i));
                }
            }
            add(form, values, "line " + line.number(), "Line " + line.number(), rows, problems);
        }
        return new BatchPlan(rows, problems);
    }

    /** One row per object of a JSON array whose keys are field names. */
    public static BatchPlan json(CreateForm form, Map<String, String> defaults, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = KieJson.MAPPER.createParser(text == null ? "" : text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return new BatchPlan(rows, List.of("The file should hold a JSON array of objects, one per task, "
                        + "e.g. [{\"prompt\": \"…\"}, {\"prompt\": \"…\"}]."));
            }
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                int line = parser.currentLocation().getLineNr();
                JsonNode entry = parser.readValueAsTree();
                String where = "Line " + line;
                if (entry == null || !entry.isObject()) {
                    problems.add(where + ": not an object with field names.");
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>(defaults);
                List<String> unknown = new ArrayList<>();
                entry.properties().forEach(field -> {
                    if (form.field(field.getKey()).isEmpty()) {
                        unknown.add(field.getKey());
                    } else if (!field.getValue().isNull()) {
                        values.put(field.getKey(), text(field.getValue()));
                    }
                });
                if (!unknown.isEmpty()) {
                    problems.add(where + ": " + String.join(", ", unknown) + " is not a field of " + form.title()
                            + " (" + fieldNames(form) + ").");
                    continue;
                }
                add(form, values, "line " + line, where, rows, problems);
            }
        } catch (JacksonException broken) {
            problems.add("Line " + (broken.getLocation() == null ? "?" : broken.getLocation().getLineNr())
                    + ": the JSON is broken there (" + firstLine(broken.getOriginalMessage()) + "); rows after it were not read.");
        } catch (java.io.IOException | RuntimeException unreadable) {
            problems.add("The file could not be read as JSON (" + firstLine(unreadable.getMessage()) + ").");
        }
        return new BatchPlan(rows, problems);
    }

    private static void add(CreateForm form, Map<String, String> values, String origin, String where,
                            List<Row> rows, List<String> problems) {
        switch (CreateBodies.build(form, values)) {
            case CreateBodies.Built.Ready(CreateRequest request) ->
                    rows.add(new Row(origin, values.getOrDefault("prompt", ""), request));
            case CreateBodies.Built.Problems(Map<String, String> byField) ->
                    problems.add(where + ": " + String.join(" ", byField.values()));
        }
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            return String.join("\n", items);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String fieldNames(CreateForm form) {
        return form.fields().stream().map(CreateField::name).collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
