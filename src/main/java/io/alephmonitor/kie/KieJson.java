package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the kie.ai protocol, configured to ignore whatever it does not know. */
public final class KieJson {

    /**
     * Thread-safe once configured. Unknown fields are ignored because kie.ai adds fields without
     * notice; numbers for floats are read as doubles since balances are never money math here.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private KieJson() {
    }
}
