package io.alephmonitor.download;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's naming template for saved files and folders, e.g.
 * {@code {date:yyyy-MM}/{kind}/{prompt:40}-{id:8}.{ext}}: folders separated by {@code /}, then the
 * file name, which ends with {@code .{ext}}. Fields: {@code date} (completion, else added; a
 * java.time pattern, default {@code yyyy-MM-dd}), {@code kind}, {@code model}, {@code prompt}
 * (words cut to N characters at a word boundary, default 32), {@code id} (the first N letters and
 * digits of the task ID, default 8), {@code track} (the track's title, words like the prompt),
 * {@code n} (the result's number from 1) and {@code ext}. Every rendered part is a safe name
 * ({@link FileNames#safeName}), so a prompt's {@code ../} or {@code :} never leaves the library.
 *
 * <p>{@link #DEFAULT} gives exactly the names saves had before templates: {@code words-id.ext}.
 * Without {@code {n}} in the template, several results get the numbering they always had
 * ({@code -2}, or the track's short ID) after the name.
 */
public final class NameTemplate {

    /** The template of the names saves always had. */
    public static final String DEFAULT_TEXT = "{prompt}-{id}.{ext}";

    public static final NameTemplate DEFAULT;

    private static final Set<String> FIELDS = Set.of("date", "kind", "model", "prompt", "id", "track", "n", "ext");
    // Fields every task has: a part made of these (or of text) is never empty.
    private static final Set<String> NEVER_EMPTY = Set.of("date", "kind", "id", "n");
    private static final Pattern SEPARATORS = Pattern.compile("([-_ .])[-_ .]+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[-_ ]+|[-_ ]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    /** One piece of a part: literal text (field null) or a field with its argument (may be null). */
    private record Piece(String text, String field, String argument) {
    }

    /** What one result is saved as: folders below the library (may be none) and the file's stem. */
    public record Rendered(List<String> folders, String stem) {

        /** The relative path with {@code ext} (for a preview), {@code /}-separated. */
        public String path(String ext) {
            List<String> parts = new ArrayList<>(folders);
            parts.add(FileNames.named(stem, "", ext));
            return String.join("/", parts);
        }
    }

    static {
        try {
            DEFAULT = parse(DEFAULT_TEXT);
        } catch (NameTemplateException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private final String text;
    private final List<List<Piece>> parts;
    private final boolean numbered;

    private NameTemplate(String text, List<List<Piece>> parts) {
        this.text = text;
        this.parts = parts;
        this.numbered = parts.stream().flatMap(List::stream).anyMatch(p -> "n".equals(p.field()));
    }

    /**
     * The template, or a {@link NameTemplateException} whose message says what cannot work:
     * an unknown field, a brace left open, a part that can be empty, {@code ..} or an absolute path.
     */
    public static NameTemplate parse(String text) throws NameTemplateException {
        if (text == null || text.isBlank()) {
            throw new NameTemplateException("Enter a template, e.g. " + DEFAULT_TEXT + ".");
        }
        String t = text.strip().replace('\\', '/');
        if (t.startsWith("/") || t.startsWith("~") || t.matches("(?s)^[A-Za-z]:.*")) {
            throw new NameTemplateException("The template must stay inside the library folder: start it with a "
                    + "folder or file name, not “" + t.substring(0, Math.min(3, t.length())) + "”.");
        }
        List<List<Piece>> parts = new ArrayList<>();
        String[] segments = t.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            parts.add(parsePart(segments[i], i == segments.length - 1));
        }
        return new NameTemplate(t, List.copyOf(parts));
    }

    /** {@link #parse}, or {@link #DEFAULT} for a template that cannot work (a file edited by hand). */
    public static NameTemplate parseOrDefault(String text) {
        if (text == null || text.strip().equals(DEFAULT_TEXT)) {
            return DEFAULT;
        }
        try {
            return parse(text);
        } catch (NameTemplateException cannotWork) {
            return DEFAULT;
        }
    }

    /** Why the template cannot work, in words; null when it can. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (NameTemplateException e) {
            return e.getMessage();
        }
    }

    /** The template as written (stripped, {@code \} as {@code /}). */
    public String text() {
        return text;
    }

    /** True when the template numbers the results itself with {@code {n}}. */
    public boolean numbersResults() {
        return numbered;
    }

    /** The folders and stem of one result of this task; times are shown in {@code zone}. */
    public Rendered render(NameFields task, ZoneId zone) {
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < parts.size() - 1; i++) {
            folders.add(FileNames.stemOf(FileNames.safeName(renderPart(parts.get(i), task, zone) + ".x")));
        }
        String stem = renderPart(parts.getLast(), task, zone);
        stem = stem.isEmpty() ? "result" : stem;
        return new Rendered(List.copyOf(folders), FileNames.stemOf(FileNames.safeName(stem + ".x")));
    }

    private static List<Piece> parsePart(String segment, boolean last) throws NameTemplateException {
        if (segment.isBlank()) {
            throw new NameTemplateException(last ? "The template ends with a folder: add a file name such as "
                    + DEFAULT_TEXT + "." : "The template has an empty folder name (“//”): remove one “/”.");
        }
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        while (at < segment.length()) {
            int open = segment.indexOf('{', at);
            int close = segment.indexOf('}', at);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new NameTemplateException("“}” without its “{” in “" + segment + "”.");
            }
            if (open < 0) {
                pieces.add(new Piece(segment.substring(at), null, null));
                break;
            }
            if (open > at) {
                pieces.add(new Piece(segment.substring(at, open), null, null));
            }
            if (close < 0) {
                throw new NameTemplateException("“{” is not closed in “" + segment + "”: write fields as {prompt}.");
            }
            pieces.add(field(segment.substring(open + 1, close)));
            at = close + 1;
        }
        checkPart(segment, pieces, last);
        return List.copyOf(pieces);
    }

    private static Piece field(String inside) throws NameTemplateException {
        int colon = inside.indexOf(':');
        String name = (colon < 0 ? inside : inside.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? null : inside.substring(colon + 1);
        if (!FIELDS.contains(name)) {
            throw new NameTemplateException("Unknown field {" + inside + "}. Use date, kind, model, prompt, id, "
                    + "track, n or ext.");
        }
        switch (name) {
            case "prompt", "id", "track" -> {
                if (argument != null && !argument.strip().matches("[1-9][0-9]{0,2}")) {
                    throw new NameTemplateException("{" + inside + "}: after “:” give a number of characters "
                            + "(1–999), e.g. {" + name + ":20}.");
                }
            }
            case "date" -> {
                try {
                    DateTimeFormatter.ofPattern(argument == null ? "yyyy-MM-dd" : argument)
                            .withZone(ZoneId.of("UTC")).format(Instant.EPOCH);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw new NameTemplateException("{" + inside + "}: “" + argument + "” is not a date pattern; "
                            + "try {date:yyyy-MM-dd} or {date:yyyy-MM}.");
                }
            }
            default -> {
                if (argument != null) {
                    throw new NameTemplateException("{" + inside + "}: {" + name + "} takes nothing after “:”.");
                }
            }
        }
        return new Piece(null, name, argument == null ? null : argument.strip());
    }

    private static void checkPart(String segment, List<Piece> pieces, boolean last) throws NameTemplateException {
        if (segment.strip().equals("..") || segment.strip().equals(".")) {
            throw new NameTemplateException("“" + segment.strip() + "” would leave the library folder; "
                    + "the template names folders inside it.");
        }
        int extAt = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if ("ext".equals(pieces.get(i).field())) {
                extAt = i;
            }
        }
        boolean endsWithExt = last && extAt == pieces.size() - 1 && extAt > 0
                && pieces.get(extAt - 1).field() == null && pieces.get(extAt - 1).text().endsWith(".");
        if (last && !endsWithExt) {
            throw new NameTemplateException("The file name must end with “.{ext}”, so every file keeps its type.");
        }
        if (extAt >= 0 && !endsWithExt) {
            throw new NameTemplateException("{ext} can only end the file name, as “.{ext}”.");
        }
        List<Piece> naming = endsWithExt ? pieces.subList(0, extAt) : pieces;
        boolean neverEmpty = naming.stream().anyMatch(p -> p.field() == null ? WORD.matcher(p.text()).find()
                : NEVER_EMPTY.contains(p.field()));
        if (!neverEmpty) {
            throw new NameTemplateException("“" + segment + "” can be empty (a task without a prompt, model or track "
                    + "title): add text or a field every task has, such as {id} or {kind}.");
        }
    }

    private static String renderPart(List<Piece> pieces, NameFields task, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        boolean anyEmpty = false;
        for (Piece piece : pieces) {
            if ("ext".equals(piece.field())) {
                break;
            }
            String value = piece.field() == null ? piece.text() : value(piece, task, zone);
            anyEmpty |= value.isEmpty();
            out.append(value);
        }
        String rendered = out.toString();
        if (rendered.endsWith(".")) {
            rendered = rendered.substring(0, rendered.length() - 1); // the dot before {ext}
        }
        if (anyEmpty) { // "-" around a field that is empty here: "words--id" → "words-id", "-id" → "id"
            rendered = SEPARATORS.matcher(rendered).replaceAll("$1");
        }
        return EDGE_SEPARATORS.matcher(rendered).replaceAll("");
    }

    private static String value(Piece piece, NameFields task, ZoneId zone) {
        return switch (piece.field()) {
            case "date" -> task.date() == null ? "" : DateTimeFormatter
                    .ofPattern(piece.argument() == null ? "yyyy-MM-dd" : piece.argument()).withZone(zone)
                    .format(task.date());
            case "kind" -> FileNames.words(task.kind(), 40);
            case "model" -> FileNames.words(task.model(), 40);
            case "prompt" -> FileNames.words(task.prompt(), length(piece, FileNames.MAX_PROMPT_PART));
            case "track" -> FileNames.words(task.track(), length(piece, FileNames.MAX_PROMPT_PART));
            case "id" -> FileNames.shortId(task.taskId(), length(piece, 8));
            case "n" -> Integer.toString(task.n());
            default -> "";
        };
    }

    private static int length(Piece piece, int otherwise) {
        return piece.argument() == null ? otherwise : Integer.parseInt(piece.argument());
    }

    @Override
    public String toString() {
        return text;
    }
}
