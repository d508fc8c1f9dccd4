package io.alephmonitor.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Result files: the bundled samples, byte ranges, HEAD, the cut-off download and generated large files. */
class FilesTest {

    private static final byte[] SAMPLE_MP4 = resource("sample.mp4");
    private static final byte[] SAMPLE_PNG = resource("sample.png");

    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults());
    private final SimHttp http = new SimHttp(sim);
    private final String id = sim.newAlephTask("p", "https://example.com/i.jpg");
    private final String video = "/files/" + id + ".mp4";

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theBundledSamplesAreASmallH264Mp4AndAPng() {
        assertThat(SAMPLE_MP4.length).isBetween(10_000, 300 * 1024);
        assertThat(new String(SAMPLE_MP4, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(indexOf(SAMPLE_MP4, "avc1")).isPositive();
        assertThat(indexOf(SAMPLE_MP4, "mp4a")).isPositive();
        assertThat(indexOf(SAMPLE_MP4, "moov")).as("faststart: moov before mdat").isLessThan(indexOf(SAMPLE_MP4, "mdat"));
        assertThat(SAMPLE_PNG.length).isBetween(1_000, 300 * 1024);
        assertThat(Arrays.copyOf(SAMPLE_PNG, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void aTasksVideoAndThumbnailAreServedWhole() {
        HttpResponse<byte[]> mp4 = http.file(video, null);
        HttpResponse<byte[]> png = http.file("/files/" + id + ".png", null);

        assertThat(mp4.statusCode()).isEqualTo(200);
        assertThat(mp4.body()).isEqualTo(SAMPLE_MP4);
        assertThat(mp4.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(mp4.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(mp4.headers().firstValueAsLong("Content-Length")).hasValue(SAMPLE_MP4.length);
        assertThat(png.body()).isEqualTo(SAMPLE_PNG);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void aRangeIsAnswered206WithExactlyThoseBytes() {
        HttpResponse<byte[]> response = http.file(video, "bytes=100-1099");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(SAMPLE_MP4, 100, 1100));
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 100-1099/" + SAMPLE_MP4.length);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(1000);
    }

    @Test
    void anOpenEndedRangeRunsToTheEndOfTheFile() {
        HttpResponse<byte[]> response = http.file(video, "bytes=5000-");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(SAMPLE_MP4, 5000, SAMPLE_MP4.length));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        HttpResponse<byte[]> response = http.file(video, "bytes=-10");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(SAMPLE_MP4, SAMPLE_MP4.length - 10, SAMPLE_MP4.length));
    }

    @Test
    void aRangePastTheEndIs416WithTheLength() {
        HttpResponse<byte[]> response = http.file(video, "bytes=" + SAMPLE_MP4.length + "-");

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + SAMPLE_MP4.length);
    }

    @Test
    void headGivesTheLengthWithoutABody() {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(http.resolve(video))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SAMPLE_MP4.length);
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(sim.fileRequests(video)).as("HEAD is not a GET").isZero();
    }

    @Test
    void filesOfUnknownTasksAreNotFound() {
        assertThat(http.file("/files/" + UUID.randomUUID() + ".mp4", null).statusCode()).isEqualTo(404);
        assertThat(http.file("/files/" + id + ".exe", null).statusCode()).isEqualTo(404);
    }

    @Test
    void fileGetsAreCountedPerPathIgnoringTheQuery() {
        http.file(video, null);
        http.file(video + "?token=abc", "bytes=0-9");

        assertThat(sim.fileRequests(video)).isEqualTo(2);
        assertThat(sim.fileRequests("/files/" + id + ".png")).isZero();
    }

    @Test
    void aCutDownloadBreaksOffHalfWayAndResumingWithARangeCompletesItByteForByte() throws Exception {
        sim.script(id, Behaviour.CUT_DOWNLOAD);

        HttpResponse<InputStream> first = http.send(HttpRequest.newBuilder(http.resolve(video)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(first.headers().firstValueAsLong("Content-Length")).hasValue(SAMPLE_MP4.length);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean broke = false;
        try (InputStream in = first.body()) {
            in.transferTo(received);
        } catch (IOException expected) {
            broke = true;
        }
        assertThat(broke).as("the first download must fail").isTrue();
        assertThat(received.size()).isEqualTo(SAMPLE_MP4.length / 2);

        HttpResponse<byte[]> rest = http.file(video, "bytes=" + received.size() + "-");
        assertThat(rest.statusCode()).isEqualTo(206);
        received.write(rest.body());

        assertThat(received.toByteArray()).isEqualTo(SAMPLE_MP4);
        assertThat(http.file(video, null).body()).as("later whole downloads succeed too").isEqualTo(SAMPLE_MP4);
        assertThat(sim.fileRequests(video)).isEqualTo(3);
    }

    @Test
    void aLargeFileIsStreamedWithItsFullLengthAndDeterministicBytes() throws Exception {
        long size = 64L * 1024 * 1024 + 7;
        String url = sim.addLargeFile("big.bin", size);

        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(http.resolve(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long count = 0;
        long probe = 40_000_003L;
        byte atProbe = 0;
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; count += n) {
                if (probe >= count && probe < count + n) {
                    atProbe = buffer[(int) (probe - count)];
                }
            }
        }

        assertThat(url).isEqualTo(sim.baseUri() + "/files/big.bin");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(size);
        assertThat(count).isEqualTo(size);
        assertThat(atProbe).isEqualTo(GeneratedBytes.at(probe));
    }

    @Test
    void aRangeOfAHalfGigabyteFileIsTheGeneratedSlice() {
        long size = 512L * 1024 * 1024;
        String url = sim.addLargeFile("half-gig.bin", size);

        HttpResponse<byte[]> response = http.file(url, "bytes=" + (size - 1000) + "-");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes " + (size - 1000) + "-" + (size - 1) + "/" + size);
        byte[] expected = new byte[1000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = GeneratedBytes.at(size - 1000 + i);
        }
        assertThat(response.body()).isEqualTo(expected);
    }

    @Test
    void generatedBytesDependOnlyOnTheOffsetAndAreNotAConstantPattern() {
        byte[] chunk = new byte[4096];
        GeneratedBytes.fill(chunk, chunk.length, 1_000_000L);

        assertThat(chunk[0]).isEqualTo(GeneratedBytes.at(1_000_000L));
        assertThat(chunk[4095]).isEqualTo(GeneratedBytes.at(1_004_095L));
        assertThat(Arrays.copyOfRange(chunk, 0, 8)).isNotEqualTo(Arrays.copyOfRange(chunk, 8, 16));
        assertThat(new String(chunk, StandardCharsets.ISO_8859_1).chars().distinct().count()).isGreaterThan(200);
    }

    @Test
    void aSliceFilledInBulkHasTheByteAtEachOffsetWhereverItStartsAndEnds() {
        for (long offset : new long[] {0, 1, 7, 8, 13, (512L << 20) - 21}) {
            for (int length : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 21, 4099}) {
                byte[] bulk = new byte[length + 3];
                GeneratedBytes.fill(bulk, length, offset);
                byte[] oneByOne = new byte[length + 3];
                for (int i = 0; i < length; i++) {
                    oneByOne[i] = GeneratedBytes.at(offset + i);
                }
                assertThat(bulk).as("offset %d, length %d", offset, length).isEqualTo(oneByOne);
            }
        }
    }

    private static int indexOf(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }

    private static byte[] resource(String name) {
        try (InputStream in = KieSimulator.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
