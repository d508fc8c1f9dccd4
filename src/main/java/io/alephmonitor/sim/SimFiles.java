package io.alephmonitor.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The result files the simulator serves under {@code /files/}: every task's sample video, image,
 * audio track ({@code .mp3}), WAV ({@code .wav}) and cover ({@code .jpg}), text ({@code .txt}, {@code .json}) and
 * extensionless links ({@link SimTextFiles}), large generated files (a {@code .txt} one is text), links scripted to
 * expire or to break, and what was asked of them.
 */
final class SimFiles {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final FileContent SAMPLE_VIDEO = new FileContent.InMemory(resource("sample.mp4"), "video/mp4");
    private static final FileContent SAMPLE_IMAGE = new FileContent.InMemory(resource("sample.png"), "image/png");
    private static final FileContent SAMPLE_AUDIO = new FileContent.InMemory(resource("sample.mp3"), "audio/mpeg");
    private static final FileContent SAMPLE_COVER = new FileContent.InMemory(resource("sample-cover.jpg"), "image/jpeg");
    private static final FileContent SAMPLE_WAV = new FileContent.InMemory(SunoRecords.SILENT_WAV, "audio/wav");

    private final Function<String, SimTask> taskById;
    private final Predicate<String> knownTask;
    private final Function<String, Behaviour> behaviourOf;
    private final Clock clock;
    private final URI baseUri;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> requestStarts = new ConcurrentHashMap<>();
    private final Map<String, FileContent> largeFiles = new ConcurrentHashMap<>();
    private final Map<String, Integer> expiredFiles = new ConcurrentHashMap<>();
    private final Set<String> cutsDone = ConcurrentHashMap.newKeySet();
    private volatile long bytesPerSecond;

    SimFiles(URI baseUri, Function<String, SimTask> taskById, Function<String, Behaviour> behaviourOf, Clock clock) {
        this.baseUri = baseUri;
        this.taskById = taskById;
        this.knownTask = id -> taskById.apply(id) != null;
        this.behaviourOf = behaviourOf;
        this.clock = clock;
    }

    int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    List<Long> requestStarts(String path) {
        List<Long> starts = requestStarts.get(path);
        if (starts == null) {
            return List.of();
        }
        synchronized (starts) {
            return List.copyOf(starts);
        }
    }

    void throttle(long bytesPerSecond) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("the rate must not be negative: " + bytesPerSecond);
        }
        this.bytesPerSecond = bytesPerSecond;
    }

    String addLarge(String name, long sizeBytes) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("file names may use letters, digits, '.', '_' and '-' only: " + name);
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative: " + sizeBytes);
        }
        largeFiles.put(name, name.endsWith(".txt") ? new FileContent.GeneratedText(sizeBytes)
                : new FileContent.Generated(sizeBytes));
        return baseUri + FileHandler.PREFIX + name;
    }

    void expire(String name, int status) {
        expiredFiles.put(Objects.requireNonNull(name, "name"), status);
    }

    /** True when {@code /files/<name>} was scripted to answer as an expired link ({@link #expire}). */
    boolean isExpired(String name) {
        return expiredFiles.containsKey(name);
    }

    void countRequest(String path) {
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
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
        if (name.endsWith(".mp4") && knownTask.test(taskOfFile(name))) {
            return SAMPLE_VIDEO;
        }
        if (name.endsWith(".png") && knownTask.test(taskOfFile(name))) {
            return SAMPLE_IMAGE;
        }
        if (name.endsWith(".mp3") && knownTask.test(taskOfFile(name))) {
            return SAMPLE_AUDIO;
        }
        if (name.endsWith(".jpg") && knownTask.test(taskOfFile(name))) {
            return SAMPLE_COVER;
        }
        if (name.endsWith(".wav") && knownTask.test(taskOfFile(name))) {
            return SAMPLE_WAV;
        }
        return knownTask.test(taskOfFile(name)) ? SimTextFiles.file(name, taskById.apply(taskOfFile(name)),
                SAMPLE_VIDEO, SAMPLE_IMAGE, SAMPLE_AUDIO) : null;
    }

    /**
     * How this GET of a task's video misbehaves: {@link Behaviour#FORBIDDEN_DOWNLOAD} every time,
     * {@link Behaviour#CUT_DOWNLOAD} and {@link Behaviour#STALL_DOWNLOAD} the first time only;
     * {@link Behaviour#NORMAL} otherwise.
     */
    Behaviour takeFault(String name) {
        if (!name.endsWith(".mp4")) {
            return Behaviour.NORMAL;
        }
        Behaviour scripted = behaviourOf.apply(taskOfFile(name));
        return switch (scripted) {
            case FORBIDDEN_DOWNLOAD -> scripted;
            case CUT_DOWNLOAD, STALL_DOWNLOAD -> cutsDone.add(name) ? scripted : Behaviour.NORMAL;
            default -> Behaviour.NORMAL;
        };
    }

    /** True when every request for this file gets an HTML error page ({@link Behaviour#HTML_INSTEAD_OF_FILE}). */
    boolean servesWebPage(String name) {
        return !name.isEmpty() && behaviourOf.apply(taskOfFile(name)) == Behaviour.HTML_INSTEAD_OF_FILE;
    }

    void recordRequestStart(String path, long first) {
        List<Long> starts = requestStarts.computeIfAbsent(path, p -> new ArrayList<>());
        synchronized (starts) {
            starts.add(first);
        }
    }

    long bytesPerSecond() {
        return bytesPerSecond;
    }

    /** The status an expired file's original link answers with; null when it is not expired or the link is a fresh one. */
    Integer expiredStatus(String name, String rawQuery) {
        boolean freshLink = rawQuery != null && rawQuery.contains("token=");
        return freshLink ? null : expiredFiles.get(name);
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
        long expires = clock.instant().plus(Duration.ofMinutes(20)).getEpochSecond();
        return prefix + name + "?expires=" + expires + "&token=" + UUID.randomUUID();
    }

    /** The task a result file belongs to: {@code <id>.png}, or {@code <id>_<n>.png} for later results (any extension). */
    private String taskOfFile(String name) {
        String stem = name.lastIndexOf('.') < 0 ? name : name.substring(0, name.lastIndexOf('.'));
        int underscore = stem.lastIndexOf('_');
        if (knownTask.test(stem) || underscore < 0) {
            return stem;
        }
        String suffix = stem.substring(underscore + 1);
        return !suffix.isEmpty() && suffix.chars().allMatch(Character::isDigit) ? stem.substring(0, underscore) : stem;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SimFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
