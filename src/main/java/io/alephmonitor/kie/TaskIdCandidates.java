package io.alephmonitor.kie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds task IDs of every kind in pasted text: UUIDs exactly as {@link TaskIds#extract} does,
 * then, in what is left, 32-hex and prefixed IDs ({@code veo_task_…}, {@code task_…}) and
 * "unknown tokens": long runs of letters, digits, '_' and '-' that look like an ID but fit no
 * known format, which the UI may offer to add once the user confirms.
 */
public final class TaskIdCandidates {

    /** Shortest run taken for an unknown ID: shorter runs are words, numbers, dates. */
    static final int MIN_UNKNOWN_LENGTH = 16;

    /** 32 hex digits not glued to other ID characters; invisible marks inside are allowed, as for UUIDs. */
    private static final Pattern HEX32 = Pattern.compile(
            "(?<![A-Za-z0-9_-])[0-9a-fA-F](?:\\p{Cf}*[0-9a-fA-F]){31}(?![A-Za-z0-9_-])");
    /** Any other run of ID characters; an invisible mark ends it (chat apps put them between words). */
    /** Dots may join runs ({@code task_kling-2.6_…}); a dot that ends a sentence is not taken. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*(?![A-Za-z0-9_-])");

    private TaskIdCandidates() {
    }

    /** One ID found, in canonical spelling, with the ids of the kinds whose format accepts it (in registry order). */
    public record Candidate(String id, List<String> kinds) {
        public Candidate {
            kinds = List.copyOf(kinds);
        }
    }

    /**
     * What {@link #extract} found: IDs of known formats in order of first appearance, unknown
     * ID-looking tokens, and the non-blank lines holding neither.
     */
    public record Found(List<Candidate> ids, List<String> unknownTokens, int linesWithoutId) {
        public Found {
            ids = List.copyOf(ids);
            unknownTokens = List.copyOf(unknownTokens);
        }

        /** Just the IDs. */
        public List<String> idList() {
            return ids.stream().map(Candidate::id).toList();
        }
    }

    /** Every ID (of any format the kinds know) and every unknown ID-looking token in {@code text}. */
    public static Found extract(String text, List<? extends TaskKind> kinds) {
        if (text == null || text.isEmpty()) {
            return new Found(List.of(), List.of(), 0);
        }
        // position -> ID; UUIDs first, with the existing rules, then the rest of the text
        TreeMap<Integer, String> known = new TreeMap<>();
        Map<Integer, String> unknown = new TreeMap<>();
        StringBuilder rest = new StringBuilder(text);
        Matcher uuids = TaskIds.uuidMatcher(text);
        while (uuids.find()) {
            known.put(uuids.start(), TaskIds.withoutInvisibles(uuids.group()).toLowerCase(java.util.Locale.ROOT));
            blank(rest, uuids.start(), uuids.end());
        }
        Matcher hex = HEX32.matcher(rest);
        while (hex.find()) {
            String id = TaskIds.withoutInvisibles(hex.group());
            if (formatOf(id, kinds) == TaskIdFormat.HEX32) {
                known.put(hex.start(), TaskIdFormat.HEX32.canonical(id));
                blank(rest, hex.start(), hex.end());
            }
        }
        Matcher tokens = TOKEN.matcher(rest);
        while (tokens.find()) {
            String token = tokens.group();
            TaskIdFormat format = formatOf(token, kinds);
            if (format != null) {
                known.put(tokens.start(), format.canonical(token));
            } else if (looksLikeAnId(token)) {
                unknown.put(tokens.start(), token);
            }
        }
        Map<String, Candidate> ids = new LinkedHashMap<>();
        for (String id : known.values()) {
            ids.computeIfAbsent(id, key -> new Candidate(key, kindsAccepting(key, kinds)));
        }
        Set<String> unknownTokens = new LinkedHashSet<>(unknown.values());
        unknownTokens.removeAll(ids.keySet());
        return new Found(new ArrayList<>(ids.values()), new ArrayList<>(unknownTokens),
                linesWithout(text, known.navigableKeySet()));
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static TaskIdFormat formatOf(String token, List<? extends TaskKind> kinds) {
        for (TaskKind kind : kinds) {
            for (TaskIdFormat format : kind.idFormats()) {
                if (format != TaskIdFormat.UUID && format.matches(token)) {
                    return format;
                }
            }
        }
        return null;
    }

    private static List<String> kindsAccepting(String id, List<? extends TaskKind> kinds) {
        return kinds.stream().filter(kind -> kind.isValidId(id)).map(TaskKind::id).toList();
    }

    /** Long enough, and mixing letters and digits, like every ID kie.ai hands out. */
    static boolean looksLikeAnId(String token) {
        if (token.length() < MIN_UNKNOWN_LENGTH || token.length() > 128) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            digit |= c >= '0' && c <= '9';
            letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return digit && letter;
    }

    private static int linesWithout(String text, java.util.NavigableSet<Integer> idStarts) {
        int lines = 0;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            Integer firstId = idStarts.ceiling(lineStart);
            boolean hasId = firstId != null && firstId < lineEnd;
            if (!hasId && !TaskIds.isBlank(text, lineStart, lineEnd)) {
                lines++;
            }
            lineStart = lineEnd + 1;
        }
        return lines;
    }
}
