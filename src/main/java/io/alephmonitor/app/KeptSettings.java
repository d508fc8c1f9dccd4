package io.alephmonitor.app;

import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The settings in force while the window is open, and their file: a change is in force at once and
 * written in the background, so the FX thread never waits on the disk.
 */
final class KeptSettings {

    private static final Logger LOG = LoggerFactory.getLogger(KeptSettings.class);

    private final SettingsStore store;
    private final Executor io;
    private volatile Settings current;

    KeptSettings(SettingsStore store, Settings initial, Executor io) {
        this.store = store;
        this.current = initial;
        this.io = io;
    }

    Settings get() {
        return current;
    }

    /** Puts the change in force and saves it in the background; {@code what} names it in a failure's log line. */
    Settings update(UnaryOperator<Settings> change, String what) {
        Settings updated = change.apply(current);
        current = updated;
        io.execute(() -> saveNow(updated, what));
        return updated;
    }

    /** Writes these settings now, on this thread (on exit, when no background is left to do it). */
    void saveNow(Settings settings, String what) {
        current = settings;
        try {
            store.save(settings);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save {}: {}", what, e.getMessage());
        }
    }
}
