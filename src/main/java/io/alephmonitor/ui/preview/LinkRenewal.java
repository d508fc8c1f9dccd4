package io.alephmonitor.ui.preview;

import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A preview's link renewal: when the video's link stops working (403/404/410, or a player that cannot
 * open it), one fresh temporary link per link is asked for and played instead. The fresh link lives
 * here only, never stored elsewhere.
 */
final class LinkRenewal {

    private LinkRenewer renewer;
    /** A fresh temporary link kie.ai gave for the current link after it stopped working. */
    private String freshLink;
    private boolean tried;

    /** Where fresh links come from; null: never renews. */
    void setRenewer(LinkRenewer linkRenewer) {
        renewer = linkRenewer;
    }

    /** A new link is loaded: its renewal is still to be tried. */
    void reset() {
        freshLink = null;
        tried = false;
    }

    /** The link to open for {@code url}: the fresh one once renewed, else the checked link itself (null if unsafe). */
    String linkFor(String url) {
        if (freshLink != null) {
            return freshLink;
        }
        RemoteUrlCheck check = RemoteUrlCheck.of(url);
        return check.allowed() ? check.uri().toString() : null;
    }

    /** Whether this failure may be an expired link that a fresh one would fix, and no renewal was tried yet. */
    boolean worthTrying(Throwable error) {
        return !tried && renewer != null && MediaProblem.mayBeExpired(error);
    }

    /**
     * Asks once for a fresh link for {@code expired}. The answer comes on the FX thread and is dropped
     * unless {@code stillWanted} (no other link was loaded meanwhile); else it goes to {@code renewed}
     * as a safe link (now the one {@link #linkFor} gives) or to {@code refused} with the sentence to
     * show: kie.ai's own when it said why, else the media error's.
     */
    void renew(String expired, Throwable error, BooleanSupplier stillWanted,
               Consumer<String> renewed, Consumer<String> refused) {
        tried = true;
        renewer.freshLink(RemoteUrlCheck.of(expired).uri().toString())
                .whenComplete((fresh, failure) -> VideoPreview.onFxThread(() -> {
                    if (!stillWanted.getAsBoolean()) {
                        return;
                    }
                    RemoteUrlCheck check = RemoteUrlCheck.of(fresh);
                    if (failure == null && check.allowed()) {
                        freshLink = check.uri().toString();
                        renewed.accept(freshLink);
                    } else {
                        Throwable cause = failure instanceof CompletionException c && c.getCause() != null
                                ? c.getCause() : failure;
                        // JavaFX rarely says why a link failed; kie.ai's answer about it is the better sentence.
                        boolean explained = cause != null && cause.getMessage() != null && !cause.getMessage().isBlank();
                        refused.accept(explained ? cause.getMessage() : MediaProblem.describe(error));
                    }
                }));
    }
}
