package io.alephmonitor.tracking;

import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.model.Expiry;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.store.TaskStore;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TrackedTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The engine behind the UI, the implementation of {@link TaskTracker}: adds, removes and re-checks
 * tasks, polls them in the background through a {@link PollDriver}, persists every change before
 * publishing it, and auto-saves results. Its named parts: {@link KindResolver} (which kind a pasted
 * ID is), {@link SaveRecorder} (saves and their outcome on the task), {@link SavedFileChecker}
 * (saved files gone missing) and {@link AutoSaveQueue}. Listeners are called on the listener thread
 * (the FX thread in the app), one call per batch.
 */
public final class TrackingService implements TaskTracker, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingService.class);

    /**
     * How {@link TrackedTask#lastError()} starts when the file a task was saved to is gone: the words
     * shown with the task. The state itself is {@link TrackedTask#savedFile()}; nothing reads this text back.
     */
    public static final String SAVED_FILE_MISSING = "The saved file is missing: ";

    private final PollEngine engine;
    private final TaskStore store;
    private final KindResolver kindResolver;
    private final SaveRecorder saves;
    private final SavedFileChecker savedFiles;
    private final PollDriver driver;
    private final Executor listenerThread;
    private final ExecutorService background =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("tracker-load").factory());
    private final List<TrackerListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Duration> resultLifetimes;
    private final AutoSaveQueue autoSave;
    private final TypeLearner typeLearner;
    private final TaskSearcher searcher;
    private PollingState publishedState;

    TrackingService(TrackingServiceBuilder b) {
        this.store = b.store;
        List<TaskKind> withAuto = new ArrayList<>(b.kinds);
        withAuto.add(KindDetector.AUTO);
        this.engine = new PollEngine(b.store, b.api == null ? null : new KindDetector(b.api, b.kinds), withAuto,
                b.settings, b.clock, b.random);
        this.kindResolver = new KindResolver(Objects.requireNonNull(
                b.idReader != null ? b.idReader : TaskIdReader.forKinds(b.kinds), "idReader"),
                b.kinds.stream().map(TaskKind::id).toList());
        this.saves = new SaveRecorder(engine, b.saver, this::publishAfter);
        this.savedFiles = new SavedFileChecker(engine, this::publishAfter);
        this.typeLearner = new TypeLearner(engine, b.linkTypes, this::publishAfter);
        this.driver = b.driver != null ? b.driver : new FxPollDriver(b.settings.tick());
        this.listenerThread = b.listenerThread;
        this.searcher = new TaskSearcher(b.store, b.listenerThread);
        this.resultLifetimes = b.kinds.stream().collect(Collectors.toUnmodifiableMap(TaskKind::id, TaskKind::resultLifetime));
        this.autoSave = new AutoSaveQueue(engine::task, this::expiresAt, saves::saveInto);
        if (saves.canSave()) {
            autoSave.setFolder(b.autoSaveFolder);
        }
    }

    /** A tracker over this store and client (null client: no API key yet), for these task kinds. */
    public static TrackingServiceBuilder builder(TaskStore store, KieApi api, Collection<TaskKind> kinds) {
        return new TrackingServiceBuilder(store, api, kinds);
    }

    /**
     * Loads the stored tasks off the calling thread, publishes them, then starts polling. Saved
     * files that have gone missing are reported; with auto-save on, finished tasks not saved yet
     * start saving.
     */
    public CompletableFuture<Void> start() {
        return CompletableFuture.supplyAsync(store::loadAll, background)
                .thenAccept(loaded -> {
                    engine.load(loaded);
                    List<String> ids = loaded.stream().map(TrackedTask::taskId).toList();
                    listenerThread.execute(() -> {
                        publish(ids, List.of());
                        driver.start(this::cycleWithAutoSave, this::publishCycle);
                    });
                    savedFiles.check(loaded);
                    typeLearner.learn(loaded);
                    autoSave.offer(loaded);
                });
    }

    private CycleResult cycleWithAutoSave() {
        CycleResult result = engine.runCycle();
        typeLearner.learn(result.changed());
        autoSave.offer(result.changed());
        return result;
    }

    @Override
    public void recheckSavedFiles(Collection<String> taskIds) {
        List<String> ids = List.copyOf(taskIds);
        try {
            background.execute(() -> savedFiles.check(
                    ids.stream().map(engine::task).filter(Objects::nonNull).toList()));
        } catch (RejectedExecutionException closed) {
            LOG.debug("TrackingService closed; saved files not rechecked");
        }
    }

    /** When the task's result link expires; {@link Instant#MAX} when that is unknown (saved last). */
    private Instant expiresAt(TrackedTask task) {
        Duration lifetime = resultLifetimes.get(task.kind());
        return lifetime == null ? Instant.MAX : Expiry.expiresAt(task, lifetime).orElse(Instant.MAX);
    }

    private void publishCycle(CycleResult result) {
        publish(result.changed().stream().map(TrackedTask::taskId).toList(), List.of());
    }

    /** Runs one poll cycle on the calling thread and publishes it (the driver's job; for tests and scripts). */
    CycleResult runCycle() {
        CycleResult result = cycleWithAutoSave();
        listenerThread.execute(() -> publishCycle(result));
        return result;
    }

    /**
     * {@inheritDoc} With kind {@link TrackedTask#AUTO_KIND}, an ID whose format only one kind
     * accepts is added as that kind; the others are detected while polling. With a given kind,
     * IDs of formats that kind does not use are reported as unrecognised, like unknown tokens.
     */
    @Override
    public AddReport addFromText(String text, String kind) {
        KindResolver.Resolved resolved = kindResolver.resolve(text, kind);
        List<String> addedIds = new ArrayList<>();
        List<String> already = new ArrayList<>();
        resolved.byKind().forEach((target, ids) -> {
            AddReport part = addIds(ids, target);
            addedIds.addAll(part.added());
            already.addAll(part.alreadyTracked());
        });
        return new AddReport(addedIds, already, resolved.linesWithoutId(), resolved.unrecognised());
    }

    @Override
    public AddReport addIds(List<String> taskIds, String kind) {
        PollEngine.Added added = engine.add(taskIds.stream().distinct().toList(), kind);
        List<String> addedIds = added.added().stream().map(TrackedTask::taskId).toList();
        afterWrite(added.written(), addedIds, List.of());
        return new AddReport(addedIds, added.alreadyTracked(), 0);
    }

    /** Tracks one task just created on kie.ai, exactly this ID and kind (no text scanning); it is polled at once. */
    public void addCreated(String taskId, String kind) {
        addCreatedFrom(taskId, kind, null);
    }

    /** {@link #addCreated} for a task made from another one: it remembers {@code origin} (null: none). */
    public void addCreatedFrom(String taskId, String kind, io.alephmonitor.model.TaskOrigin origin) {
        PollEngine.Added added = engine.addAnyKind(List.of(taskId), kind, origin);
        afterWrite(added.written(), List.of(taskId), List.of());
    }

    /**
     * Tracks imported tasks not tracked yet, with their kind, status, links and saved files; finished
     * ones are not polled again, unfinished ones are polled soon. With auto-save on, imported results
     * not saved yet start saving.
     *
     * @throws IllegalArgumentException for a task of a kind this version does not know (check first)
     */
    @Override
    public AddReport importTasks(Collection<TrackedTask> tasks) {
        PollEngine.Added added = engine.importTasks(tasks);
        List<String> addedIds = added.added().stream().map(TrackedTask::taskId).toList();
        afterWrite(added.written(), addedIds, List.of());
        autoSave.offer(added.added());
        return new AddReport(addedIds, added.alreadyTracked(), 0);
    }

    /** {@inheritDoc} The tracked ones change in one store write and one published batch. */
    @Override
    public AddReport bringBack(Collection<TrackedTask> found) {
        Map<String, TrackedTask> byId = new java.util.LinkedHashMap<>();
        found.forEach(task -> byId.putIfAbsent(task.taskId(), task));
        AddReport imported = importTasks(byId.values());
        PollEngine.Updated updated = engine.updateAll(imported.alreadyTracked(),
                tracked -> BroughtBack.gain(tracked, byId.get(tracked.taskId())));
        afterWrite(updated.written(), updated.changed(), List.of());
        return imported;
    }

    @Override
    public void remove(Collection<String> taskIds) {
        List<String> ids = List.copyOf(taskIds);
        afterWrite(engine.remove(ids), List.of(), ids);
    }

    @Override
    public void restore(Collection<TrackedTask> tasks) {
        afterWrite(engine.restore(tasks), tasks.stream().map(TrackedTask::taskId).toList(), List.of());
    }

    @Override
    public void checkNow(Collection<String> taskIds) {
        PollEngine.CheckedAgain checked = engine.checkNow(HdVideoFetch.withRecords(taskIds, tasks()));
        afterWrite(checked.written(), checked.reset(), List.of());
    }

    @Override
    public void checkAllNow() {
        engine.checkAllNow();
        listenerThread.execute(() -> publish(List.of(), List.of()));
    }

    /** {@inheritDoc} One store write for all of them, then one published batch; polling is not affected. */
    @Override
    public void mark(Collection<String> taskIds, UnaryOperator<TaskMarks> change) {
        PollEngine.Updated updated = engine.updateAll(List.copyOf(taskIds), task -> task.withMarks(change.apply(task.marks())));
        afterWrite(updated.written(), updated.changed(), List.of());
    }

    @Override
    public List<TrackedTask> tasks() {
        return engine.tasks();
    }

    @Override
    public PollingState pollingState() {
        return engine.state();
    }

    @Override
    public SaveJob save(String taskId, Path target) {
        return saves.saveTo(taskId, target);
    }

    /** New API key or base (null: no key): lifts every pause and polling resumes. */
    public void updateApi(KieApi api) {
        engine.updateApi(api);
        listenerThread.execute(() -> publish(List.of(), List.of()));
    }

    /** Lifts a pause at once, e.g. after the user topped up credits. */
    public void resume() {
        engine.resume();
        listenerThread.execute(() -> publish(List.of(), List.of()));
    }

    /** The settings' poll interval changed; a shorter interval applies at once. */
    public void setPollInterval(Duration interval) {
        engine.setInterval(interval);
    }

    /**
     * Turns auto-save on into this folder, or off (null). Turning it on also saves the finished
     * tasks not saved yet, and tries again those whose auto-save failed before.
     */
    public void setAutoSaveFolder(Path folder) {
        if (!saves.canSave()) {
            return;
        }
        autoSave.setFolder(folder);
        if (folder != null) {
            try {
                background.execute(() -> autoSave.offer(engine.tasks()));
            } catch (RejectedExecutionException closed) {
                LOG.debug("Auto-save folder set after the tracker closed");
            }
        }
    }

    @Override
    public void addListener(TrackerListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(TrackerListener listener) {
        listeners.remove(listener);
    }

    private void afterWrite(CompletableFuture<Void> written, List<String> changedIds, List<String> removedIds) {
        written.whenComplete((ok, failure) -> listenerThread.execute(() -> publish(changedIds, removedIds)));
    }

    private void publishAfter(CompletableFuture<Void> written, String changedId) {
        afterWrite(written, List.of(changedId), List.of());
    }

    /**
     * Tells listeners, on the listener thread, about one batch. Values are read at this moment,
     * so a batch that arrives late never shows an outdated row or a task removed meanwhile.
     */
    private void publish(Collection<String> changedIds, Collection<String> removedIds) {
        List<TrackedTask> changed = engine.current(changedIds);
        List<String> removed = removedIds.stream().filter(id -> engine.task(id) == null).toList();
        if (!changed.isEmpty() || !removed.isEmpty()) {
            listeners.forEach(l -> l.tasksChanged(changed, removed));
        }
        PollingState state = engine.state();
        if (!state.equals(publishedState)) {
            publishedState = state;
            listeners.forEach(l -> l.pollingStateChanged(state));
        }
    }

    @Override
    public CompletableFuture<List<String>> search(SearchQuery query) {
        return searcher.search(query);
    }

    /** Stops polling and finishes pending store writes; the store itself is closed by its owner. */
    @Override
    public void close() {
        autoSave.setFolder(null);
        driver.stop();
        background.shutdownNow();
        searcher.close();
        engine.close();
        LOG.debug("TrackingService closed");
    }
}
