package io.alephmonitor.download;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static io.alephmonitor.download.DownloaderTest.sha256;
import static io.alephmonitor.download.DownloaderTest.sha256Served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Auto-saving succeeded tasks into the library folder, against the simulator. */
class LibrarySaverTest {

    private static final String PROMPT = "A majestic eagle soaring through mountain clouds at sunset";

    @TempDir
    Path library;

    private KieSimulator sim;
    private Downloader downloader;
    private LibrarySaver saver;

    @BeforeEach
    void start() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO));
        downloader = new Downloader(3, Duration.ofMillis(10));
        saver = new LibrarySaver(downloader);
    }

    @AfterEach
    void stop() {
        downloader.close();
        sim.close();
    }

    private TrackedTask succeeded(String taskId) {
        String base = sim.baseUri() + "/files/" + taskId;
        return TrackedTask.added(taskId, "aleph", Instant.now())
                .withPoll(new io.alephmonitor.model.TaskSnapshot(taskId, "aleph",
                        new TaskStatus.Succeeded(base + ".mp4", base + ".png", Instant.now()),
                        new TaskParams(PROMPT, null, null, null, null, null, null), Instant.now(), Instant.now()));
    }

    @Test
    void aSucceededTaskIsSavedWithItsThumbnailUnderANameFromItsPrompt() throws Exception {
        String id = sim.addAlephTask("ee603959-debb-48d1-98c4-a6d1c717eba6", PROMPT, "https://example.com/e.jpg");

        Path video = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);

        assertThat(video).isEqualTo(library.resolve("majestic-eagle-soaring-through-ee603959.mp4"));
        assertThat(sha256(video)).isEqualTo(sha256Served(URI.create(sim.baseUri() + "/files/" + id + ".mp4")));
        Path thumb = library.resolve("majestic-eagle-soaring-through-ee603959-thumb.png");
        assertThat(sha256(thumb)).isEqualTo(sha256Served(URI.create(sim.baseUri() + "/files/" + id + ".png")));
    }

    @Test
    void theNamingTemplatePutsTheSaveAndItsThumbnailIntoItsFolders() throws Exception {
        String id = sim.addAlephTask("ee603959-debb-48d1-98c4-a6d1c717eba6", PROMPT, "https://example.com/e.jpg");
        NameTemplate template = NameTemplate.parse("{kind}/{prompt:16} {kind}/{id:4}.{ext}");
        LibrarySaver templated = new LibrarySaver(downloader, new LinkProbe(downloader),
                () -> new LibraryOptions(template, true, true, java.time.ZoneOffset.UTC));

        Path video = templated.save(succeeded(id), library).get(30, TimeUnit.SECONDS);

        assertThat(video).isEqualTo(library.resolve("aleph/majestic-eagle aleph/ee60.mp4"));
        assertThat(video.resolveSibling("ee60-thumb.png")).isRegularFile();
    }

    @Test
    void aSaveIsNamedByTheTemplateOfItsKindsFamilyNotTheGeneralOne() throws Exception {
        String id = sim.addAlephTask("ee603959-debb-48d1-98c4-a6d1c717eba6", PROMPT, "https://example.com/e.jpg");
        LibraryOptions perKind = new LibraryOptions(NameTemplate.parse("{kind}/{id}.{ext}"), true, true,
                java.time.ZoneOffset.UTC, java.util.Map.of("aleph", NameTemplate.parse("aleph videos/{id:4}.{ext}"),
                "suno", NameTemplate.parse("music/{track}-{id}.{ext}")));
        LibrarySaver templated = new LibrarySaver(downloader, new LinkProbe(downloader), () -> perKind);

        Path video = templated.save(succeeded(id), library).get(30, TimeUnit.SECONDS);

        assertThat(video).isEqualTo(library.resolve("aleph videos/ee60.mp4"));
        assertThat(video.resolveSibling("ee60-thumb.png")).isRegularFile();
    }

    @Test
    void aTemplateChangedAfterASaveNeverFetchesTheSavedFileAgain() throws Exception {
        String id = sim.addAlephTask("ee603959-debb-48d1-98c4-a6d1c717eba6", PROMPT, "https://example.com/e.jpg");
        Path video = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);
        int requests = sim.fileRequests("/files/" + id + ".mp4");
        NameTemplate template = NameTemplate.parse("{kind}/{id}.{ext}");
        LibrarySaver templated = new LibrarySaver(downloader, new LinkProbe(downloader),
                () -> new LibraryOptions(template, true, true, java.time.ZoneOffset.UTC));

        Path again = templated.save(succeeded(id).withSavedPath(video), library).get(30, TimeUnit.SECONDS);

        assertThat(again).isEqualTo(video);
        assertThat(sim.fileRequests("/files/" + id + ".mp4")).isEqualTo(requests);
    }

    @Test
    void aSaveByHandIsSuggestedTheTemplatesFileName() throws Exception {
        String id = "ee603959-debb-48d1-98c4-a6d1c717eba6";

        assertThat(LibrarySaver.suggestedName(succeeded(id))).isEqualTo("majestic-eagle-soaring-through-ee603959.mp4");
        assertThat(LibrarySaver.suggestedName(succeeded(id), NameTemplate.parse("{date:yyyy}/{kind}-{id:6}.{ext}")))
                .isEqualTo("aleph-ee6039.mp4");
    }

    @Test
    void aCutDownloadStillEndsByteIdentical() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/e.jpg");
        sim.script(id, Behaviour.CUT_DOWNLOAD);

        Path video = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);

        assertThat(sha256(video)).isEqualTo(sha256Served(URI.create(sim.baseUri() + "/files/" + id + ".mp4")));
    }

    @Test
    void anExistingFileOfTheSameNameIsKeptAndTheSaveGetsANumberedName() throws Exception {
        String id = sim.addAlephTask("ee603959-debb-48d1-98c4-a6d1c717eba6", PROMPT, "https://example.com/e.jpg");
        Path mine = Files.writeString(library.resolve("majestic-eagle-soaring-through-ee603959.mp4"), "mine");

        Path video = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);

        assertThat(video).isEqualTo(library.resolve("majestic-eagle-soaring-through-ee603959 (2).mp4"));
        assertThat(mine).hasContent("mine");
        assertThat(library.resolve("majestic-eagle-soaring-through-ee603959 (2)-thumb.png")).exists();
    }

    @Test
    void aCompleteSaveThatWasNeverRecordedIsTakenAsTheSaveInsteadOfASecondCopy() throws Exception {
        // An earlier run moved the video into place, then was killed before the store recorded it.
        String id = sim.addAlephTask("ee603959-debb-48d1-98c4-a6d1c717eba6", PROMPT, "https://example.com/e.jpg");
        Path earlier = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);
        String video = "/files/" + id + ".mp4";

        Path again = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);

        assertThat(again).isEqualTo(earlier);
        try (var files = Files.list(library)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "majestic-eagle-soaring-through-ee603959.mp4", "majestic-eagle-soaring-through-ee603959-thumb.png");
        }
        long size = Files.size(earlier);
        assertThat(sim.fileRequestStarts(video)).as("the whole file once, then a one-byte check of its length")
                .containsExactly(0L, size - 1);
    }

    @Test
    void anInterruptedSaveOfTheSameTaskIsResumedUnderItsOwnName() throws Exception {
        String id = sim.addAlephTask("ee603959-debb-48d1-98c4-a6d1c717eba6", PROMPT, "https://example.com/e.jpg");
        URI link = URI.create(sim.baseUri() + "/files/" + id + ".mp4");
        byte[] served;
        try (var in = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(link).build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream()).body()) {
            served = in.readAllBytes();
        }
        Path name = library.resolve("majestic-eagle-soaring-through-ee603959.mp4");
        Files.write(FileNames.partFileOf(name), java.util.Arrays.copyOf(served, served.length / 3));

        Path video = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);

        assertThat(video).isEqualTo(name);
        assertThat(Files.readAllBytes(video)).isEqualTo(served);
        assertThat(sim.fileRequests(link.getPath())).isEqualTo(2); // the test's own read, then the save
    }

    @Test
    void aTaskWhoseSavedFileStillExistsIsNotDownloadedAgain() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/e.jpg");
        Path first = saver.save(succeeded(id), library).get(30, TimeUnit.SECONDS);
        int requests = sim.fileRequests("/files/" + id + ".mp4");

        Path again = saver.save(succeeded(id).withSavedPath(first), library).get(30, TimeUnit.SECONDS);

        assertThat(again).isEqualTo(first);
        assertThat(sim.fileRequests("/files/" + id + ".mp4")).isEqualTo(requests);
    }

    @Test
    void aTaskThatHasNotSucceededIsNotSaved() {
        TrackedTask running = TrackedTask.added("ee603959-debb-48d1-98c4-a6d1c717eba6", "aleph", Instant.now())
                .withStatus(new TaskStatus.Running());

        assertThatThrownBy(() -> saver.save(running, library).join()).cause()
                .isInstanceOf(SaveException.class).hasMessageContaining("Only finished tasks");
        assertThat(library).isEmptyDirectory();
    }

    @Test
    void theSavedFileCheckNoticesAFileThatDisappeared() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/e.jpg");
        TrackedTask task = succeeded(id);
        assertThat(SavedFileCheck.check(task)).isEqualTo(SavedFileState.NOT_SAVED);

        TrackedTask saved = task.withSavedPath(saver.save(task, library).get(30, TimeUnit.SECONDS));
        assertThat(SavedFileCheck.check(saved)).isEqualTo(SavedFileState.PRESENT);
        assertThat(SavedFileCheck.isMissing(saved)).isFalse();

        Files.delete(saved.savedPath());
        assertThat(SavedFileCheck.isMissing(saved)).isTrue();
    }
}
