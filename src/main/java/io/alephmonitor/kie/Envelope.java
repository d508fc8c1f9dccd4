package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.time.Duration;

/**
 * Turns one HTTP answer into kie.ai's {@code data} or a typed error. kie.ai often answers HTTP 200
 * with an error {@code code} in the body, so the body's code decides; the HTTP status only
 * decides when the body is not kie.ai's JSON envelope (a proxy's error page, an empty 502).
 */
final class Envelope {

    private Envelope() {
    }

    /**
     * @param status     the HTTP status
     * @param body       the capped body
     * @param retryAfter the parsed Retry-After header, or null
     * @param key        for scrubbing server texts that might echo it; may be null
     */
    static ApiResult<JsonNode> read(int status, CappedBody body, Duration retryAfter, ApiKey key) {
        if (body.tooLarge()) {
            return ApiResult.err(ApiErrors.tooLarge(status));
        }
        JsonNode root = parse(body.bytes());
        Long code = root != null && root.isObject() ? LenientJson.whole(root, "code") : null;
        boolean httpOk = status >= 200 && status <= 299;
        if (code == null) {
            return ApiResult.err(httpOk ? ApiErrors.malformed(status) : ApiErrors.forCode(status, null, retryAfter));
        }
        if (code == 200) {
            if (!httpOk) {
                return ApiResult.err(ApiErrors.forCode(status, null, retryAfter));
            }
            JsonNode data = root.get("data");
            return ApiResult.ok(data == null ? NullNode.getInstance() : data);
        }
        String said = LenientJson.text(root, "msg");
        if (said == null) {
            said = LenientJson.text(root, "message");
        }
        if (said != null && key != null) {
            said = key.scrub(said);
        }
        int errorCode = code != code.intValue() ? 0 : code.intValue();
        return ApiResult.err(ApiErrors.forCode(errorCode, said, retryAfter));
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return KieJson.MAPPER.readTree(bytes);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}
