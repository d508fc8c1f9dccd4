package io.alephmonitor.model;

import java.util.Objects;

/**
 * One task of a batch: the create request to send (its kind, endpoint and JSON body as text, so the domain
 * holds no JSON library), where it came from ({@code origin}: "seed 12345", "line 4 of shots.csv"), the prompt
 * to look for on kie.ai if it becomes uncertain, and its {@link BatchRowState}.
 */
public record BatchRow(String batchId, int index, String origin, String prompt, String kindId, String path,
                       String bodyJson, BatchRowState state) {

    private static final java.time.format.DateTimeFormatter SENT_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    public BatchRow {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kindId, "kindId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bodyJson, "bodyJson");
        Objects.requireNonNull(state, "state");
        prompt = prompt == null ? "" : prompt;
    }

    public BatchRow withState(BatchRowState next) {
        return new BatchRow(batchId, index, origin, prompt, kindId, path, bodyJson, next);
    }

    /**
     * For an uncertain row: what the user should check before doing anything, in words. Empty for any other row.
     */
    public String whatToCheck() {
        if (!(state instanceof BatchRowState.Uncertain(var sentAt, var reason, var settledAt))) {
            return "";
        }
        String shown = prompt.length() > 80 ? prompt.substring(0, 77) + "…" : prompt;
        return reason + " It may have been created: look in your kie.ai logs for a task made around "
                + SENT_AT.format(sentAt)
                + (shown.isEmpty() ? "" : " with the prompt \"" + shown + "\"")
                + ". If you find it, add its ID here; if not, resend it on purpose.";
    }
}
