package io.alephmonitor.download;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    private static final String TASK_ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    @Test
    void aNameIsAFewWordsOfThePromptAndTheShortTaskId() {
        assertThat(FileNames.forTask("A majestic eagle soaring through mountain clouds at sunset", TASK_ID,
                "https://file.com/k/xxxxxxx.mp4", "mp4"))
                .isEqualTo("majestic-eagle-soaring-through-ee603959.mp4");
    }

    @Test
    void theExtensionComesFromTheUrlPathWhenItIsAKnownMediaType() {
        assertThat(FileNames.forTask("cat", TASK_ID, "https://cdn.example/v/clip.MOV?sig=abc.exe#x.bat", "mp4"))
                .isEqualTo("cat-ee603959.mov");
        assertThat(FileNames.forTask("cat", TASK_ID, "https://cdn.example/download.php?file=x.mp4", "mp4"))
                .isEqualTo("cat-ee603959.mp4");
        assertThat(FileNames.forTask("cat", TASK_ID, "https://cdn.example/v/evil.exe", "mp4"))
                .isEqualTo("cat-ee603959.mp4");
        assertThat(FileNames.forTask("cat", TASK_ID, "not a url at all \u0000", "mp4"))
                .isEqualTo("cat-ee603959.mp4");
    }

    @Test
    void pathSeparatorsAndReservedCharactersFromThePromptNeverReachTheName() {
        String name = FileNames.forTask("../../etc/passwd <b>:\"|?*\\ C:\\Windows\u0007\n", TASK_ID, null, "mp4");
        assertThat(name).doesNotContain("/", "\\", "..", ":", "<", ">", "\"", "|", "?", "*", "\n", "\u0007")
                .endsWith("-ee603959.mp4");
    }

    @Test
    void unicodeLettersAreKept() {
        assertThat(FileNames.forTask("Ein Bär läuft über die Straße", TASK_ID, null, "mp4"))
                .isEqualTo("ein-bär-läuft-über-die-straße-ee603959.mp4");
        assertThat(FileNames.forTask("夕焼けの山を飛ぶ鷲", TASK_ID, null, "mp4"))
                .isEqualTo("夕焼けの山を飛ぶ鷲-ee603959.mp4");
    }

    @Test
    void anEmptyPromptStillGivesAName() {
        assertThat(FileNames.forTask(null, TASK_ID, null, "mp4")).isEqualTo("ee603959.mp4");
        assertThat(FileNames.forTask("!!! ???", TASK_ID, null, "mp4")).isEqualTo("ee603959.mp4");
        assertThat(FileNames.forTask(null, null, null, "mp4")).isEqualTo("result.mp4");
    }

    @Test
    void aVeryLongPromptIsCutToAShortName() {
        String name = FileNames.forTask("supercalifragilisticexpialidocious".repeat(10) + " and more words", TASK_ID, null, "mp4");
        assertThat(name).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).endsWith("-ee603959.mp4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "Prn.mp4", "aux", "NUL.txt", "com1", "COM9.mp4", "lpt1", "Lpt9.png", "con .mp4"})
    void windowsDeviceNamesAreNeverProduced(String reserved) {
        String safe = FileNames.safeName(reserved);
        String stem = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        assertThat(stem.strip()).doesNotMatch("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");
    }

    @Test
    void trailingDotsAndSpacesLeadingDotsAndControlCharactersAreStripped() {
        assertThat(FileNames.safeName("video. . ")).isEqualTo("video");
        assertThat(FileNames.safeName("..hidden")).isEqualTo("hidden");
        assertThat(FileNames.safeName("a\u0000b\u202Ec.mp4")).isEqualTo("a_b_c.mp4");
        assertThat(FileNames.safeName("...")).isEqualTo("result");
        assertThat(FileNames.safeName("dir/sub\\file.mp4")).isEqualTo("dir_sub_file.mp4");
    }

    @Test
    void safeNamesKeepTheirExtensionWhenShortened() {
        String safe = FileNames.safeName("x".repeat(300) + ".mp4");
        assertThat(safe).hasSize(FileNames.MAX_LENGTH).endsWith(".mp4");
        assertThat(FileNames.safeName("ü".repeat(300) + ".mp4").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void theThumbnailSitsBesideTheVideo() {
        assertThat(FileNames.thumbnailFor("eagle-ee603959.mp4", "https://x/y/z.png")).isEqualTo("eagle-ee603959-thumb.png");
        assertThat(FileNames.thumbnailFor("eagle-ee603959.mp4", "https://x/y/z.jpg")).isEqualTo("eagle-ee603959-thumb.jpg");
        assertThat(FileNames.thumbnailFor("eagle-ee603959 (2).mp4", null)).isEqualTo("eagle-ee603959 (2)-thumb.png");
    }

    @Test
    void anExistingFileIsNeverChosenAgain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eagle-ee603959.mp4"), "mine");
        Files.writeString(dir.resolve("eagle-ee603959 (2).mp4"), "mine too");
        assertThat(FileNames.uniqueTarget(dir, "eagle-ee603959.mp4")).isEqualTo(dir.resolve("eagle-ee603959 (3).mp4"));
    }

    @Test
    void aNameWhosePartFileExistsIsTakenToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eagle-ee603959.mp4.part"), "half of another save");
        assertThat(FileNames.uniqueTarget(dir, "eagle-ee603959.mp4")).isEqualTo(dir.resolve("eagle-ee603959 (2).mp4"));
    }

    @Test
    void aFreeNameIsUsedAsIs(@TempDir Path dir) {
        assertThat(FileNames.uniqueTarget(dir, "eagle-ee603959.mp4")).isEqualTo(dir.resolve("eagle-ee603959.mp4"));
    }
}
