package io.alephmonitor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user marked on a task: a star (a favourite), tags and a note. Marks are the user's own
 * and never change how a task is polled.
 *
 * @param starred whether the task is a favourite
 * @param tags    short words in the order they were added: trimmed, without commas, at most
 *                {@link #MAX_TAG_LENGTH} characters, unique ignoring case (the first spelling stays)
 * @param note    free text; null when there is none (a blank note counts as none)
 */
public record TaskMarks(boolean starred, List<String> tags, String note) {

    /** No star, no tags, no note. */
    public static final TaskMarks NONE = new TaskMarks(false, List.of(), null);

    /** The longest tag, in characters. */
    public static final int MAX_TAG_LENGTH = 40;

    public TaskMarks {
        List<String> clean = new ArrayList<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String t = cleanTag(tag);
            if (!t.isEmpty() && indexOf(clean, t) < 0) {
                clean.add(t);
            }
        }
        tags = List.copyOf(clean);
        note = note == null || note.isBlank() ? null : note;
    }

    /** Why this text cannot be a tag, in words a user understands; empty when it can. */
    public static Optional<String> tagProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of("Type a word to tag with.");
        }
        if (t.contains(",")) {
            return Optional.of("A tag cannot contain a comma; add each tag on its own.");
        }
        if (t.length() > MAX_TAG_LENGTH) {
            return Optional.of("A tag is at most " + MAX_TAG_LENGTH + " characters; this one has " + t.length() + ".");
        }
        return Optional.empty();
    }

    /** The tag this text makes: trimmed, inner spaces collapsed, commas dropped, cut to the longest tag. */
    private static String cleanTag(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace(',', ' ').strip().replaceAll("\\s+", " ");
        return t.length() > MAX_TAG_LENGTH ? t.substring(0, MAX_TAG_LENGTH).strip() : t;
    }

    private static int indexOf(List<String> tags, String tag) {
        String key = tag.toLowerCase(Locale.ROOT);
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).toLowerCase(Locale.ROOT).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether this tag is on the task, ignoring case. */
    public boolean hasTag(String tag) {
        return indexOf(tags, cleanTag(tag)) >= 0;
    }

    /** True when nothing is marked. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    public TaskMarks withStarred(boolean star) {
        return new TaskMarks(star, tags, note);
    }

    /** These marks with the tag added at the end (unchanged when it is already there, in any case). */
    public TaskMarks withTag(String tag) {
        List<String> more = new ArrayList<>(tags);
        more.add(tag);
        return new TaskMarks(starred, more, note);
    }

    /** These marks without the tag (matched ignoring case). */
    public TaskMarks withoutTag(String tag) {
        List<String> fewer = new ArrayList<>(tags);
        int at = indexOf(fewer, cleanTag(tag));
        if (at >= 0) {
            fewer.remove(at);
        }
        return new TaskMarks(starred, fewer, note);
    }

    public TaskMarks withNote(String text) {
        return new TaskMarks(starred, tags, text);
    }
}
