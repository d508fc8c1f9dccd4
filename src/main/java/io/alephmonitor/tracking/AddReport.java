package io.alephmonitor.tracking;

import java.util.List;

/**
 * What adding pasted text did: e.g. "3 added, 1 already tracked, 2 lines had no task ID".
 *
 * @param added          IDs newly tracked, in paste order
 * @param alreadyTracked IDs found that were tracked before
 * @param linesWithoutId non-blank lines of the text in which no task ID was found
 * @param unrecognised   ID-looking tokens of no known format, not added (the UI may offer to)
 */
public record AddReport(List<String> added, List<String> alreadyTracked, int linesWithoutId, List<String> unrecognised) {

    public AddReport {
        added = List.copyOf(added);
        alreadyTracked = List.copyOf(alreadyTracked);
        unrecognised = List.copyOf(unrecognised);
    }

    /** A report with no unrecognised tokens. */
    public AddReport(List<String> added, List<String> alreadyTracked, int linesWithoutId) {
        this(added, alreadyTracked, linesWithoutId, List.of());
    }

    /** The report as one sentence for the user. */
    public String summary() {
        String unknown = unrecognised.isEmpty() ? ""
                : unrecognised.size() == 1 ? "1 ID of another format was not added"
                : unrecognised.size() + " IDs of other formats were not added";
        if (added.isEmpty() && alreadyTracked.isEmpty()) {
            return "No task ID found in the pasted text. A task ID looks like ee603959-debb-48d1-98c4-a6d1c717eba6."
                    + (unknown.isEmpty() ? "" : " (" + unknown + ".)");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(added.size()).append(" added");
        if (!alreadyTracked.isEmpty()) {
            sb.append(", ").append(alreadyTracked.size()).append(" already tracked");
        }
        if (linesWithoutId > 0) {
            sb.append(", ").append(linesWithoutId).append(linesWithoutId == 1 ? " line had" : " lines had")
                    .append(" no task ID");
        }
        if (!unknown.isEmpty()) {
            sb.append(", ").append(unknown);
        }
        return sb.toString();
    }
}
