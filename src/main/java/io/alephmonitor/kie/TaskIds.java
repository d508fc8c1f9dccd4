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

    private static final String INVISIBLE = "\\p{Cf}*";

    /**
     * A UUID not glued to letters or digits, so a 36-character slice of a longer hex run (or of a
     * word) is not taken for an ID, while quotes, punctuation, underscores and URLs around it are
     * fine. Invisible format characters (zero-width spaces, direction marks) are allowed between
     * its characters: chat apps and RTL text put them there, and stripping them beforehand would
     * glue two IDs that only a zero-width space separated.
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![0-9A-Za-z])" + String.join(INVISIBLE + "-" + INVISIBLE,
                    hexRun(8), hexRun(4), hexRun(4), hexRun(4), hexRun(12)) + "(?![0-9A-Za-z])");

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
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = IN_TEXT.matcher(text);
        boolean found = matcher.find();
        int linesWithoutId = 0;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            boolean lineHasId = false;
            while (found && matcher.start() < lineEnd) {
                ids.add(withoutInvisibles(matcher.group()).toLowerCase(Locale.ROOT));
                lineHasId = true;
                found = matcher.find();
            }
            if (!lineHasId && !isBlank(text, lineStart, lineEnd)) {
                linesWithoutId++;
            }
            lineStart = lineEnd + 1;
        }
        return new Extraction(new ArrayList<>(ids), linesWithoutId);
    }

    /** A matcher over {@code text} for UUIDs with the rules of {@link #extract} (shared with {@link TaskIdCandidates}). */
    static Matcher uuidMatcher(String text) {
        return IN_TEXT.matcher(text);
    }

    private static String hexRun(int length) {
        return "[0-9a-fA-F](?:" + INVISIBLE + "[0-9a-fA-F]){" + (length - 1) + "}";
    }

    /** Drops zero-width and direction marks (Unicode format characters). */
    static String withoutInvisibles(String text) {
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

    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }
}
