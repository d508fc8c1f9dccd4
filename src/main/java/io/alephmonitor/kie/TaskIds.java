package io.alephmonitor.kie;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kie.ai task IDs in the documented UUID form ({@code ee603959-debb-48d1-98c4-a6d1c717eba6}):
 * validation, normalisation to lower case, and extraction from any pasted text.
 */
public final class TaskIds {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static final Pattern EXACT = Pattern.compile(UUID);

    /**
     * A UUID not glued to letters or digits, so a 36-character slice of a longer hex run (or of a
     * word) is not taken for an ID, while quotes, punctuation, underscores and URLs around it are fine.
     */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])" + UUID + "(?![0-9A-Za-z])");

    private TaskIds() {
    }

    /** What {@link #extract} found. */
    public record Extraction(List<String> ids, int linesWithoutId) {
        public Extraction {
            ids = List.copyOf(ids);
        }
    }

    /** True when {@code text} is exactly one task ID (any letter case, nothing around it). */
    public static boolean isValid(String text) {
        return text != null && EXACT.matcher(text).matches();
    }

    /** The ID in canonical lower case, after trimming blanks and invisible marks; null when it is not one. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = withoutInvisibles(text).strip();
        return isValid(cleaned) ? cleaned.toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Every task ID in {@code text} (JSON, log lines, URLs with {@code ?taskId=}, lists with any
     * separators), lower-cased, de-duplicated, in order of first appearance; plus the number of
     * non-blank lines that held no ID, so the UI can say "3 lines had no task ID".
     */
    public static Extraction extract(String text) {
        if (text == null || text.isEmpty()) {
            return new Extraction(List.of(), 0);
        }
        String cleaned = withoutInvisibles(text);
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = IN_TEXT.matcher(cleaned);
        boolean found = matcher.find();
        int linesWithoutId = 0;
        int lineStart = 0;
        int length = cleaned.length();
        while (lineStart <= length) {
            int newline = cleaned.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            boolean lineHasId = false;
            while (found && matcher.start() < lineEnd) {
                ids.add(matcher.group().toLowerCase(Locale.ROOT));
                lineHasId = true;
                found = matcher.find();
            }
            if (!lineHasId && !isBlank(cleaned, lineStart, lineEnd)) {
                linesWithoutId++;
            }
            lineStart = lineEnd + 1;
        }
        return new Extraction(new ArrayList<>(ids), linesWithoutId);
    }

    /**
     * Drops zero-width and direction marks (Unicode format characters): chat apps and RTL text put
     * them around or even inside copied IDs, where they would split an ID or hide it.
     */
    private static String withoutInvisibles(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
