package io.alephmonitor.download;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files bring their tasks back (issue 15): what a {@link LibraryScan} finds in sidecars, in the prompt and task
 * ID written into PNGs and JPEGs, and what it reports instead of guessing.
 */
class LibraryScanTest {

    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private static final Instant DONE = Instant.parse("2025-06-01T10:00:00Z");
    private static final String PROMPT = "Three cats on a sofa, golden hour";
    private static final String RAW = "{\"prompt\":\"" + PROMPT + "\",\"model\":\"gpt-image-1\",\"aspectRatio\":\"1:1\"}";
    private static final Set<String> KINDS = Set.of(KindIds.ALEPH, KindIds.SUNO, KindIds.VEO);

    @TempDir
    Path dir;

    private final LibraryScan scan = new LibraryScan(KINDS, NOW);

    private static TaskSidecar sidecar(String id, Instant completed, String... urls) {
        return new TaskSidecar(id, KindIds.ALEPH, "gpt-image-1", PROMPT, RAW,
                Arrays.stream(urls).map(u -> new TaskSidecar.Result(u, "image", null)).toList(),
                DONE.minusSeconds(60), completed, DONE.minusSeconds(120), DONE, "sofa", true, List.of("cats", "gold"),
                "the best one");
    }

    private Path png(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private Path jpeg(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        return file;
    }

    private Path taggedPng(String name, String id, String prompt) throws Exception {
        Path file = png(name);
        PngText.tag(file, PngText.textFor(prompt, id));
        return file;
    }

    @Test
    void aSidecarGivesTheWholeTaskFinishedWithItsTypedResultsAndTheFileBesideItAsItsSavedPath() throws Exception {
        Path saved = png("cats.png");
        Sidecars.write(saved, sidecar("task-1", DONE, "https://files.example/a.png"));

        LibraryScanResult found = scan.scan(List.of(dir));

        assertThat(found.tasks()).hasSize(1);
        TrackedTask task = found.tasks().getFirst();
        assertThat(task.taskId()).isEqualTo("task-1");
        assertThat(task.kind()).isEqualTo(KindIds.ALEPH);
        assertThat(task.params().prompt()).isEqualTo(PROMPT);
        assertThat(task.params().aspectRatio()).as("parsed from the raw parameters").isEqualTo("1:1");
        assertThat(task.params().raw()).isEqualTo(RAW);
        assertThat(task.status()).isInstanceOfSatisfying(TaskStatus.Succeeded.class, done -> {
            assertThat(done.files()).containsExactly(new ResultFile.Image("https://files.example/a.png"));
            assertThat(done.completedAt()).isEqualTo(DONE);
        });
        assertThat(task.nextPollAt()).as("a finished task is not polled again").isNull();
        assertThat(task.createdAt()).isEqualTo(DONE.minusSeconds(60));
        assertThat(task.completedAt()).isEqualTo(DONE);
        assertThat(task.addedAt()).isEqualTo(DONE.minusSeconds(120));
        assertThat(task.label()).isEqualTo("sofa");
        assertThat(task.starred()).isTrue();
        assertThat(task.tags()).containsExactly("cats", "gold");
        assertThat(task.marks().note()).isEqualTo("the best one");
        assertThat(task.savedPaths()).containsExactly(saved.toAbsolutePath());
        assertThat(found.filesLooked()).isEqualTo(2);
        assertThat(found.carryNothing()).isEmpty();
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void aSidecarOfATaskNotFinishedWhenSavedGivesAPendingTaskThatWillBePolled() throws Exception {
        Path saved = png("first.png");
        Sidecars.write(saved, sidecar("task-2", null, "https://files.example/a.png"));

        TrackedTask task = scan.scan(List.of(dir)).tasks().getFirst();

        assertThat(task.status()).isInstanceOf(TaskStatus.Pending.class);
        assertThat(task.nextPollAt()).isEqualTo(NOW);
        assertThat(task.tags()).containsExactly("cats", "gold");
    }

    @Test
    void aTaggedPngOrJpegWithoutASidecarGivesItsTaskIdAndPromptToBeDetected() throws Exception {
        Path pngFile = taggedPng("one.png", "png-task", PROMPT);
        Path jpegFile = jpeg("two.jpg");
        JpegComment.tag(jpegFile, "A dog\non two lines", "jpeg-task");

        LibraryScanResult found = scan.scan(List.of(pngFile, jpegFile));

        assertThat(found.tasks()).extracting(TrackedTask::taskId).containsExactly("png-task", "jpeg-task");
        assertThat(found.tasks()).extracting(t -> t.params().prompt()).containsExactly(PROMPT, "A dog\non two lines");
        assertThat(found.tasks()).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(KindIds.AUTO);
            assertThat(t.status()).isInstanceOf(TaskStatus.Pending.class);
        });
        assertThat(found.tasks()).extracting(TrackedTask::savedPaths)
                .containsExactly(List.of(pngFile.toAbsolutePath()), List.of(jpegFile.toAbsolutePath()));
    }

    @Test
    void aTaggedVideoOrSongWithoutASidecarGivesItsTaskIdAndPromptAndAnUntaggedOneCarriesNothing() throws Exception {
        Path video = sample("sample.mp4", "clip.mp4");
        Mp4Tags.tag(video, null, PROMPT, "mp4-task");
        Path song = sample("sample.mp3", "song.mp3");
        Id3Tags.tag(song, "Midnight Rain", "A lofi beat", "mp3-task");
        Path untagged = sample("sample.mp4", "other.mp4");

        LibraryScanResult found = scan.scan(List.of(video, song, untagged));

        assertThat(found.tasks()).extracting(TrackedTask::taskId).containsExactly("mp4-task", "mp3-task");
        assertThat(found.tasks()).extracting(t -> t.params().prompt()).containsExactly(PROMPT, "A lofi beat");
        assertThat(found.carryNothing()).containsExactly(untagged.toAbsolutePath());
    }

    private Path sample(String resource, String name) throws Exception {
        try (var in = getClass().getResourceAsStream("/io/alephmonitor/sim/" + resource)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void aFileWithASidecarAndTagsCountsOnceAndTheSidecarSaysEverything() throws Exception {
        Path saved = taggedPng("both.png", "task-3", "a shorter prompt");
        Sidecars.write(saved, sidecar("task-3", DONE, "https://files.example/a.png"));

        LibraryScanResult found = scan.scan(List.of(saved, Sidecars.of(saved)));

        assertThat(found.tasks()).hasSize(1);
        assertThat(found.tasks().getFirst().kind()).isEqualTo(KindIds.ALEPH);
        assertThat(found.tasks().getFirst().params().prompt()).isEqualTo(PROMPT);
        assertThat(found.tasks().getFirst().savedPaths()).containsExactly(saved.toAbsolutePath());
    }

    @Test
    void aDroppedFileFindsItsSidecarAndADroppedSidecarItsFile() throws Exception {
        Path saved = png("alone.png");
        Sidecars.write(saved, sidecar("task-4", DONE, "https://files.example/a.png"));

        assertThat(scan.scan(List.of(saved)).tasks().getFirst().taskId()).isEqualTo("task-4");
        assertThat(scan.scan(List.of(Sidecars.of(saved))).tasks().getFirst().savedPaths())
                .containsExactly(saved.toAbsolutePath());
    }

    @Test
    void theResultsOfOneTaskSavedAsSeveralFilesAreOneTaskWithEveryFile() throws Exception {
        Path first = png("task-5-1.png");
        Path second = png("task-5-2.png");
        Sidecars.write(first, sidecar("task-5", DONE, "https://files.example/1.png", "https://files.example/2.png"));
        Sidecars.write(second, sidecar("task-5", DONE, "https://files.example/1.png", "https://files.example/2.png"));

        LibraryScanResult found = scan.scan(List.of(dir));

        assertThat(found.tasks()).hasSize(1);
        assertThat(found.tasks().getFirst().savedPaths()).containsExactly(first.toAbsolutePath(), second.toAbsolutePath());
    }

    @Test
    void filesThatCarryNothingAreReportedNotGuessed() throws Exception {
        Path plain = png("plain.png");
        Path text = Files.writeString(dir.resolve("notes.txt"), "kie.ai task ID: guessed-from-text");
        Path broken = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a});

        LibraryScanResult found = scan.scan(List.of(dir));

        assertThat(found.tasks()).isEmpty();
        assertThat(found.carryNothing()).containsExactlyInAnyOrder(plain.toAbsolutePath(), text.toAbsolutePath(),
                broken.toAbsolutePath());
        assertThat(found.summary(0, 0)).startsWith("No task found in 3 files · 3 files carry no task (");
    }

    @Test
    void aBrokenSidecarIsReportedWithItsReasonAndTheTagsOfTheFileBesideItStillCount() throws Exception {
        Path saved = taggedPng("cat.png", "task-6", PROMPT);
        Files.writeString(Sidecars.of(saved), "{\"alephMonitorSidecar\": 1, \"taskId\": ", StandardCharsets.UTF_8);
        Path foreign = png("dog.png");
        Files.writeString(Sidecars.of(foreign), "[1, 2, 3]");
        Path noId = png("bird.png");
        Files.writeString(Sidecars.of(noId), "{\"alephMonitorSidecar\": 1, \"prompt\": \"a bird\"}");

        LibraryScanResult found = scan.scan(List.of(dir));

        assertThat(found.tasks()).extracting(TrackedTask::taskId).containsExactly("task-6");
        assertThat(found.problems()).containsExactlyInAnyOrder(
                "“cat.png.aleph.json” could not be read: it is not valid JSON (line 1)",
                "“dog.png.aleph.json” could not be read: it is JSON, but not a sidecar written by Aleph Monitor",
                "“bird.png.aleph.json” could not be read: it names no task ID");
        assertThat(found.carryNothing()).containsExactlyInAnyOrder(foreign.toAbsolutePath(), noId.toAbsolutePath());
    }

    @Test
    void nestedFoldersAreWalkedAndUnfinishedDownloadsHiddenAndTemporaryFilesSkipped() throws Exception {
        Path deep = taggedPng("2025-06/aleph/deep/cat.png", "deep-task", PROMPT);
        Sidecars.write(png("2025-07/veo/cat.png"), sidecar("nested-task", DONE, "https://files.example/a.png"));
        Files.writeString(dir.resolve("2025-06/movie.mp4.part"), "half a download");
        Files.writeString(dir.resolve("2025-06/.DS_Store"), "hidden");
        Files.writeString(dir.resolve("2025-06/cat.png.aleph.json.tmp"), "{");
        taggedPng(".trash/old.png", "hidden-task", PROMPT);

        LibraryScanResult found = scan.scan(List.of(dir));

        assertThat(found.tasks()).extracting(TrackedTask::taskId).containsExactlyInAnyOrder("deep-task", "nested-task");
        assertThat(found.tasks()).filteredOn(t -> t.taskId().equals("deep-task")).singleElement()
                .satisfies(t -> assertThat(t.savedPaths()).containsExactly(deep.toAbsolutePath()));
        assertThat(found.filesLooked()).isEqualTo(3);
        assertThat(found.carryNothing()).isEmpty();
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void aSymbolicLinkIsNotFollowedOutOfTheFolder() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        try {
            taggedPng("../" + outside.getFileName() + "/far.png", "far-task", PROMPT);
            Path library = Files.createDirectories(dir.resolve("library"));
            try {
                Files.createSymbolicLink(library.resolve("link"), outside);
            } catch (UnsupportedOperationException | java.io.IOException noLinks) {
                return; // a system without symbolic links has nothing to prove here
            }

            assertThat(scan.scan(List.of(library)).tasks()).isEmpty();
        } finally {
            try (var files = Files.walk(outside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aPathThatIsNotThereIsReportedInWords() {
        LibraryScanResult found = scan.scan(List.of(dir.resolve("gone")));

        assertThat(found.problems()).singleElement().asString().endsWith("gone” was not found");
        assertThat(found.summary(0, 0)).startsWith("No saved files found there · “");
    }

    @Test
    void theSummarySaysHowManyTasksCameBackFromHowManyFilesAndNamesTheFilesThatCarryNothing() {
        List<TrackedTask> twelve = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> TrackedTask.added("t" + i, KindIds.AUTO, NOW)).toList();
        LibraryScanResult found = new LibraryScanResult(twelve, 14, List.of(Path.of("a.mp4"), Path.of("b.png")), List.of());

        assertThat(found.summary(12, 0)).isEqualTo("Brought back 12 tasks from 14 files · 2 files carry no task (a.mp4, b.png)");
        assertThat(found.summary(10, 2)).isEqualTo("Brought back 10 tasks from 14 files · 2 were tracked already "
                + "(kept, with any new tags and saved files) · 2 files carry no task (a.mp4, b.png)");
    }

    @Test
    void embeddedTasksReadNothingFromForeignOrBrokenFiles() throws Exception {
        Path foreignPng = png("foreign.png");
        PngText.tag(foreignPng, java.util.Map.of("Comment", "made with another tool"));
        Path truncated = taggedPng("cut.png", "cut-task", PROMPT);
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(bytes, 40));

        assertThat(EmbeddedTasks.read(foreignPng)).isEmpty();
        assertThat(EmbeddedTasks.read(truncated)).isEmpty();
        assertThat(EmbeddedTasks.read(dir.resolve("missing.png"))).isEmpty();
        assertThat(EmbeddedTasks.read(dir)).isEmpty();
        assertThat(EmbeddedTasks.read(taggedPng("ok.png", "ok-task", null)))
                .contains(new EmbeddedTasks.EmbeddedTask("ok-task", null));
    }
}
