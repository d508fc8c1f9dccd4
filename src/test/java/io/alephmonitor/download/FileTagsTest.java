package io.alephmonitor.download;

import io.alephmonitor.testsupport.Ffmpeg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The prompt written into saved MP3s (ID3v2), MP4s (iTunes-style metadata) and JPEGs as ffprobe and
 * ImageIO, standard readers, see it, with the media streams' checksums ({@code ffmpeg -f streamhash})
 * unchanged and the frames still decoding. The ffmpeg checks are skipped where it is not installed.
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
        assumeThat(Ffmpeg.installed()).as("ffmpeg and ffprobe are installed").isTrue();
        Path mp3 = sampleMp3();
        String before = Ffmpeg.streamHash(mp3);

        Id3Tags.tag(mp3, "Midnight Rain", PROMPT, "5c79a3f0e1f3a2b4");

        assertThat(Ffmpeg.formatTags(mp3)).contains("TAG:title=Midnight Rain").contains(PROMPT).contains("5c79a3f0e1f3a2b4");
        assertThat(Ffmpeg.streamHash(mp3))
                .isEqualTo(before).isNotBlank();
    }

    @Test
    void taggingAgainReplacesTheTitleAndTaskIdAndTheTaskReadsBackFromTheTag() throws Exception {
        Path mp3 = sampleMp3();

        Id3Tags.tag(mp3, null, PROMPT, "first-id");
        Id3Tags.tag(mp3, "Second title", PROMPT, "second-id");

        assertThat(Id3Tags.read(mp3)).contains(new EmbeddedTasks.EmbeddedTask("second-id", PROMPT));
        if (Ffmpeg.installed()) {
            String format = Ffmpeg.formatTags(mp3);
            assertThat(format).contains("TAG:title=Second title").doesNotContain("first-id");
        }
        try (var listed = Files.list(dir)) {
            assertThat(listed.map(p -> p.getFileName().toString()).toList()).containsExactly("track.mp3");
        }
    }

    @Test
    void anMp3ThatNoSaveTaggedReadsAsNoTask() throws Exception {
        assertThat(Id3Tags.read(sampleMp3())).isEmpty();
        assertThat(Id3Tags.read(Files.writeString(dir.resolve("broken.mp3"), "ID3 and nothing else"))).isEmpty();
    }

    private Path sampleMp4(String name) throws IOException {
        Path mp4 = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/io/alephmonitor/sim/sample.mp4")) {
            Files.write(mp4, in.readAllBytes());
        }
        return mp4;
    }

    /** The sample has its movie header before the media data ("fast start"), as web video does. */
    @Test
    void anMp4WithItsHeaderFirstGetsTitleDescriptionAndCommentAndItsStreamsAreUntouched() throws Exception {
        assumeThat(Ffmpeg.installed()).as("ffmpeg and ffprobe are installed").isTrue();
        Path mp4 = sampleMp4("clip.mp4");
        String before = Ffmpeg.streamHash(mp4);

        Mp4Tags.tag(mp4, null, PROMPT, "5c79a3f0e1f3a2b4");

        String format = Ffmpeg.formatTags(mp4);
        assertThat(format).contains("TAG:title=" + PROMPT).contains("TAG:description=" + PROMPT)
                .contains("TAG:comment=" + PROMPT).contains("kie.ai task ID: 5c79a3f0e1f3a2b4");
        assertThat(Ffmpeg.streamHash(mp4)).isEqualTo(before).contains("0,v,").contains("1,a,");
        assertThat(Ffmpeg.decodeErrors(mp4)).as("the moved media data is still found").isEmpty();
        assertThat(Mp4Tags.read(mp4)).contains(new EmbeddedTasks.EmbeddedTask("5c79a3f0e1f3a2b4", PROMPT));
    }

    @Test
    void anMp4WithItsHeaderAfterTheMediaDataIsTaggedWithoutMovingTheData() throws Exception {
        assumeThat(Ffmpeg.installed()).as("ffmpeg and ffprobe are installed").isTrue();
        Path last = dir.resolve("header-last.mp4");
        Ffmpeg.run("ffmpeg", "-v", "error", "-i", sampleMp4("in.mp4").toString(), "-c", "copy", "-map", "0", last.toString());
        String before = Ffmpeg.streamHash(last);
        byte[] original = Files.readAllBytes(last);

        Mp4Tags.tag(last, "Night Drive", PROMPT, "abc123");

        assertThat(Ffmpeg.formatTags(last)).contains("TAG:title=Night Drive");
        assertThat(Ffmpeg.streamHash(last)).isEqualTo(before);
        assertThat(Ffmpeg.decodeErrors(last)).isEmpty();
        byte[] tagged = Files.readAllBytes(last);
        int mdat = indexOf(original, "mdat".getBytes(StandardCharsets.US_ASCII));
        assertThat(java.util.Arrays.copyOf(tagged, mdat)).as("everything up to the media data as it was")
                .isEqualTo(java.util.Arrays.copyOf(original, mdat));
    }

    @Test
    void taggingAnMp4AgainReplacesItsTagsAndLeavesNoTemporaryFile() throws Exception {
        Path mp4 = sampleMp4("clip.mp4");

        Mp4Tags.tag(mp4, null, "first prompt", "first-id");
        Mp4Tags.tag(mp4, null, PROMPT, "second-id");

        assertThat(Mp4Tags.read(mp4)).contains(new EmbeddedTasks.EmbeddedTask("second-id", PROMPT));
        if (Ffmpeg.installed()) {
            assertThat(Ffmpeg.formatTags(mp4))
                    .doesNotContain("first").contains("TAG:title=" + PROMPT);
        }
        try (var listed = Files.list(dir)) {
            assertThat(listed.map(p -> p.getFileName().toString()).toList()).containsExactly("clip.mp4");
        }
    }

    @Test
    void aTruncatedMp4IsLeftAsItWasWithAReasonInWords() throws Exception {
        byte[] whole = Files.readAllBytes(sampleMp4("whole.mp4"));
        Path cut = Files.write(dir.resolve("cut.mp4"), java.util.Arrays.copyOf(whole, 2_000));

        assertThat(Mp4Tags.isMp4(cut)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Mp4Tags.tag(cut, null, PROMPT, "id"))
                .isInstanceOf(IOException.class).hasMessage("its boxes do not add up");
        assertThat(Files.readAllBytes(cut)).isEqualTo(java.util.Arrays.copyOf(whole, 2_000));
        assertThat(Mp4Tags.read(cut)).isEmpty();
    }



    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
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
        assertThat(Mp4Tags.isMp4(notMp3)).isFalse();
        assertThat(PngText.isPng(notMp3)).isFalse();
        assertThat(JpegComment.isJpeg(notMp3)).isFalse();
    }

}
