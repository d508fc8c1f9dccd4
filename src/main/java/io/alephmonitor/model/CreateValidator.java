package io.alephmonitor.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Null when kie.ai could fetch this address; else why not. (No java.net here: the domain stays plain Java.) */
    static String link(String label, String value, boolean publicHttps) {
        String address = value.strip();
        if (address.chars().anyMatch(Character::isWhitespace)) {
            return label + " is not a web address (" + shorten(value) + ").";
        }
        Matcher parts = WEB_ADDRESS.matcher(address);
        if (!parts.matches()) {
            return label + " must be a web address starting with https:// (" + shorten(value) + ").";
        }
        if (publicHttps && !parts.group(1).equalsIgnoreCase("https")) {
            return label + " must start with https:// — kie.ai fetches the file itself.";
        }
        if (publicHttps && isPrivateHost(host(parts.group(2)))) {
            return label + " points at this computer or a private network; kie.ai can only fetch files on the public "
                    + "internet (upload the file somewhere public first).";
        }
        return null;
    }

    /** scheme, authority (user info, host, port) and the rest. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?)://([^/?#]+)([/?#].*)?");
    private static final Pattern PRIVATE_IPV4 = Pattern.compile(
            "(?:127|10|0)\\.\\d+\\.\\d+\\.\\d+|192\\.168\\.\\d+\\.\\d+|169\\.254\\.\\d+\\.\\d+"
                    + "|172\\.(?:1[6-9]|2\\d|3[01])\\.\\d+\\.\\d+");

    private static String host(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static boolean isPrivateHost(String host) {
        if (host.isEmpty() || host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")) {
            return true;
        }
        if (host.startsWith("[")) { // an IPv6 literal: loopback, unspecified, link-local, unique-local
            String ip = host.substring(1, host.length() - (host.endsWith("]") ? 1 : 0));
            return ip.equals("::1") || ip.equals("::") || ip.startsWith("fe80:") || ip.startsWith("fc") || ip.startsWith("fd");
        }
        // a name: only kie.ai can tell whether it resolves publicly, and no lookup runs on a keystroke
        return PRIVATE_IPV4.matcher(host).matches();
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
