package io.alephmonitor.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.Downloader;
import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.settings.ApiKeyStorageException;
import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.ApiKeyStores;
import io.alephmonitor.settings.AppFolders;
import io.alephmonitor.settings.FileApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.CycleResult;
import io.alephmonitor.tracking.PollDriver;
import io.alephmonitor.tracking.PollSettings;
import io.alephmonitor.tracking.TrackingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full run with a known API key — key saved, tasks added, polled (with faults), auto-saved,
 * settings changed, debug logging through the app's own logback configuration, the key saved in
 * the fallback store of a computer without a keyring, a diagnostics report copied — and then
 * every file the app wrote is searched for the key: it is only in the owner-only key file.
 */
class SecretsNeverWrittenTest {

    private static final String KEY = "sk-live-91c4e7d2b8a3f605e1d9";
    private static final Logger LOG = LoggerFactory.getLogger(SecretsNeverWrittenTest.class);

    @TempDir
    Path root;

    @Test
    void theApiKeyAppearsInNoFileTheAppWritesExceptItsOwnerOnlyKeyFile() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        Path config = Files.createDirectories(root.resolve("config"));
        Path logs = Files.createDirectories(root.resolve("logs"));
        Path library = Files.createDirectories(root.resolve("library"));
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        useTheAppsLogConfiguration(logging, logs);
        try {
            runTheApp(data, config, library, logs);
        } finally {
            logging.stop(); // flushes and closes the log file
            logging.reset();
            new ContextInitializer(logging).autoConfig();
        }

        FileApiKeyStore keyStore = new FileApiKeyStore(config);
        assertThat(Files.getPosixFilePermissions(keyStore.file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        List<Path> written = filesUnder(root).stream().filter(f -> !f.equals(keyStore.file())).toList();
        assertThat(written).as("the run wrote a store, settings, a log and videos")
                .anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo(SqliteTaskStore.FILE_NAME))
                .anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo(SettingsStore.FILE_NAME))
                .anySatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".mp4"));
        Path log = logs.resolve("aleph-monitor.log");
        assertThat(Files.readString(log)).as("debug logging was on").contains("record-info").contains("••••");
        assertThat(Files.readString(root.resolve("diagnostics.txt"))).as("the report a user would paste")
                .contains("Succeeded: 1").contains("record-info").contains("because no system keyring is available");
        assertThat(written).isNotEmpty().allSatisfy(file -> assertThat(containsKey(file)).as(file.toString()).isFalse());
    }

    private void runTheApp(Path data, Path config, Path library, Path logs) throws Exception {
        ApiKeyStore keyStore = ApiKeyStores.choose(() -> {
            throw new ApiKeyStorageException("No system keyring is available (test)", null);
        }, new FileApiKeyStore(config), Duration.ofSeconds(5));
        keyStore.save(KEY);
        ApiKey key = ApiKey.of(keyStore.load().orElseThrow());
        LOG.info("Using API key {} from {}", key, keyStore);
        ExecutorService listenerThread = Executors.newSingleThreadExecutor();
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-06-01T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        List<Supplier<CycleResult>> cycle = new ArrayList<>(1);
        List<Consumer<CycleResult>> publish = new ArrayList<>(1);
        PollDriver driver = new PollDriver() {
            @Override
            public void start(Supplier<CycleResult> c, Consumer<CycleResult> p) {
                cycle.add(c);
                publish.add(p);
            }

            @Override
            public void stop() {
            }
        };
        try (KieSimulator sim = KieSimulator.start(SimConfig.defaults().withApiKey(KEY).withClock(clock)
                     .withRunTime(Duration.ofMinutes(1)));
             HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()), key);
             HttpKieClient wrongKey = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
                     ApiKey.of(KEY + "-old"));
             SqliteTaskStore store = SqliteTaskStore.open(data);
             Downloader downloader = new Downloader(2, Duration.ofMillis(10));
             TrackingService tracker = TrackingService.builder(store, client, List.of(new AlephKind()))
                     .saver(new DownloadResultSaver(downloader))
                     .settings(PollSettings.defaults().withInterval(Duration.ofSeconds(10)))
                     .clock(clock).random(() -> 0.5).driver(driver).listenerThread(listenerThread)
                     .autoSaveFolder(library).build()) {
            tracker.start().get(10, TimeUnit.SECONDS);
            listenerThread.submit(() -> { }).get();
            String good = sim.newAlephTask("A lighthouse in a storm", "https://example.com/l.jpg");
            String flaky = sim.newAlephTask("A fox in the snow", "https://example.com/f.jpg");
            sim.script(flaky, Behaviour.SERVER_ERROR);
            CompletableFuture<TrackedTask> saved = new CompletableFuture<>();
            tracker.addListener((changed, removed) -> changed.stream()
                    .filter(t -> t.taskId().equals(good) && t.savedPath() != null).findFirst().ifPresent(saved::complete));
            tracker.addFromText(good + "\n" + flaky + "\nnot an id\n11111111-2222-3333-4444-555555555555", "aleph");
            for (int s = 0; s < 120; s++) {
                now.set(now.get().plusSeconds(1));
                CycleResult result = cycle.getFirst().get();
                listenerThread.execute(() -> publish.getFirst().accept(result));
                if (s == 30) {
                    sim.script(flaky, Behaviour.MALFORMED_BODY);
                }
            }
            saved.get(30, TimeUnit.SECONDS);
            // Help › Copy diagnostics, pasted into a file
            Diagnostics diagnostics = new Diagnostics(new AppFolders(data, config, logs, library, false), tracker, false,
                    keyStore::describe, () -> key);
            Files.writeString(root.resolve("diagnostics.txt"), diagnostics.report());
            new SettingsStore(config).save(Settings.DEFAULTS.withAutoSave(true).withLibraryDir(library)
                    .withApiBase(sim.baseUri().toString()).withPollInterval(Duration.ofSeconds(20)));
            // a rejected key is logged and reported, never spelled out
            tracker.close();
            try (TrackingService rejected = TrackingService.builder(store, wrongKey, List.of(new AlephKind()))
                    .clock(clock).driver(driver).listenerThread(listenerThread).build()) {
                rejected.start().get(10, TimeUnit.SECONDS);
                listenerThread.submit(() -> { }).get();
                rejected.checkAllNow();
                cycle.getLast().get();
            }
        } finally {
            listenerThread.shutdownNow();
        }
    }

    private static void useTheAppsLogConfiguration(LoggerContext logging, Path logs) throws Exception {
        logging.reset();
        logging.putProperty("alephmonitor.logDir", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(logging);
        configurator.doConfigure(SecretsNeverWrittenTest.class.getResource("/logback.xml"));
        logging.getLogger("io.alephmonitor").setLevel(Level.DEBUG);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Searches the raw bytes for the key as UTF-8, UTF-16 and hex, so no encoding hides it. */
    private static boolean containsKey(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        return Stream.of(KEY.getBytes(StandardCharsets.UTF_8), KEY.getBytes(StandardCharsets.UTF_16LE),
                        KEY.getBytes(StandardCharsets.UTF_16BE))
                .map(k -> new String(k, StandardCharsets.ISO_8859_1)).anyMatch(latin::contains)
                || latin.contains(HexFormat.of().formatHex(KEY.getBytes(StandardCharsets.UTF_8)));
    }
}
