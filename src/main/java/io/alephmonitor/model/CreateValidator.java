package io.alephmonitor.model;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a filled {@link CreateForm} (each field's text as typed) against what its docs page
 * documents, and says what is wrong field by field in plain words. Cheap enough to run on every
 * keystroke; never throws on odd input. An empty answer means the form may be sent.
 */
public final class CreateValidator {

    private CreateValidator() {
    }

    /** Field name → the sentence to show under it, in the form's field order; empty when all is well. */
    public static Map<String, String> problems(CreateForm form, Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (CreateField field : form.fields()) {
            String problem = problemWith(field, text(values, field.name()));
            if (problem != null) {
                problems.put(field.name(), problem);
            }
        }
        for (CreateRule rule : form.rules()) {
            checkRule(form, rule, values, problems);
        }
        return problems;
    }

    /** The one field's problem on its own (required, type, choices, limits), or null. */
    public static String problemWith(CreateField field, String value) {
        String label = field.label();
        if (value.isBlank()) {
            return field.required() ? "Fill in " + label + " — kie.ai needs it." : null;
        }
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            return tooLong(label, value.length(), field.maxLength());
        }
        return switch (field.type()) {
            case TEXT, LONG_TEXT, JSON -> null;
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : label + " must be yes or no.";
            case CHOICE -> field.choices().contains(value) ? null
                    : label + " must be one of: " + String.join(", ", field.choices()) + ".";
            case INTEGER -> number(field, value, true);
            case NUMBER -> number(field, value, false);
            case URL -> link(label, value, field.publicHttps());
            case URL_LIST -> links(field, value);
        };
    }

    /** The links of a URL list as typed: one a line or separated by commas, blanks dropped. */
    public static List<String> splitLinks(String value) {
        return Arrays.stream(value.split("[,\\n\\r]+")).map(String::strip).filter(link -> !link.isEmpty()).toList();
    }

    private static String number(CreateField field, String value, boolean whole) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return field.label() + (whole ? " must be a whole number." : " must be a number.");
        }
        if (whole && number.stripTrailingZeros().scale() > 0) {
            return field.label() + " must be a whole number.";
        }
        if (whole && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return field.label() + " is too large a number.";
        }
        double asDouble = number.doubleValue();
        if (field.min() != null && asDouble < field.min() || field.max() != null && asDouble > field.max()) {
            return field.label() + " must be between " + plain(field.min()) + " and " + plain(field.max()) + ".";
        }
        return null;
    }

    private static String links(CreateField field, String value) {
        List<String> links = splitLinks(value);
        if (field.maxItems() != null && links.size() > field.maxItems()) {
            return field.label() + " takes at most " + field.maxItems() + " links; there are " + links.size() + ".";
        }
        for (String link : links) {
            String problem = link(field.label(), link, field.publicHttps());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Null when kie.ai could fetch this address; else why not. */
    static String link(String label, String value, boolean publicHttps) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException notAnAddress) {
            return label + " is not a web address (" + shorten(value) + ").";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return label + " must be a web address starting with https:// (" + shorten(value) + ").";
        }
        if (publicHttps && !scheme.equals("https")) {
            return label + " must start with https:// — kie.ai fetches the file itself.";
        }
        if (publicHttps && isPrivateHost(uri.getHost())) {
            return label + " points at this computer or a private network; kie.ai can only fetch files on the public "
                    + "internet (upload the file somewhere public first).";
        }
        return null;
    }

    private static boolean isPrivateHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")) {
            return true;
        }
        if (!name.matches("[0-9.]+") && !name.startsWith("[")) {
            return false; // a name: only kie.ai can tell whether it resolves publicly, and no lookup runs on a keystroke
        }
        try {
            InetAddress address = InetAddress.ofLiteral(name.replace("[", "").replace("]", ""));
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress();
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }

    private static void checkRule(CreateForm form, CreateRule rule, Map<String, String> values, Map<String, String> problems) {
        switch (rule) {
            case CreateRule.RequiredWhen(String field, String whenField, String whenValue, String reason) -> {
                String when = effective(form, values, whenField);
                boolean applies = whenValue == null || whenValue.isEmpty() ? when.isBlank() : when.equals(whenValue);
                if (applies && text(values, field).isBlank()) {
                    problems.putIfAbsent(field, "Fill in " + label(form, field) + " — " + reason + ".");
                }
            }
            case CreateRule.MaxLengthWhen(String field, int max, String whenField, List<String> whenValues) -> {
                String value = text(values, field);
                if (whenValues.contains(effective(form, values, whenField)) && value.length() > max) {
                    problems.putIfAbsent(field, label(form, field) + " is " + value.length() + " characters long; with "
                            + label(form, whenField) + " " + effective(form, values, whenField) + " kie.ai takes at most "
                            + max + ".");
                }
            }
            case CreateRule.NotTogether(String fieldA, String valueA, String fieldB, String valueB, String reason) -> {
                if (effective(form, values, fieldA).equals(valueA) && effective(form, values, fieldB).equals(valueB)) {
                    problems.putIfAbsent(fieldB, "Not possible: " + reason + ".");
                }
            }
        }
    }

    /** What a field stands at: its text, or its documented default when left empty (kie.ai applies that). */
    private static String effective(CreateForm form, Map<String, String> values, String name) {
        String value = text(values, name);
        if (!value.isBlank()) {
            return value.strip();
        }
        return form.field(name).map(CreateField::defaultValue).orElse("");
    }

    private static String label(CreateForm form, String name) {
        return form.field(name).map(CreateField::label).orElse(name);
    }

    private static String tooLong(String label, int length, int max) {
        return label + " is " + length + " characters long; kie.ai takes at most " + max + ".";
    }

    private static String text(Map<String, String> values, String name) {
        String value = values == null ? null : values.get(name);
        return value == null ? "" : value;
    }

    private static String plain(Double number) {
        if (number == null) {
            return "…";
        }
        return number == Math.rint(number) ? Long.toString(number.longValue()) : number.toString();
    }

    private static String shorten(String value) {
        String stripped = value.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "…";
    }
}
