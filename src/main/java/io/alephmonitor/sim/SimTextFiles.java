package io.alephmonitor.sim;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A task's text result files ({@code /files/<id>.txt} as {@code text/plain},
 * {@code /files/<id>.json} as {@code application/json}) and its extensionless links
 * ({@code /files/<id>}, {@code /files/<id>_1}), whose content and {@code Content-Type} follow the
 * task's model: an audio model's are {@code audio/mpeg}, a text model's {@code text/plain}, a video
 * model's {@code video/mp4}, any other's {@code image/png}.
 */
final class SimTextFiles {

    private SimTextFiles() {
    }

    /** The file, or null when the name is none of these. */
    static FileContent file(String name, SimTask task, FileContent video, FileContent image, FileContent audio) {
        if (name.endsWith(".txt")) {
            return text("Text result of task " + task.id() + ": " + (task.prompt() == null ? "" : task.prompt()) + "\n",
                    "text/plain; charset=utf-8");
        }
        if (name.endsWith(".json")) {
            return text("{\"taskId\":\"" + task.id() + "\",\"text\":\"Structured result\"}", "application/json");
        }
        if (name.contains(".")) {
            return null;
        }
        String model = task.model() == null ? "" : task.model().toLowerCase(Locale.ROOT);
        if (makesAudio(model)) {
            return audio;
        }
        if (task.makesVideo()) { // before the text check: "kling/v2-1-text-to-video" makes videos
            return video;
        }
        if (task.makesText() || model.contains("text") || model.contains("chat")) {
            return text("Text result of task " + task.id() + "\n", "text/plain; charset=utf-8");
        }
        return image;
    }

    /** True when a Market model makes sound (ElevenLabs, text-to-speech, music, audio…). */
    static boolean makesAudio(String model) {
        return model.contains("audio") || model.contains("elevenlabs") || model.contains("speech")
                || model.contains("music") || model.contains("tts");
    }

    private static FileContent text(String content, String contentType) {
        return new FileContent.InMemory(content.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
