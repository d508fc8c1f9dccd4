package io.alephmonitor.app;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.LibraryOptions;
import io.alephmonitor.download.LinkProbe;
import io.alephmonitor.download.TextExcerpts;
import io.alephmonitor.download.Downloader;
import io.alephmonitor.download.KieLinkRenewal;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.settings.AppFolders;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.OpeningTaskStore;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.store.TaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.BatchQueue;
import io.alephmonitor.tracking.BatchSender;
import io.alephmonitor.tracking.PollSettings;
import io.alephmonitor.tracking.TaskCreator;
import io.alephmonitor.tracking.TrackingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The non-UI half of the running app: task store, kie.ai client, tracker, downloads and, in
 * demo mode, the embedded simulator. Opened off the FX thread; closed in reverse order.
 */
final class Backend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    /** Demo tasks finish within a minute or two, so a visitor sees the whole life of a task. */
    private static final Duration DEMO_RUN_TIME = Duration.ofSeconds(40);

    private final KieSimulator simulator;
    private final TaskStore store;
    private final AtomicReference<HttpKieClient> client;
    private final KieLinkRenewal linkRenewal;
    private final Downloader downloader;
    private final TrackingService tracker;
    private final TaskCreator creator;
    private final java.util.concurrent.ScheduledExecutorService followUpTimer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("hd-video-timer").factory());
    private final io.alephmonitor.tracking.FollowUps followUps;
    private final BatchQueue batches;
    private final BatchSender batchSender;
    private final AtomicReference<ApiKey> key;
    // How saves name their files and whether they write sidecars: the settings in force.
    private final AtomicReference<LibraryOptions> libraryOptions;
    private volatile URI apiBase;

    private Backend(KieSimulator simulator, OpeningTaskStore store, AtomicReference<HttpKieClient> client,
                    KieLinkRenewal linkRenewal, Downloader downloader, TrackingService tracker, AtomicReference<ApiKey> key,
                    URI apiBase, AtomicReference<LibraryOptions> libraryOptions) {
        this.simulator = simulator;
        this.libraryOptions = libraryOptions;
        this.store = store;
        this.client = client;
        this.linkRenewal = linkRenewal;
        this.downloader = downloader;
        this.tracker = tracker;
        this.key = key;
        // The current client with the current key, or null without one: a new key or address applies at once.
        Supplier<KieApi> api = () -> this.key.get() == null ? null : this.client.get();
        // One creation limit for the account: single creations and batch rows count against the same 20 per 10 s.
        CreationLimit limit = new CreationLimit(Clock.systemUTC());
        this.creator = new TaskCreator(api, tracker::addCreatedFrom, limit);
        this.batches = new BatchQueue(store.batches(), api, limit, Clock.systemUTC(), tracker::addCreated);
        this.batchSender = new BatchSender(batches);
        // The stored queue goes on where it was (rows in flight at a crash become "may have been created").
        Thread.ofVirtual().name("batch-open").start(() -> {
            try {
                batches.open();
                batchSender.start();
            } catch (RuntimeException e) {
                LOG.warn("The batch queue could not be opened: {}", e.getMessage());
            }
        });
        // Get 1080P / 4K asks wait on the timer thread; each ask (a blocking HTTP call) runs on a virtual thread.
        io.alephmonitor.tracking.HdVideoFetch hd = new io.alephmonitor.tracking.HdVideoFetch(
                () -> this.key.get() == null ? null : this.client.get(),
                (delay, work) -> followUpTimer.schedule(() -> Thread.ofVirtual().start(work), delay.toMillis(),
                        java.util.concurrent.TimeUnit.MILLISECONDS),
                Clock.systemUTC(), child -> tracker.importTasks(java.util.List.of(child)),
                (parentId, which, tries, next) -> LOG.info("{} of {} not ready yet (try {}), asking again at {}",
                        which, parentId, tries, next));
        this.followUps = new io.alephmonitor.tracking.FollowUps(creator, hd);
        this.apiBase = apiBase;
    }

    /** The kie.ai address for a real (non-demo) run: command line or environment, then settings, then kie.ai. */
    static URI realApiBase(CommandLine commandLine, Settings settings) {
        if (commandLine.apiBase().isPresent()) {
            return commandLine.apiBase().get();
        }
        return settings.apiBase() != null ? URI.create(settings.apiBase()) : KieClientConfig.KIE_AI;
    }

    /** Opens everything for a real run against kie.ai (or the address configured); {@code key} may be null. */
    static Backend openReal(AppFolders folders, Settings settings, CommandLine commandLine, ApiKey apiKey) {
        return open(null, folders.dataDir(), settings, commandLine, apiKey, realApiBase(commandLine, settings));
    }

    /**
     * Opens demo mode: the embedded simulator on a random loopback port and a separate demo data
     * folder, started fresh each time with the sample tasks.
     */
    static Backend openDemo(AppFolders folders, Settings settings, CommandLine commandLine) {
        KieSimulator sim = KieSimulator.start(SimConfig.defaults().withRunTime(DEMO_RUN_TIME));
        Path demoDir = folders.dataDir().resolve("demo");
        try (SqliteTaskStore old = SqliteTaskStore.open(demoDir)) {
            // The simulator forgets its tasks when it stops, so yesterday's demo rows would only say "not found".
            old.delete(old.loadAll().stream().map(TrackedTask::taskId).toList());
        }
        Backend backend = open(sim, demoDir, settings, commandLine, ApiKey.of(sim.apiKey()), sim.baseUri());
        Map<String, List<String>> demoByKind = sim.addDemoTasks().stream()
                .collect(Collectors.groupingBy(sim::kindOf, LinkedHashMap::new, Collectors.toList()));
        demoByKind.forEach((kind, ids) -> backend.tracker.addFromText(String.join("\n", ids), kind));
        return backend;
    }

    private static Backend open(KieSimulator sim, Path dataDir, Settings settings, CommandLine commandLine,
                                ApiKey apiKey, URI base) {
        // The database opens beside the window being built; loading the tasks waits for it (and reports a failure).
        OpeningTaskStore store = OpeningTaskStore.start(() -> SqliteTaskStore.open(dataDir));
        AtomicReference<ApiKey> key = new AtomicReference<>(apiKey);
        AtomicReference<HttpKieClient> client = new AtomicReference<>(new HttpKieClient(
                KieClientConfig.defaults().withBaseUri(base), key::get, Clock.systemUTC()));
        // Expired result links get one fresh temporary link from kie.ai (needs the key, like polling).
        KieLinkRenewal renewal = new KieLinkRenewal(() -> key.get() == null ? null : client.get());
        Downloader downloader = new Downloader(renewal);
        // Untyped result links are asked once what they hold; saves and the tracker share what was learnt.
        LinkProbe linkTypes = new LinkProbe(downloader);
        AtomicReference<LibraryOptions> libraryOptions = new AtomicReference<>(libraryOptions(settings));
        Duration interval = commandLine.pollInterval().orElse(settings.pollInterval());
        // No key yet: the tracker shows "No API key set" instead of sending requests kie.ai would reject.
        TrackingService tracker = TrackingService.builder(store, apiKey == null ? null : client.get(), TaskKinds.standard().all())
                .settings(PollSettings.defaults().withInterval(interval))
                .saver(new DownloadResultSaver(downloader, linkTypes, libraryOptions::get, Clock.systemUTC()))
                .linkTypes(linkTypes)
                .autoSaveFolder(autoSaveFolder(commandLine, settings, dataDir))
                .build();
        LOG.info("Opened {} data in {}, kie.ai at {}", sim == null ? "real" : "demo", dataDir, base);
        return new Backend(sim, store, client, renewal, downloader, tracker, key, base, libraryOptions);
    }

    /** The naming template and sidecar switch of these settings. */
    static LibraryOptions libraryOptions(Settings settings) {
        return LibraryOptions.of(settings.nameTemplate(), settings.nameTemplates(), settings.sidecars(),
                settings.fileTags());
    }

    /** How saves name their files and whether they write sidecars, now. */
    LibraryOptions libraryOptions() {
        return libraryOptions.get();
    }

    /** Saves from now on name their files and write sidecars as {@code options} say. */
    void setLibraryOptions(LibraryOptions options) {
        libraryOptions.set(options);
    }

    /** Where finished tasks are saved without a click; null when auto-save is off. */
    static Path autoSaveFolder(CommandLine commandLine, Settings settings, Path fallbackLibrary) {
        if (commandLine.autoSaveDir().isPresent()) {
            return commandLine.autoSaveDir().get();
        }
        if (!settings.autoSave()) {
            return null;
        }
        return settings.libraryDir() != null ? settings.libraryDir() : fallbackLibrary;
    }

    TrackingService tracker() {
        return tracker;
    }

    /** Veo's 1080P / 4K and Veo / Runway Extend of tracked tasks. */
    io.alephmonitor.tracking.FollowUps followUps() {
        return followUps;
    }

    TaskCreator taskCreator() {
        return creator;
    }

    /** The current client with the current key, or null without a key. */
    KieApi api() {
        return key.get() == null ? null : client.get();
    }

    /** The stored batch queue (its sender runs on its own thread). */
    BatchQueue batches() {
        return batches;
    }

    /** Fresh temporary links for expired result links (blocking: call it off the FX thread). */
    KieLinkRenewal linkRenewal() {
        return linkRenewal;
    }

    /** The start of text results for previews, read through the downloader (a dead link renewed once). */
    TextExcerpts textExcerpts() {
        return new TextExcerpts(downloader, linkRenewal);
    }

    boolean isDemo() {
        return simulator != null;
    }

    /** Replaces the API key used from the next request on, and lifts a "key rejected" pause. */
    void changeKey(ApiKey newKey) {
        key.set(newKey);
        tracker.updateApi(newKey == null ? null : client.get());
    }

    ApiKey currentKey() {
        return key.get();
    }

    /** Points polling at another kie.ai address (a proxy, say) from the next request on. */
    void changeApiBase(URI newBase) {
        if (newBase.equals(apiBase)) {
            return;
        }
        HttpKieClient fresh = new HttpKieClient(KieClientConfig.defaults().withBaseUri(newBase), key::get, Clock.systemUTC());
        HttpKieClient old = client.getAndSet(fresh);
        apiBase = newBase;
        tracker.updateApi(key.get() == null ? null : fresh);
        // Closing waits for requests still in flight on the old client: never on the caller's (FX) thread.
        Thread.ofVirtual().start(old::close);
    }

    @Override
    public void close() {
        followUpTimer.shutdownNow();
        try {
            batchSender.close(); // a row on its way gets its answer stored first
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        creator.close();
        tracker.close();
        downloader.close();
        client.get().close();
        store.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
