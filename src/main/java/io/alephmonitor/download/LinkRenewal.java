package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;

import java.net.URI;

/**
 * Asks for a fresh temporary link to a result whose link answered 403/404/410. Blocks the calling
 * thread (a download's worker, or a background executor for previews).
 */
@FunctionalInterface
public interface LinkRenewal {

    /**
     * A fresh link to the same result, valid for a short while; never stored as the result's link.
     *
     * @throws SaveException with a sentence for the user when no fresh link can be had (the result
     *                       is lost, or kie.ai could not be asked right now)
     */
    URI renew(URI expired) throws SaveException;
}
