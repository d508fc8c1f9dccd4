package io.alephmonitor.model;

import java.util.List;
import java.util.Objects;

/**
 * One field of a create request as kie.ai documents it: the name sent, the label shown, its type,
 * whether it is required, the documented default (null: none), the documented choices, limits
 * (longest text, smallest and largest number, most links) and whether it must be a public https
 * address kie.ai can fetch. A limit the docs do not give is null. Built with the {@code with…}
 * methods, e.g. {@code CreateField.of("prompt", "Prompt", LONG_TEXT).mandatory().maxLength(1800)}.
 */
public record CreateField(String name, String label, FieldType type, boolean required, String defaultValue,
                          List<String> choices, boolean numericChoice, Integer maxLength, Double min, Double max,
                          Integer maxItems, boolean publicHttps, String hint) {

    public CreateField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An optional field without default, choices or limits; URL fields must be public https addresses. */
    public static CreateField of(String name, String label, FieldType type) {
        boolean link = type == FieldType.URL || type == FieldType.URL_LIST;
        return new CreateField(name, label, type, false, null, List.of(), false, null, null, null, null, link, null);
    }

    /** A choice among these documented values (sent as strings). */
    public static CreateField choice(String name, String label, String... values) {
        return of(name, label, FieldType.CHOICE).choices(values);
    }

    public CreateField mandatory() {
        return new CreateField(name, label, type, true, defaultValue, choices, numericChoice, maxLength, min, max,
                maxItems, publicHttps, hint);
    }

    public CreateField defaultValue(String value) {
        return new CreateField(name, label, type, required, value, choices, numericChoice, maxLength, min, max,
                maxItems, publicHttps, hint);
    }

    public CreateField choices(String... values) {
        return new CreateField(name, label, type, required, defaultValue, List.of(values), numericChoice, maxLength,
                min, max, maxItems, publicHttps, hint);
    }

    /** The choices are numbers on the wire ({@code "duration": 5}, not {@code "5"}). */
    public CreateField numeric() {
        return new CreateField(name, label, type, required, defaultValue, choices, true, maxLength, min, max,
                maxItems, publicHttps, hint);
    }

    public CreateField maxLength(int characters) {
        return new CreateField(name, label, type, required, defaultValue, choices, numericChoice, characters, min, max,
                maxItems, publicHttps, hint);
    }

    public CreateField range(double smallest, double largest) {
        return new CreateField(name, label, type, required, defaultValue, choices, numericChoice, maxLength, smallest,
                largest, maxItems, publicHttps, hint);
    }

    public CreateField maxItems(int links) {
        return new CreateField(name, label, type, required, defaultValue, choices, numericChoice, maxLength, min, max,
                links, publicHttps, hint);
    }

    /** A sentence shown under the field: what the docs say that the form cannot check (file size, clip length). */
    public CreateField hint(String sentence) {
        return new CreateField(name, label, type, required, defaultValue, choices, numericChoice, maxLength, min, max,
                maxItems, publicHttps, sentence);
    }
}
