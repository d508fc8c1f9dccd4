package io.alephmonitor.ui.preview;

import java.util.concurrent.CompletableFuture;

/**
 * Gets a fresh temporary link for a result link that stopped working (kie.ai's download-url), off
 * the FX thread. The future fails with an exception whose message tells the user why there is none.
 */
@FunctionalInterface
public interface LinkRenewer {

    CompletableFuture<String> freshLink(String expiredUrl);
}
