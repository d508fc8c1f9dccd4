package io.alephmonitor.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.LibraryOptions;
import io.alephmonitor.download.LinkProbe;
import io.alephmonitor.download.NameTemplate;
import io.alephmonitor.download.Sidecars;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.testsupport.Ffmpeg;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.testsupport.PngChunks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompt travels with the saved file (issue 15): a sidecar {@code NAME.EXT.aleph.json} beside
 * every saved result, the prompt in a saved PNG's text chunks, and the user's naming template for
 * files and folders, all through the engine over real HTTP with the simulator.
 */
class LibraryFilesOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String PROMPT = "Three cats on a sofa, golden hour";
    private static final String RAW = "{\"prompt\":\"" + PROMPT + "\",\"model\":\"gpt-image-1\",\"n\":2,\"size\":\"1:1\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);
    private final KieSimulator sim = kie.sim();
    private final SqliteTaskStore store = kie.sqliteStore();
    private final AtomicReference<LibraryOptions> options = new AtomicReference<>(LibraryOptions.defaults());
    private TrackingService tracker;

    private void startTracker(Path autoSave) throws Exception {
        var downloader = kie.downloader(false);
        var saver = new DownloadResultSaver(downloader, new LinkProbe(downloader), options::get, clock);
        tracker = kie.tracker(b -> b.driver(new ManualDriver(kie.listenerThread())).autoSaveFolder(autoSave)
                .saver(saver));
    }

    private TrackedTask storedWithResults(String id, List<String> urls) {
        TaskStatus.Succeeded done = new TaskStatus.Succeeded(null, null, urls, T0);
        TrackedTask task = new TrackedTask(id, "aleph", T0.minusSeconds(600), done,
                new TaskParams(PROMPT, null, null, null, null, null, RAW), T0.minusSeconds(500), T0, null, null, null,
                null, null);
        store.upsert(List.of(task));
        return task;
    }

    private List<String> twoImages(String id) {
        return List.of(sim.baseUri() + "/files/" + id + ".png", sim.addLargeFile("cats-" + id + ".jpg", 5_000));
    }

    private List<Path> autoSaved(String id) throws Exception {
        CompletableFuture<TrackedTask> seen = new CompletableFuture<>();
        tracker.addListener((changed, removed) -> changed.stream()
                .filter(t -> t.taskId().equals(id) && !t.savedPaths().isEmpty()).findFirst().ifPresent(seen::complete));
        tracker.start().get(10, TimeUnit.SECONDS);
        return seen.get(30, TimeUnit.SECONDS).savedPaths();
    }

    @Test
    void everyAutoSavedResultHasASidecarWithTheTaskIdPromptEveryParameterLinksAndTimes() throws Exception {
        String id = sim.newAlephTask(PROMPT, null);
        List<String> urls = twoImages(id);
        storedWithResults(id, urls);
        startTracker(library);

        List<Path> files = autoSaved(id);

        assertThat(files).hasSize(2);
        for (Path file : files) {
            Path sidecar = Sidecars.of(file);
            assertThat(sidecar.getFileName().toString()).isEqualTo(file.getFileName() + ".aleph.json");
            JsonNode json = JSON.readTree(sidecar.toFile());
            assertThat(json.path("taskId").asText()).isEqualTo(id);
            assertThat(json.path("kind").asText()).isEqualTo("aleph");
            assertThat(json.path("model").asText()).isEqualTo("gpt-image-1");
            assertThat(json.path("prompt").asText()).isEqualTo(PROMPT);
            assertThat(json.path("params")).isEqualTo(JSON.readTree(RAW));
            assertThat(json.path("results").findValuesAsText("url")).containsExactlyElementsOf(urls);
            assertThat(json.path("results").findValuesAsText("type")).containsExactly("image", "image");
            assertThat(json.path("completedAt").asText()).isEqualTo(T0.toString());
            assertThat(json.path("addedAt").asText()).isEqualTo(T0.minusSeconds(600).toString());
            assertThat(json.path("savedAt").asText()).isEqualTo(T0.toString());
            assertThat(json.path("tags").isArray()).isTrue();
        }
        try (var listed = Files.list(library)) {
            assertThat(listed.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aSavedPngCarriesThePromptAndTaskIdThatAStandardReaderFindsAndItsImageIsUntouched() throws Exception {
        String id = sim.newAlephTask(PROMPT, null);
        List<String> urls = twoImages(id);
        storedWithResults(id, urls);
        startTracker(library);

        Path png = autoSaved(id).getFirst();

        List<String[]> text = pngText(png);
        assertThat(text).anySatisfy(e -> assertThat(e).containsExactly("Description", PROMPT));
        assertThat(text).anySatisfy(e -> {
            assertThat(e[0]).isEqualTo("Comment");
            assertThat(e[1]).contains(PROMPT).contains(id);
        });
        byte[] served = served(urls.getFirst());
        assertThat(PngChunks.withoutText(Files.readAllBytes(png))).isEqualTo(PngChunks.withoutText(served));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth());
    }

    @Test
    void aManualSaveGetsItsSidecarToo() throws Exception {
        String id = sim.newAlephTask(PROMPT, null);
        storedWithResults(id, List.of(sim.addLargeFile("cat-" + id + ".jpg", 3_000)));
        startTracker(null);
        tracker.start().get(10, TimeUnit.SECONDS);

        Path saved = tracker.save(id, library.resolve("my cat.jpg")).result().get(30, TimeUnit.SECONDS);

        assertThat(JSON.readTree(library.resolve("my cat.jpg.aleph.json").toFile()).path("taskId").asText())
                .isEqualTo(id);
        assertThat(Files.readAllBytes(saved)).isEqualTo(served(sim.baseUri() + "/files/cat-" + id + ".jpg"));
    }

    @Test
    void withSidecarsOffNothingIsWrittenBesideTheFiles() throws Exception {
        options.set(new LibraryOptions(NameTemplate.DEFAULT, false, true, ZoneOffset.UTC));
        String id = sim.newAlephTask(PROMPT, null);
        storedWithResults(id, twoImages(id));
        startTracker(library);

        List<Path> files = autoSaved(id);

        try (var listed = Files.list(library)) {
            assertThat(listed.toList()).containsExactlyInAnyOrderElementsOf(files);
        }
    }

    @Test
    void aSidecarThatCannotBeWrittenNeverFailsOrLosesTheSave() throws Exception {
        String id = sim.newAlephTask(PROMPT, null);
        String url = sim.addLargeFile("cat-" + id + ".jpg", 3_000);
        storedWithResults(id, List.of(url));
        startTracker(null);
        tracker.start().get(10, TimeUnit.SECONDS);
        Files.createDirectories(library.resolve("blocked.jpg.aleph.json").resolve("not empty"));

        Path saved = tracker.save(id, library.resolve("blocked.jpg")).result().get(30, TimeUnit.SECONDS);

        assertThat(Files.readAllBytes(saved)).isEqualTo(served(url));
        assertThat(library.resolve("blocked.jpg.aleph.json")).isDirectory();
    }

    @Test
    void theNamingTemplatePutsAutoSavedFilesIntoItsFoldersUnderItsNames() throws Exception {
        options.set(new LibraryOptions(NameTemplate.parse("{kind}/{date:yyyy-MM}/{model}-{prompt:10}-{n}-{id:6}.{ext}"),
                true, true, ZoneOffset.UTC));
        String id = sim.newAlephTask(PROMPT, null);
        storedWithResults(id, twoImages(id));
        startTracker(library);

        List<Path> files = autoSaved(id);

        String shortId = id.replaceAll("[^A-Za-z0-9]", "").toLowerCase().substring(0, 6);
        assertThat(files).extracting(f -> library.relativize(f).toString().replace('\\', '/'))
                .containsExactly("aleph/2025-06/gpt-image-1-three-cats-1-" + shortId + ".png",
                        "aleph/2025-06/gpt-image-1-three-cats-2-" + shortId + ".jpg");
        assertThat(Sidecars.of(files.get(1))).isRegularFile();
    }

    @Test
    void anAutoSavedVideoAndSongCarryThePromptInTheirOwnTagsAsFfprobeShowsAndTheirStreamsAreUntouched()
            throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(Ffmpeg.installed()).as("ffmpeg and ffprobe are installed").isTrue();
        String id = sim.newAlephTask(PROMPT, null);
        List<String> urls = List.of(sim.baseUri() + "/files/" + id + ".mp4", sim.baseUri() + "/files/" + id + "_1.mp3");
        TrackedTask task = storedWithResults(id, urls);
        store.upsert(List.of(task.withMarks(new io.alephmonitor.model.TaskMarks(true, List.of("keeper"), "the blue one"))));
        startTracker(library);

        List<Path> files = autoSaved(id);

        assertThat(files).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Path file = files.get(i);
            assertThat(Ffmpeg.formatTags(file)).as(file.getFileName().toString())
                    .contains("TAG:title=" + PROMPT).contains("TAG:comment=" + PROMPT).contains("kie.ai task ID: " + id);
            Path served = Files.write(library.resolve("served-" + i), served(urls.get(i)));
            assertThat(Ffmpeg.streamHash(file)).isEqualTo(Ffmpeg.streamHash(served)).isNotBlank();
            JsonNode sidecar = JSON.readTree(Sidecars.of(file).toFile());
            assertThat(sidecar.path("taskId").asText()).isEqualTo(id);
            assertThat(sidecar.path("starred").asBoolean()).isTrue();
            assertThat(sidecar.path("tags").get(0).asText()).isEqualTo("keeper");
            assertThat(sidecar.path("note").asText()).isEqualTo("the blue one");
        }
    }

    @Test
    void withTagsInFilesOffASavedVideoIsByteForByteWhatWasServed() throws Exception {
        options.set(new LibraryOptions(NameTemplate.DEFAULT, true, false, ZoneOffset.UTC));
        String id = sim.newAlephTask(PROMPT, null);
        String url = sim.baseUri() + "/files/" + id + ".mp4";
        storedWithResults(id, List.of(url));
        startTracker(library);

        Path video = autoSaved(id).getFirst();

        assertThat(Files.readAllBytes(video)).isEqualTo(served(url));
        assertThat(Sidecars.of(video)).isRegularFile();
    }

    /** Every iTXt and tEXt entry ImageIO's standard PNG reader finds: keyword and text. */
    private static List<String[]> pngText(Path png) throws Exception {
        List<String[]> entries = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("iTXt") || n.getNodeName().equals("tEXt")) {
                    for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        var a = e.getAttributes();
                        entries.add(new String[] {a.getNamedItem("keyword").getNodeValue(),
                                a.getNamedItem(n.getNodeName().equals("iTXt") ? "text" : "value").getNodeValue()});
                    }
                }
            }
            reader.dispose();
        }
        return entries;
    }

    private static byte[] served(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
