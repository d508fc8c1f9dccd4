package io.alephmonitor.ui.compare;

import io.alephmonitor.model.ResultType;

import java.util.Objects;

/** Two results of one type, shown side by side ({@code left} first). */
public record ComparePair(CompareSide left, CompareSide right) {

    public ComparePair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.result().type() != right.result().type()) {
            throw new IllegalArgumentException("A pair to compare holds two results of one type");
        }
    }

    /** What both sides hold. */
    public ResultType type() {
        return left.result().type();
    }
}
