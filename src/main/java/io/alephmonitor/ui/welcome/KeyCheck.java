package io.alephmonitor.ui.welcome;

import java.util.concurrent.CompletableFuture;

/** Checks an API key against kie.ai's credit endpoint off the FX thread; the app wires it to its client. */
@FunctionalInterface
public interface KeyCheck {

    /** Completes (on any thread) with the verdict; may complete exceptionally when the check itself broke. */
    CompletableFuture<KeyVerdict> check(String apiKey);
}
