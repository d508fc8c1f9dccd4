package io.alephmonitor.download;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The prompt written into saved MP3s (ID3v2) as ffprobe, a standard reader, sees it, with the audio
 * stream's checksum ({@code ffmpeg -f streamhash}) unchanged. Skipped where ffmpeg is not installed.
 */
class FileTagsTest {

    private static final String PROMPT = "A lofi beat for rainy nights, soft piano";

    @TempDir
    Path dir;

    private Path sampleMp3() throws IOException {
        Path mp3 = dir.resolve("track.mp3");
        try (var in = getClass().getResourceAsStream("/io/alephmonitor/sim/sample.mp3")) {
            Files.write(mp3, in.readAllBytes());
        }
        return mp3;
    }

    @Test
    void anMp3GetsItsTitleAndPromptInAnId3TagAndItsAudioStreamIsUntouched() throws Exception {
        assumeThat(has("ffprobe") && has("ffmpeg")).as("ffmpeg and ffprobe are installed").isTrue();
        Path mp3 = sampleMp3();
        String before = run("ffmpeg", "-v", "error", "-i", mp3.toString(), "-map", "0", "-c", "copy", "-f", "streamhash", "-");

        Id3Tags.tag(mp3, "Midnight Rain", PROMPT, "5c79a3f0e1f3a2b4");

        String format = run("ffprobe", "-v", "error", "-show_format", mp3.toString());
        assertThat(format).contains("TAG:title=Midnight Rain").contains(PROMPT).contains("5c79a3f0e1f3a2b4");
        assertThat(run("ffmpeg", "-v", "error", "-i", mp3.toString(), "-map", "0", "-c", "copy", "-f", "streamhash", "-"))
                .isEqualTo(before).isNotBlank();
    }

    @Test
    void taggingAgainReplacesTheTitleAndTaskIdAndKeepsTheAudioByteForByte() throws Exception {
        Path mp3 = sampleMp3();
        byte[] audio = Files.readAllBytes(mp3);

        Id3Tags.tag(mp3, null, PROMPT, "first-id");
        Id3Tags.tag(mp3, "Second title", PROMPT, "second-id");

        byte[] tagged = Files.readAllBytes(mp3);
        assertThat(io.alephmonitor.testsupport.Mp3Audio.withoutTag(tagged)).isEqualTo(audio);
        String tag = hex(java.util.Arrays.copyOf(tagged, tagged.length - audio.length));
        assertThat(tag).contains(hex("Second title".getBytes(StandardCharsets.UTF_16BE)))
                .contains(hex("second-id".getBytes(StandardCharsets.UTF_16BE)))
                .doesNotContain(hex("first-id".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("track.mp3");
    }

    @Test
    void aJpegGetsThePromptAsACommentThatImageIoReadsAndItsImageDataIsUntouched() throws Exception {
        Path jpeg = dir.resolve("cat.jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpg", jpeg.toFile());
        byte[] before = Files.readAllBytes(jpeg);

        JpegComment.tag(jpeg, PROMPT, "abc123");

        byte[] after = Files.readAllBytes(jpeg);
        assertThat(java.util.Arrays.copyOfRange(after, after.length - (before.length - 20), after.length))
                .as("everything after the JFIF header, as it was").isEqualTo(java.util.Arrays.copyOfRange(before, 20, before.length));
        try (var in = javax.imageio.ImageIO.createImageInputStream(jpeg.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var root = reader.getImageMetadata(0).getAsTree("javax_imageio_jpeg_image_1.0");
            String xml = comments(root);
            assertThat(xml).contains("kie.ai task ID: abc123");
            assertThat(reader.read(0).getWidth()).isEqualTo(8);
        }
    }

    private static String comments(org.w3c.dom.Node node) {
        StringBuilder out = new StringBuilder();
        if (node.getNodeName().equals("com")) {
            out.append(node.getAttributes().getNamedItem("comment").getNodeValue());
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.append(comments(c));
        }
        return out.toString();
    }

    @Test
    void aFileThatIsNotAnMp3IsLeftAsItWas() throws Exception {
        Path notMp3 = Files.writeString(dir.resolve("song.mp3"), "<html>not audio</html>");

        assertThat(Id3Tags.isMp3(notMp3)).isFalse();
        assertThat(PngText.isPng(notMp3)).isFalse();
        assertThat(JpegComment.isJpeg(notMp3)).isFalse();
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static boolean has(String tool) {
        try {
            return new ProcessBuilder(tool, "-version").redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
