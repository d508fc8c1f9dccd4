package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.alephmonitor.kie.CreationLimit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedded kie.ai server on 127.0.0.1: the record endpoints of every task kind, Aleph generate,
 * Market createTask, credit, download-url, and the result files, with scripted misbehaviour for
 * tests. Start one with {@link #start}.
 */
public final class KieSimulator implements AutoCloseable {

    private static final int BACKLOG = 1024;

    private final SimConfig config;
    private final byte[] expectedAuthorization;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService delays;
    private final URI baseUri;
    private final Map<String, SimTask> tasks = new ConcurrentHashMap<>();
    private final SimFiles files;
    private final Map<String, Behaviour> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> recordRequests = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> recordOverrides = new ConcurrentHashMap<>();
    private final Map<String, MarketTask> marketTasks = new ConcurrentHashMap<>();
    private final AtomicLong lastMarketStamp = new AtomicLong();
    private final CreationLimit creationLimit;
    private final SimFollowUps followUps = new SimFollowUps(this);
    private final AtomicInteger totalRequests = new AtomicInteger();
    private final List<String> createRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger apiInFlight = new AtomicInteger();
    private final AtomicInteger mostApiInFlight = new AtomicInteger();
    private volatile GlobalFault globalFault = GlobalFault.NONE;

    private KieSimulator(SimConfig config) throws IOException {
        this.config = config;
        this.creationLimit = new CreationLimit(config.clock());
        this.expectedAuthorization = ("Bearer " + config.apiKey()).getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), BACKLOG);
        // Quick answers are written by the server's own thread, as they come (a hand-off to another thread
        // per request cost more than the answer); anything that can take long (a SLOW answer, a 512 MB
        // download, a request body) moves to a virtual thread of its own, so it never holds up the others.
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(Runnable::run);
        this.delays = config.responseDelay().isZero() ? null : Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("sim-response-delay").factory());
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        this.files = new SimFiles(baseUri, tasks::get, this::behaviourOf, config.clock());
        server.createContext("/api/", new ApiHandler(this));
        server.createContext(FileHandler.PREFIX, new FileHandler(this));
        server.start();
    }

    /** Starts a simulator bound to 127.0.0.1 only. */
    public static KieSimulator start(SimConfig config) {
        try {
            return new KieSimulator(Objects.requireNonNull(config, "config"));
        } catch (IOException e) {
            throw new UncheckedIOException("The simulator could not listen on 127.0.0.1:" + config.port(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    public String apiKey() {
        return config.apiKey();
    }

    /** Adds an Aleph task that is Running until the run time has passed, then Succeeded; returns its ID. */
    public String addAlephTask(String taskId, String prompt, String imageUrl) {
        return addTask("aleph", taskId, prompt, imageUrl);
    }

    /**
     * Adds a task of this kind ("aleph", "runway", "veo", "market", "flux-kontext", "gpt4o-image",
     * "midjourney") that is running until the run time has passed, then succeeds with the kind's
     * usual number of results; returns its ID. Market tasks use an image model.
     */
    public String addTask(String kind, String taskId, String prompt, String imageUrl) {
        Instant now = config.clock().instant();
        return add(task(SimKind.of(kind), taskId, prompt, imageUrl, null, now, now.plus(config.runTime())));
    }

    /** {@link #addTask} with a fresh ID of the kind's shape. */
    public String newTask(String kind, String prompt, String imageUrl) {
        SimKind simKind = SimKind.of(kind);
        return addTask(kind, simKind.newId(), prompt, imageUrl);
    }

    /** Adds a Market task of this model (a model whose name contains "video" gives one video); returns its ID. */
    public String newMarketTask(String model, String prompt, String imageUrl) {
        Instant now = config.clock().instant();
        return add(task(SimKind.MARKET, SimKind.MARKET.newId(), prompt, imageUrl, model, now, now.plus(config.runTime())));
    }

    /** The kind id of a task this simulator knows, or null. */
    public String kindOf(String taskId) {
        SimTask task = tasks.get(taskId);
        return task == null ? null : task.kind().id;
    }

    /** {@link #addAlephTask} with a random UUID. */
    public String newAlephTask(String prompt, String imageUrl) {
        return addAlephTask(UUID.randomUUID().toString(), prompt, imageUrl);
    }

    /** Adds the tasks demo mode shows: finished, failed and still running ones; returns their IDs. */
    public List<String> addDemoTasks() {
        return DemoTasks.addTo(this);
    }

    /** How record-info (and, for the *_DOWNLOAD behaviours, the video) answers for this ID from now on. */
    public void script(String taskId, Behaviour behaviour) {
        scripts.put(taskId, Objects.requireNonNull(behaviour, "behaviour"));
    }

    /**
     * From now on, this task's record-info {@code data} carries these fields in place of its own
     * (the rest stays normal): hostile prompts, result links or field types for tests.
     */
    public void overrideRecordFields(String taskId, ObjectNode fields) {
        recordOverrides.put(Objects.requireNonNull(taskId, "taskId"), fields.deepCopy());
    }

    /**
     * The Market task created with this ID through {@code jobs/createTask}, as
     * {@code {"model":…, "input":{…}}}; null when there is none.
     */
    public ObjectNode createdMarketTask(String taskId) {
        MarketTask task = marketTasks.get(taskId);
        if (task == null) {
            return null;
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("model", task.model());
        request.set("input", task.input().deepCopy());
        return request;
    }

    /** A fault every API call answers with until it is set back to {@link GlobalFault#NONE}. */
    public void setGlobalFault(GlobalFault fault) {
        globalFault = Objects.requireNonNull(fault, "fault");
    }

    /** record-info requests received for this ID, whatever the answer was. */
    public int recordRequests(String taskId) {
        AtomicInteger count = recordRequests.get(taskId);
        return count == null ? 0 : count.get();
    }

    /** All requests received under {@code /api/}. */
    public int totalRequests() {
        return totalRequests.get();
    }

    /** The most requests under {@code /api/} that were received and not yet answered at one time. */
    public int mostConcurrentApiRequests() {
        return mostApiInFlight.get();
    }

    /** Stops listening at once; answers still in progress are abandoned. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        if (delays != null) {
            delays.shutdownNow();
        }
    }

    // ---- used by the handlers ----

    SimConfig config() {
        return config;
    }

    GlobalFault globalFault() {
        return globalFault;
    }

    SimTask task(String taskId) {
        return tasks.get(taskId);
    }

    /** The task's record with any {@link #overrideRecordFields overrides} applied. */
    ObjectNode withOverrides(String taskId, ObjectNode record) {
        ObjectNode overrides = recordOverrides.get(taskId);
        return overrides == null ? record : record.setAll(overrides.deepCopy());
    }

    Behaviour behaviourOf(String taskId) {
        return scripts.getOrDefault(taskId, Behaviour.NORMAL);
    }

    String add(SimTask task) {
        tasks.put(task.id(), task);
        return task.id();
    }

    static SimTask task(SimKind kind, String taskId, String prompt, String imageUrl, String model,
                        Instant created, Instant completes) {
        String marketModel = kind == SimKind.MARKET && model == null ? "google/nano-banana" : model;
        int results = kind == SimKind.MARKET && marketModel.contains("video") ? 1 : kind.defaultResults;
        return new SimTask(Objects.requireNonNull(taskId, "taskId"), kind, prompt, imageUrl,
                SimRecords.paramJson(kind, prompt, imageUrl, marketModel), marketModel, created, completes, results);
    }

    String addGeneratedTask(String paramJson) {
        Instant now = config.clock().instant();
        return add(new SimTask(UUID.randomUUID().toString(), paramJson, now, now.plus(config.runTime())));
    }

    /**
     * Stores a Market task and returns its ID in the documented style, {@code task_<model family>_<epoch ms>}
     * (e.g. {@code task_kling-2.6_1765182425861}), unique even for several creations in one millisecond.
     */
    String addMarketTask(String model, ObjectNode input, String callBackUrl) {
        Instant now = config.clock().instant();
        long stamp = lastMarketStamp.accumulateAndGet(now.toEpochMilli(), (last, millis) -> Math.max(last + 1, millis));
        String family = model.split("/", 2)[0].replaceAll("[^A-Za-z0-9.-]", "");
        String id = "task_" + (family.isEmpty() ? "market" : family) + "_" + stamp;
        marketTasks.put(id, new MarketTask(id, model, input.deepCopy(), callBackUrl, now, now.plus(config.runTime())));
        String prompt = input.path("prompt").isTextual() ? input.get("prompt").asText() : null;
        String imageUrl = input.path("image_url").isTextual() ? input.get("image_url").asText() : null;
        SimTask made = task(SimKind.MARKET, id, prompt, imageUrl, model, now, now.plus(config.runTime()));
        // the record's param is the request as it was sent (docs: Market "Get Task Details")
        ObjectNode param = JsonNodeFactory.instance.objectNode().put("model", model);
        if (callBackUrl != null) {
            param.put("callBackUrl", callBackUrl);
        }
        param.set("input", input.deepCopy());
        return add(new SimTask(made.id(), made.kind(), made.prompt(), made.imageUrl(), param.toString(), made.model(),
                made.createdAt(), made.completesAt(), made.results()));
    }

    /** kie.ai's creation limit: null when one more task may be created now, else how long to wait. */
    Duration takeCreationSlot() {
        return creationLimit.take();
    }

    boolean acceptsAuthorization(String header) {
        return header != null && MessageDigest.isEqual(expectedAuthorization, header.getBytes(StandardCharsets.UTF_8));
    }

    /** An API request arrived; {@link #apiRequestAnswered} follows once its answer is sent. */
    void apiRequestArrived() {
        totalRequests.incrementAndGet();
        mostApiInFlight.accumulateAndGet(apiInFlight.incrementAndGet(), Math::max);
    }

    void apiRequestAnswered() {
        apiInFlight.decrementAndGet();
    }

    /** Runs a piece of an exchange that may block on a virtual thread of its own; the exchange is closed after it. */
    void offload(HttpExchange exchange, ExchangeWork work) {
        executor.execute(() -> runAndClose(exchange, work));
    }

    /** Runs the work on this thread and closes the exchange. */
    static void runAndClose(HttpExchange exchange, ExchangeWork work) {
        try (exchange) {
            work.run();
        } catch (IOException | RuntimeException clientGoneOrBroken) {
            // the exchange is closed, which drops the connection when no answer went out
        }
    }

    /** Runs {@code answer} after the configured response delay, on the delay timer's thread (no thread sleeps). */
    void afterResponseDelay(Runnable answer) {
        if (delays == null) {
            answer.run();
        } else {
            delays.schedule(answer, config.responseDelay().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Work on an exchange. */
    @FunctionalInterface
    interface ExchangeWork {
        void run() throws IOException;
    }

    /** Every request one of the kinds' own create endpoints received (answered or refused): "path body". */
    public List<String> createRequestsReceived() {
        return List.copyOf(createRequests);
    }

    void countCreateRequest(String path, com.fasterxml.jackson.databind.JsonNode body) {
        createRequests.add(path + " " + body);
    }

    void countRecordRequest(String taskId) {
        recordRequests.computeIfAbsent(taskId, id -> new AtomicInteger()).incrementAndGet();
    }

    // ---- test control of the served files ----

    /** GET requests received for a file path such as {@code /files/<id>.mp4} (query ignored). */
    public int fileRequests(String path) {
        return files.requests(path);
    }

    /**
     * The first byte asked for by each GET of a file path, in order: 0 for a whole-file request,
     * the Range start for a resumed one.
     */
    public List<Long> fileRequestStarts(String path) {
        return files.requestStarts(path);
    }

    /** Sends file bodies no faster than this many bytes per second (0: as fast as loopback goes), so downloads stay in flight. */
    public void throttleFiles(long bytesPerSecond) {
        files.throttle(bytesPerSecond);
    }

    /** Serves a file of {@link GeneratedBytes} of this size under {@code /files/<name>}; returns its URL. */
    public String addLargeFile(String name, long sizeBytes) {
        return files.addLarge(name, sizeBytes);
    }

    /**
     * From now on {@code /files/<name>} answers {@code status} (403, 404 or 410, say), as an expired
     * kie.ai link does, while the fresh links download-url hands out for it still serve the file.
     */
    public void expireFile(String name, int status) {
        files.expire(name, status);
    }

    /** The result files this simulator serves (for its handlers). */
    /** Veo's Get 1080P / Get 4K endpoints: script their not-ready answers, read when they were asked. */
    public SimFollowUps followUps() {
        return followUps;
    }

    SimFiles files() {
        return files;
    }
}
