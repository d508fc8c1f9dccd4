package io.alephmonitor.tracking;

import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.store.TaskStore;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Builds a {@link TrackingService} (see {@link TrackingService#builder}); defaults: 30 s interval,
 * JavaFX driver, listeners on the FX thread, kinds' own ID reader, no saver, auto-save off.
 */
public final class TrackingServiceBuilder {
    final TaskStore store;
    final KieApi api;
    final List<TaskKind> kinds;
    TaskIdReader idReader;
    ResultSaver saver;
    PollSettings settings = PollSettings.defaults();
    Clock clock = Clock.systemUTC();
    DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    PollDriver driver;
    Executor listenerThread = Platform::runLater;
    Path autoSaveFolder;
    LinkTypes linkTypes;

    TrackingServiceBuilder(TaskStore store, KieApi api, Collection<TaskKind> kinds) {
        this.store = store;
        this.api = api;
        this.kinds = List.copyOf(kinds);
    }

    public TrackingServiceBuilder idReader(TaskIdReader reader) {
        this.idReader = reader;
        return this;
    }

    public TrackingServiceBuilder saver(ResultSaver resultSaver) {
        this.saver = resultSaver;
        return this;
    }

    public TrackingServiceBuilder settings(PollSettings pollSettings) {
        this.settings = pollSettings;
        return this;
    }

    public TrackingServiceBuilder clock(Clock c) {
        this.clock = c;
        return this;
    }

    /** Uniform values in [0, 1) for backoff jitter. */
    public TrackingServiceBuilder random(DoubleSupplier r) {
        this.random = r;
        return this;
    }

    public TrackingServiceBuilder driver(PollDriver d) {
        this.driver = d;
        return this;
    }

    /** Where listeners are called; the FX thread ({@code Platform::runLater}) by default. */
    public TrackingServiceBuilder listenerThread(Executor executor) {
        this.listenerThread = executor;
        return this;
    }

    /** Auto-save into this folder from the start (null: off). */
    public TrackingServiceBuilder autoSaveFolder(Path folder) {
        this.autoSaveFolder = folder;
        return this;
    }

    /** Learns untyped result links' types through this (null: not learnt; saves still ask each link). */
    public TrackingServiceBuilder linkTypes(LinkTypes types) {
        this.linkTypes = types;
        return this;
    }

    public TrackingService build() {
        return new TrackingService(this);
    }
}
