package io.alephmonitor.ui.status;

import io.alephmonitor.ui.Controls;
import io.alephmonitor.tracking.PollingState;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The bottom line: active count, next check, paused, credits and the last problem. */
public final class PollingStatusBar extends HBox {

    private final Label polling = new Label(null, new FontIcon(MaterialDesignS.SYNC));
    private final Label problem = new Label(null, new FontIcon(MaterialDesignA.ALERT_OUTLINE));
    private final Label credits = new Label(null, new FontIcon(MaterialDesignW.WALLET_OUTLINE));
    private final ObservableValue<PollingState> state;
    private final ObservableValue<Instant> now;

    public PollingStatusBar(ObservableValue<PollingState> state, ObservableValue<Instant> now) {
        this.state = state;
        this.now = now;
        Controls.layOutBar(this, "statusBar", 18, new Insets(4, 12, 4, 12), "polling-status-bar");
        polling.setId("pollingLabel");
        problem.setId("problemLabel");
        problem.getStyleClass().add("status-problem");
        credits.setId("creditsLabel");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(polling, problem, grow, credits);
        state.addListener(o -> render());
        now.addListener(o -> render());
        render();
    }

    private void render() {
        PollingState s = state.getValue();
        if (s == null) {
            polling.setText("Starting…");
            show(problem, null);
            show(credits, null);
            return;
        }
        polling.setText(pollingText(s, now.getValue()));
        ((FontIcon) polling.getGraphic()).setIconCode(s.pause() != null ? MaterialDesignP.PAUSE_CIRCLE_OUTLINE : MaterialDesignS.SYNC);
        show(problem, s.pause() == null ? s.lastProblem() : null);
        showCredits(s);
    }

    /** "Credits: 1,280"; "Credits: —" without a key; after a failed check the last value, the reason in the tooltip. */
    private void showCredits(PollingState s) {
        boolean noKey = s.pause() == PollingState.Pause.NO_API_KEY;
        boolean stale = !noKey && s.creditsProblem() != null;
        if (noKey || s.credits() == null) {
            show(credits, noKey || stale ? "Credits: —" : null,
                    noKey ? s.pause().message() : "The credit balance could not be read: " + s.creditsProblem());
        } else {
            show(credits, creditsText(s.credits()), stale
                    ? "The balance could not be refreshed, so this is the last one kie.ai reported. " + s.creditsProblem()
                    : "Your kie.ai credit balance, checked at most once a minute while tasks are being polled.");
        }
        if (stale != credits.getStyleClass().contains("credits-stale")) {
            if (stale) {
                credits.getStyleClass().add("credits-stale");
            } else {
                credits.getStyleClass().remove("credits-stale");
            }
        }
    }

    /** "Credits: 1,280", "Credits: 1,234.5": whole numbers without a useless ".0". */
    public static String creditsText(double credits) {
        return "Credits: " + CREDITS_FORMAT.get().format(credits);
    }

    /** Making a NumberFormat costs the FX thread a few milliseconds; formats are not thread-safe, so one per thread. */
    private static final ThreadLocal<java.text.NumberFormat> CREDITS_FORMAT = ThreadLocal.withInitial(() -> {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(2);
        return format;
    });

    /** "3 active · next check in 12 s", "Paused", "Nothing to check". */
    public static String pollingText(PollingState s, Instant now) {
        if (s.pause() != null) {
            return "Polling paused";
        }
        String active = s.activeCount() == 0 ? "Nothing to check" : s.activeCount() + " active";
        if (s.activeCount() == 0 || s.nextCheckAt() == null || now == null) {
            return active;
        }
        long seconds = Math.max(0, Duration.between(now, s.nextCheckAt()).toSeconds());
        return active + " · " + (seconds == 0 ? "checking now" : "next check in " + seconds + " s");
    }

    /** Runs every second: only touches what changed, since a new Tooltip is a whole popup window. */
    private static void show(Label label, String text) {
        show(label, text, text);
    }

    private static void show(Label label, String text, String tip) {
        if (text == null) {
            label.setText(null);
            label.setVisible(false);
            label.setManaged(false);
            return;
        }
        label.setText(text);
        if (label.getTooltip() == null) {
            label.setTooltip(new Tooltip());
        }
        if (!tip.equals(label.getTooltip().getText())) {
            label.getTooltip().setText(tip);
        }
        label.setVisible(true);
        label.setManaged(true);
    }
}
