package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * A task created through the Market endpoint: what was asked and when it finishes. The
 * simulator keeps it so a Market record endpoint can serve it.
 */
record MarketTask(String id, String model, ObjectNode input, String callBackUrl,
                  Instant createdAt, Instant completesAt) {

    /** The kind id the app stores for Market tasks. */
    static final String KIND = "market";
}
