package io.alephmonitor.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version such as {@code 1.4}, {@code v1.4.2} or {@code 0.2.0-SNAPSHOT}: numbers compared one by
 * one (a missing one is 0), and a version with a suffix (-SNAPSHOT, -rc.1, -beta) comes before the
 * same numbers without one. Text with no number in front is not a version ({@link #parse} gives null).
 */
public record AppVersion(List<Integer> numbers, String suffix) implements Comparable<AppVersion> {

    private static final Pattern SHAPE = Pattern.compile("^[vV]?(\\d+(?:\\.\\d+)*)([-+.]?[0-9A-Za-z.+-]*)?$");

    public AppVersion {
        numbers = List.copyOf(numbers);
        suffix = suffix == null || suffix.isBlank() ? "" : suffix;
    }

    /** The version in {@code text}, or null when it is not one. */
    public static AppVersion parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            try {
                parts.add(Integer.parseInt(part));
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        String rest = m.group(2) == null ? "" : m.group(2).replaceFirst("\\+.*$", ""); // build metadata does not count
        return new AppVersion(parts, rest.replaceFirst("^[-.]", ""));
    }

    /** True when this is a newer version than {@code other}. */
    public boolean isNewerThan(AppVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(AppVersion other) {
        int length = Math.max(numbers.size(), other.numbers.size());
        for (int i = 0; i < length; i++) {
            int a = i < numbers.size() ? numbers.get(i) : 0;
            int b = i < other.numbers.size() ? other.numbers.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        if (suffix.isEmpty() != other.suffix.isEmpty()) {
            return suffix.isEmpty() ? 1 : -1; // 1.0 is after 1.0-rc.1
        }
        return suffix.toLowerCase(Locale.ROOT).compareTo(other.suffix.toLowerCase(Locale.ROOT));
    }

    /** As people write it: "1.4.2", "0.2.0-SNAPSHOT". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            text.append(i == 0 ? "" : ".").append(numbers.get(i));
        }
        return suffix.isEmpty() ? text.toString() : text + "-" + suffix;
    }
}
