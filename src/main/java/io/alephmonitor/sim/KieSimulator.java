package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * An embedded kie.ai server on 127.0.0.1: Aleph record-info and generate, credit, download-url,
 * and the result files, with scripted misbehaviour for tests. Start one with {@link #start}.
 */
public final class KieSimulator implements AutoCloseable {

    private static final int BACKLOG = 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final FileContent SAMPLE_VIDEO = new FileContent.InMemory(resource("sample.mp4"), "video/mp4");
    private static final FileContent SAMPLE_IMAGE = new FileContent.InMemory(resource("sample.png"), "image/png");

    private final SimConfig config;
    private final byte[] expectedAuthorization;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final Map<String, SimTask> tasks = new ConcurrentHashMap<>();
    private final Map<String, Behaviour> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> recordRequests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fileRequests = new ConcurrentHashMap<>();
    private final Map<String, FileContent> largeFiles = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> recordOverrides = new ConcurrentHashMap<>();
    private final Map<String, Integer> expiredFiles = new ConcurrentHashMap<>();
    private final Set<String> cutsDone = ConcurrentHashMap.newKeySet();
    private final AtomicInteger totalRequests = new AtomicInteger();
    private volatile GlobalFault globalFault = GlobalFault.NONE;

    private KieSimulator(SimConfig config) throws IOException {
        this.config = config;
        this.expectedAuthorization = ("Bearer " + config.apiKey()).getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), BACKLOG);
        // One virtual thread per exchange: a SLOW answer or a 512 MB download never holds up the others.
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/api/", new ApiHandler(this));
        server.createContext(FileHandler.PREFIX, new FileHandler(this));
        server.start();
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
        Instant now = config.clock().instant();
        return add(new SimTask(taskId, paramJson(prompt, imageUrl), now, now.plus(config.runTime())));
    }

    /** {@link #addAlephTask} with a random UUID. */
    public String newAlephTask(String prompt, String imageUrl) {
        return addAlephTask(UUID.randomUUID().toString(), prompt, imageUrl);
    }

    /** Adds the tasks demo mode shows: finished, failed and still running ones; returns their IDs. */
    public List<String> addDemoTasks() {
        return DemoTasks.addTo(this);
    }

    /** How record-info (and, for {@link Behaviour#CUT_DOWNLOAD}, the video) answers for this ID from now on. */
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

    /** GET requests received for a file path such as {@code /files/<id>.mp4} (query ignored). */
    public int fileRequests(String path) {
        AtomicInteger count = fileRequests.get(path);
        return count == null ? 0 : count.get();
    }

    /** Serves a file of {@link GeneratedBytes} of this size under {@code /files/<name>}; returns its URL. */
    public String addLargeFile(String name, long sizeBytes) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("file names may use letters, digits, '.', '_' and '-' only: " + name);
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative: " + sizeBytes);
        }
        largeFiles.put(name, new FileContent.Generated(sizeBytes));
        return baseUri + FileHandler.PREFIX + name;
    }

    /**
     * From now on {@code /files/<name>} answers {@code status} (403, 404 or 410, say), as an expired
     * kie.ai link does, while the fresh links download-url hands out for it still serve the file.
     */
    public void expireFile(String name, int status) {
        expiredFiles.put(Objects.requireNonNull(name, "name"), status);
    }

    /** Stops listening at once; answers still in progress are abandoned. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
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

    String addGeneratedTask(String paramJson) {
        Instant now = config.clock().instant();
        return add(new SimTask(UUID.randomUUID().toString(), paramJson, now, now.plus(config.runTime())));
    }

    boolean acceptsAuthorization(String header) {
        return header != null && MessageDigest.isEqual(expectedAuthorization, header.getBytes(StandardCharsets.UTF_8));
    }

    void countApiRequest() {
        totalRequests.incrementAndGet();
    }

    void countRecordRequest(String taskId) {
        recordRequests.computeIfAbsent(taskId, id -> new AtomicInteger()).incrementAndGet();
    }

    void countFileRequest(String path) {
        fileRequests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }

    /** The file served as {@code /files/<name>}, or null. */
    FileContent file(String name) {
        FileContent large = largeFiles.get(name);
        if (large != null) {
            return large;
        }
        if (name.equals("sample.mp4")) {
            return SAMPLE_VIDEO;
        }
        if (name.equals("sample.png")) {
            return SAMPLE_IMAGE;
        }
        if (name.endsWith(".mp4") && tasks.containsKey(stem(name))) {
            return SAMPLE_VIDEO;
        }
        if (name.endsWith(".png") && tasks.containsKey(stem(name))) {
            return SAMPLE_IMAGE;
        }
        return null;
    }

    /** The status an expired file's original link answers with; null when it is not expired or the link is a fresh one. */
    Integer expiredStatus(String name, String rawQuery) {
        boolean freshLink = rawQuery != null && rawQuery.contains("token=");
        return freshLink ? null : expiredFiles.get(name);
    }

    /** True exactly once for a task video scripted {@link Behaviour#CUT_DOWNLOAD}. */
    boolean takeScriptedCut(String name) {
        return name.endsWith(".mp4")
                && behaviourOf(stem(name)) == Behaviour.CUT_DOWNLOAD
                && cutsDone.add(name);
    }

    /** A fresh link to the same file when the URL is one of this simulator's files; otherwise null. */
    String temporaryLinkFor(String url) {
        String prefix = baseUri + FileHandler.PREFIX;
        if (!url.startsWith(prefix)) {
            return null;
        }
        String name = url.substring(prefix.length());
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        if (file(name) == null) {
            return null;
        }
        long expires = config.clock().instant().plus(Duration.ofMinutes(20)).getEpochSecond();
        return prefix + name + "?expires=" + expires + "&token=" + UUID.randomUUID();
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    static String paramJson(String prompt, String imageUrl) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("prompt", prompt);
        params.put("imageUrl", imageUrl);
        return params.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = KieSimulator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
