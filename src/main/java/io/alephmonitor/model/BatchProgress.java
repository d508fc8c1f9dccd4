package io.alephmonitor.model;

import java.util.Collection;

/** How far a batch has come: rows created, failed, uncertain ("may have been created"), cancelled and left. */
public record BatchProgress(int created, int failed, int uncertain, int cancelled, int left) {

    public static BatchProgress of(Collection<BatchRow> rows) {
        int created = 0;
        int failed = 0;
        int uncertain = 0;
        int cancelled = 0;
        int left = 0;
        for (BatchRow row : rows) {
            switch (row.state()) {
                case BatchRowState.Created c -> created++;
                case BatchRowState.Failed f -> failed++;
                case BatchRowState.Uncertain u -> uncertain++;
                case BatchRowState.Cancelled c -> cancelled++;
                case BatchRowState.Queued q -> left++;
                case BatchRowState.Sending s -> left++;
            }
        }
        return new BatchProgress(created, failed, uncertain, cancelled, left);
    }

    public int total() {
        return created + failed + uncertain + cancelled + left;
    }

    /** 0–1: the share of rows no longer waiting. */
    public double done() {
        return total() == 0 ? 1 : (double) (total() - left) / total();
    }

    /** "12 created · 1 failed · 2 may have been created · 35 left". */
    public String summary() {
        StringBuilder text = new StringBuilder(created + " created");
        if (failed > 0) {
            text.append(" · ").append(failed).append(" failed");
        }
        if (uncertain > 0) {
            text.append(" · ").append(uncertain).append(" may have been created");
        }
        if (cancelled > 0) {
            text.append(" · ").append(cancelled).append(" cancelled");
        }
        return text.append(" · ").append(left).append(" left").toString();
    }
}
