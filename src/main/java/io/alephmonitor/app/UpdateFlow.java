package io.alephmonitor.app;

import io.alephmonitor.settings.UpdateChoice;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.ui.main.UpdateBanner;
import io.alephmonitor.update.ReleaseFeed;
import io.alephmonitor.update.UpdateCheck;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the opt-in update check: soon after start and then every few hours (the check itself asks the
 * feed at most once a day), only while the user has agreed in Settings. The time of each try is kept
 * in the settings; a newer version shows the {@link UpdateBanner}, whose link opens the release page.
 */
final class UpdateFlow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateFlow.class);
    private static final Duration FIRST = Duration.ofSeconds(20);
    private static final Duration EVERY = Duration.ofHours(3);

    private final KeptSettings settings;
    private final MainWindow window;
    private final Consumer<URI> openPage;
    private final UpdateCheck check;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("update-check").factory());

    UpdateFlow(KeptSettings settings, MainWindow window, Consumer<URI> openPage) {
        this.settings = settings;
        this.window = window;
        this.openPage = openPage;
        ReleaseFeed feed = new ReleaseFeed(ReleaseFeed.configured(), ProxySelector.getDefault(), Duration.ofSeconds(15));
        this.check = new UpdateCheck(feed::latest, UpdateCheck.runningVersion(UpdateFlow.class), Clock.systemUTC());
    }

    /** Starts the timer; nothing is asked while the user has not agreed. */
    UpdateFlow start() {
        timer.scheduleWithFixedDelay(this::runOnce, FIRST.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /** Checks now if allowed and due (the user just agreed, say); on the timer's thread. */
    void checkSoon() {
        timer.execute(this::runOnce);
    }

    private void runOnce() {
        try {
            UpdateChoice choice = settings.get().updates();
            UpdateCheck.Outcome outcome = check.run(choice.on(), choice.lastCheck());
            if (outcome.lastCheck() != null && !outcome.lastCheck().equals(choice.lastCheck())) {
                settings.update(s -> s.withUpdates(s.updates().checkedAt(outcome.lastCheck())), "the update check's time");
            }
            if (outcome instanceof UpdateCheck.Outcome.Available available) {
                LOG.info("{}: {}", available.release().headline(), available.release().page());
                Platform.runLater(() -> window.showUpdate(new UpdateBanner(available.release().headline(),
                        available.release().notes(), () -> openPage.accept(available.release().page()))));
            }
        } catch (RuntimeException unexpected) {
            LOG.warn("The update check failed: {}", unexpected.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
