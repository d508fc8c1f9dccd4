package io.alephmonitor.app;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.ui.welcome.KeyVerdict;

import java.math.BigDecimal;
import java.net.URI;

/** Checks a typed API key against kie.ai's credit endpoint and says what the answer means. Blocking. */
final class KeyProbe {

    private KeyProbe() {
    }

    static KeyVerdict check(String typed, URI apiBase) {
        ApiKey key;
        try {
            key = ApiKey.of(typed);
        } catch (IllegalArgumentException e) {
            return new KeyVerdict.Problem(e.getMessage());
        }
        try (HttpKieClient probe = new HttpKieClient(KieClientConfig.defaults().withBaseUri(apiBase), key)) {
            return switch (probe.credits()) {
                case ApiResult.Ok<Double> ok -> new KeyVerdict.Accepted(BigDecimal.valueOf(ok.value()));
                case ApiResult.Err<Double> err -> verdictFor(err.error());
            };
        }
    }

    private static KeyVerdict verdictFor(ApiError error) {
        return switch (error.kind()) {
            case UNAUTHORIZED -> new KeyVerdict.Rejected();
            case CONNECTION, TIMEOUT -> new KeyVerdict.NoNetwork();
            default -> new KeyVerdict.Problem(error.userMessage());
        };
    }
}
