package io.alephmonitor.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.KieJson;
import io.alephmonitor.model.BatchRow;

/** Sends a stored batch row's request; an unreadable stored body or a broken client is an answer, never a throw. */
final class BatchRequests {

    private BatchRequests() {
    }

    static ApiResult<String> send(KieApi client, BatchRow row) {
        CreateRequest request;
        try {
            JsonNode body = KieJson.MAPPER.readTree(row.bodyJson());
            request = new CreateRequest(row.kindId(), row.path(), (ObjectNode) body);
        } catch (com.fasterxml.jackson.core.JacksonException | RuntimeException unreadable) {
            return new ApiResult.Err<>(new ApiError(ApiError.Kind.INVALID_REQUEST, 0,
                    "The stored request of this row could not be read; nothing was sent.", null));
        }
        try {
            return client.create(request);
        } catch (RuntimeException broken) {
            return new ApiResult.Err<>(new ApiError(ApiError.Kind.CONNECTION, 0, String.valueOf(broken.getMessage()), null));
        }
    }
}
