package io.alephmonitor.download;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import io.alephmonitor.model.ResultType;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** File names for saved results that are safe on Windows, macOS and Linux, and never collide. */
public final class FileNames {

    /** The longest name (in characters) this class produces, extension included. */
    public static final int MAX_LENGTH = 80;

    /** How much of the prompt goes into a name, so the task ID and extension always fit. */
    static final int MAX_PROMPT_PART = 32;

    // Most file systems cap a name at 255 bytes; leave room for " (12).part".
    private static final int MAX_UTF8_BYTES = 200;

    private static final Set<String> MEDIA_EXTENSIONS = Set.of(
            "mp4", "m4v", "mov", "webm", "mkv", "avi", "png", "jpg", "jpeg", "webp", "gif",
            "mp3", "wav", "m4a", "aac", "ogg", "flac", "txt", "json", "md", "srt", "vtt");
    private static final Set<String> LEADING_ARTICLES = Set.of("a", "an", "the");
    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"/\\\\|?*]");
    private static final String PART_SUFFIX = ".part";

    private FileNames() {
    }

    /**
     * The name for a task's result: a few words of the prompt, the short task ID and the
     * extension of the URL when it names a known media type (else {@code defaultExtension}),
     * e.g. {@code majestic-eagle-soaring-through-ee603959.mp4}.
     */
    public static String forTask(String prompt, String taskId, String url, String defaultExtension) {
        String words = promptWords(prompt);
        String id = shortId(taskId);
        String stem = words.isEmpty() ? id : id.isEmpty() ? words : words + "-" + id;
        if (stem.isEmpty()) {
            stem = "result";
        }
        return safeName(stem + "." + extensionOf(url, defaultExtension));
    }

    /** The stem every saved file of a task starts with: {@link #forTask}'s name without its extension. */
    public static String stemFor(String prompt, String taskId) {
        return stemOf(forTask(prompt, taskId, null, "x"));
    }

    /**
     * The extension a saved result of this type gets: its link's own when that names a file of the
     * type, else the one the answer's {@code Content-Type} names (null: not asked), else the type's default.
     */
    public static String extensionFor(ResultType type, String url, String contentType) {
        if (url != null && ResultType.ofUrl(url, null) == type) {
            String fromLink = extensionOf(url, null);
            if (fromLink != null) {
                return fromLink;
            }
        }
        return type.extensionFor(contentType);
    }

    /** {@code stem}, then {@code suffix} (may be empty), then the extension: one safe file name. */
    public static String named(String stem, String suffix, String extension) {
        return safeName(stem + suffix + "." + extension);
    }

    /** The file name beside an audio file that holds its track's cover: {@code …-cover.jpg}. */
    public static String coverFor(String audioName, String imageUrl) {
        return safeName(stemOf(audioName) + "-cover." + extensionOf(imageUrl, "jpg"));
    }

    /** The first 8 characters of a task ID, made safe; empty when there is none. */
    public static String shortId(String taskId) {
        return shortId(taskId, 8);
    }

    /** The first {@code length} letters and digits of a task ID, lower-cased; empty when there is none. */
    static String shortId(String taskId, int length) {
        if (taskId == null) {
            return "";
        }
        String cleaned = NOT_WORD.matcher(taskId).replaceAll("").toLowerCase(Locale.ROOT);
        return cleaned.substring(0, Math.min(length, cleaned.length()));
    }

    /**
     * The name of result {@code n} (from 1) of a task with several: {@code name}'s stem, {@code -n}
     * and the extension of that result's URL, e.g. {@code three-cats-ee603959-2.png}.
     */
    public static String numbered(String name, int n, String url, String defaultExtension) {
        return safeName(stemOf(name) + "-" + n + "." + extensionOf(url, defaultExtension));
    }

    /** The file name beside {@code videoName} that holds its thumbnail: {@code …-thumb.png}. */
    public static String thumbnailFor(String videoName, String imageUrl) {
        return safeName(stemOf(videoName) + "-thumb." + extensionOf(imageUrl, "png"));
    }

    /**
     * The extension of the URL's path when it is a known media type (lower-cased), else
     * {@code defaultExtension}. Query strings and fragments never leak into it.
     */
    public static String extensionOf(String url, String defaultExtension) {
        if (url == null) {
            return defaultExtension;
        }
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return defaultExtension;
        }
        if (path == null) {
            return defaultExtension;
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return defaultExtension;
        }
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MEDIA_EXTENSIONS.contains(ext) ? ext : defaultExtension;
    }

    /**
     * Makes any text a single safe file name: no path separators, control characters,
     * {@code <>:"/\|?*}, trailing dots or spaces, or Windows device names; unicode letters kept;
     * at most {@link #MAX_LENGTH} characters with the extension preserved.
     */
    public static String safeName(String raw) {
        String name = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC);
        name = FORBIDDEN.matcher(name).replaceAll("_").strip();
        name = stripTrailingDotsAndSpaces(name);
        while (name.startsWith(".")) {
            name = name.substring(1); // no hidden files, no "." or ".."
        }
        if (name.isEmpty()) {
            name = "result";
        }
        name = shorten(name);
        String firstPart = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_RESERVED.matcher(firstPart.strip()).matches()) {
            name = "_" + name;
        }
        return name;
    }

    /**
     * {@code dir/name}, or {@code dir/name (2)}, {@code (3)}… with the extension kept, the first
     * that neither exists nor has a {@code .part} file of a save in progress.
     */
    public static Path uniqueTarget(Path dir, String name) {
        String safe = safeName(name);
        String stem = stemOf(safe);
        String ext = safe.substring(stem.length());
        Path candidate = dir.resolve(safe);
        for (int n = 2; isTaken(candidate); n++) {
            candidate = dir.resolve(stem + " (" + n + ")" + ext);
        }
        return candidate;
    }

    /** The partial file a save into {@code target} writes before it is complete. */
    public static Path partFileOf(Path target) {
        return target.resolveSibling(target.getFileName() + PART_SUFFIX);
    }

    private static boolean isTaken(Path candidate) {
        return Files.exists(candidate) || Files.exists(partFileOf(candidate));
    }

    private static String promptWords(String prompt) {
        return words(prompt, MAX_PROMPT_PART);
    }

    /**
     * The text's words, lower-cased and joined by {@code -}, leading articles left out, cut at a
     * word boundary to at most {@code max} characters (one longer word is cut itself); empty for none.
     */
    static String words(String prompt, int max) {
        if (prompt == null) {
            return "";
        }
        String[] words = NOT_WORD.split(Normalizer.normalize(prompt, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).strip());
        StringBuilder out = new StringBuilder();
        boolean leading = true;
        for (String word : words) {
            if (word.isEmpty() || (leading && LEADING_ARTICLES.contains(word))) {
                continue;
            }
            leading = false;
            int needed = out.isEmpty() ? word.length() : out.length() + 1 + word.length();
            if (needed > max) {
                if (out.isEmpty()) {
                    out.append(word, 0, max); // one very long word: cut it
                }
                break;
            }
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static String shorten(String name) {
        String stem = stemOf(name);
        String ext = name.substring(stem.length());
        if (ext.length() > 10) { // not a real extension: treat the whole name as the stem
            stem = name;
            ext = "";
        }
        int maxStem = MAX_LENGTH - ext.length();
        while (stem.length() > maxStem
                || (stem + ext).getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            int cut = stem.offsetByCodePoints(stem.length(), -1);
            stem = stem.substring(0, cut);
        }
        stem = stripTrailingDotsAndSpaces(stem);
        return (stem.isEmpty() ? "result" : stem) + ext;
    }

    static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String stripTrailingDotsAndSpaces(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(0, end);
    }
}
