package io.alephmonitor.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** ffprobe and ffmpeg as standard readers of saved media: their tags and their streams' checksums. */
public final class Ffmpeg {

    private Ffmpeg() {
    }

    /** True when both tools answer. */
    public static boolean installed() {
        return answers("ffmpeg") && answers("ffprobe");
    }

    /** ffprobe's view of the container's tags ({@code TAG:title=…} lines). */
    public static String formatTags(Path file) throws IOException, InterruptedException {
        return run("ffprobe", "-v", "error", "-show_format", file.toString());
    }

    /** A checksum of every stream's packets, one line per stream: equal when the media is untouched. */
    public static String streamHash(Path file) throws IOException, InterruptedException {
        return run("ffmpeg", "-v", "error", "-i", file.toString(), "-map", "0", "-c", "copy", "-f", "streamhash", "-");
    }

    private static boolean answers(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What ffmpeg says while decoding every frame: empty when each sample is found where the header says. */
    public static String decodeErrors(Path file) throws IOException, InterruptedException {
        return run("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "null", "-").strip();
    }

    /** Runs a command to its end; its output and errors together. */
    public static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command[0] + " did not finish");
        }
        return out;
    }
}
