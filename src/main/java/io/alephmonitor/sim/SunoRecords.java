package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The Suno records, field for field like docs.kie.ai's "Get … Details" examples (suno-api/). A
 * music task goes PENDING, TEXT_SUCCESS (lyrics written), FIRST_SUCCESS (track 1 has its audio,
 * track 2 not yet) and SUCCESS (both), each for a third of its run time; its tracks are served as
 * {@code /files/<id>_1.mp3} and {@code /files/<id>_2.mp3} with covers {@code /files/<id>_1.jpg}
 * and {@code _2.jpg}. The tool types are PENDING until done, then SUCCESS with their result. A
 * moderated task is SENSITIVE_WORD_ERROR where the docs name it (music, lyrics), else the
 * type's generation failure.
 */
final class SunoRecords {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final String LYRICS = "[Verse]\nSalt on the window, the tide coming in\n[Chorus]\nSing me the sea again";

    /** A second of silence as a WAV file (8 kHz, 8-bit, mono): the simulator's WAV conversion result. */
    static final byte[] SILENT_WAV = silentWav(8000);

    private SunoRecords() {
    }

    static boolean isSuno(SimKind kind) {
        return kind.id.startsWith("suno");
    }

    static ObjectNode record(SimTask task, Instant now, boolean failed, String baseUri) {
        boolean done = task.doneAt(now, failed);
        String files = baseUri + FileHandler.PREFIX + task.id();
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        switch (task.kind()) {
            case SUNO -> music(data, task, now, failed, files);
            case SUNO_LYRICS -> lyrics(data, task, done, failed);
            default -> tool(data, task, done, failed, files);
        }
        return data;
    }

    /** The request as a Suno music or lyrics record's {@code param} carries it. */
    static void param(ObjectNode params, String prompt, boolean music) {
        params.put("prompt", prompt);
        if (music) {
            params.put("style", "Folk").put("title", "Sea song").put("customMode", true)
                    .put("instrumental", false).put("model", "V4_5");
        }
    }

    private static void music(ObjectNode data, SimTask task, Instant now, boolean failed, String files) {
        data.put("parentMusicId", "");
        data.put("param", task.paramJson());
        long total = Math.max(1, Duration.between(task.createdAt(), task.completesAt()).toMillis());
        long elapsed = Duration.between(task.createdAt(), now).toMillis();
        int ready = failed || elapsed < total / 3 ? -1 : elapsed < 2 * total / 3 ? 0 : task.doneAt(now, false) ? 2 : 1;
        String status = failed ? "SENSITIVE_WORD_ERROR" : switch (ready) {
            case -1 -> "PENDING";
            case 0 -> "TEXT_SUCCESS";
            case 1 -> "FIRST_SUCCESS";
            default -> "SUCCESS";
        };
        ObjectNode response = data.putObject("response");
        response.put("taskId", task.id());
        ArrayNode tracks = response.putArray("sunoData");
        for (int n = 1; ready >= 0 && n <= 2; n++) {
            boolean audio = n <= ready;
            ObjectNode track = tracks.addObject();
            track.put("id", UUID.nameUUIDFromBytes((task.id() + "_" + n).getBytes(StandardCharsets.UTF_8)).toString());
            track.put("audioUrl", audio ? files + "_" + n + ".mp3" : "");
            track.put("streamAudioUrl", files + "_" + n + "_stream");
            track.put("imageUrl", audio ? files + "_" + n + ".jpg" : "");
            track.put("prompt", LYRICS);
            track.put("modelName", "chirp-v4-5");
            track.put("title", "Sea song");
            track.put("tags", "folk, calm");
            track.put("createTime", LOCAL.format(task.createdAt()));
            if (audio) {
                track.put("duration", 6.0);
            } else {
                track.putNull("duration");
            }
        }
        data.put("status", status);
        data.put("type", "GENERATE");
        errors(data, failed);
    }

    private static void lyrics(ObjectNode data, SimTask task, boolean done, boolean failed) {
        data.put("param", task.paramJson());
        ObjectNode response = data.putObject("response");
        response.put("taskId", task.id());
        ArrayNode variants = response.putArray("data");
        for (int n = 1; done && n <= task.results(); n++) {
            variants.addObject().put("text", LYRICS.replace("sea", n == 1 ? "sea" : "shore"))
                    .put("title", "Sea song " + n).put("status", "complete").put("errorMessage", "");
        }
        data.put("status", failed ? "SENSITIVE_WORD_ERROR" : done ? "SUCCESS" : "PENDING");
        data.put("type", "LYRICS");
        errors(data, failed);
    }

    /** Music video, WAV, stems, MIDI and cover art: the shapes of their detail pages. */
    private static void tool(ObjectNode data, SimTask task, boolean done, boolean failed, String files) {
        SimKind kind = task.kind();
        boolean numericFlag = kind == SimKind.SUNO_MIDI || kind == SimKind.SUNO_COVER;
        if (kind == SimKind.SUNO_COVER) {
            data.put("parentTaskId", task.id());
        } else {
            data.put("musicId", UUID.nameUUIDFromBytes(task.id().getBytes(StandardCharsets.UTF_8)).toString());
        }
        data.put("callbackUrl", "https://api.example.com/callback");
        data.put("completeTime", done ? LOCAL.format(task.completesAt()) : null);
        ObjectNode response = JSON.objectNode();
        switch (kind) {
            case SUNO_VIDEO -> response.put("videoUrl", files + ".mp4");
            case SUNO_WAV -> response.put("audioWavUrl", files + ".wav");
            case SUNO_STEMS -> response.putNull("originUrl").put("vocalUrl", files + "_1.mp3")
                    .put("instrumentalUrl", files + "_2.mp3").putNull("drumsUrl").putNull("bassUrl");
            case SUNO_COVER -> response.putArray("images").add(files + "_1.png").add(files + "_2.png");
            default -> { }
        }
        if (kind == SimKind.SUNO_MIDI) {
            ObjectNode midi = JSON.objectNode().put("state", "complete");
            midi.putArray("instruments").addObject().put("name", "Acoustic Guitar").putArray("notes")
                    .addObject().put("pitch", 64).put("start", 0.5).put("end", 0.75).put("velocity", 1);
            data.set("midiData", done ? midi : null);
        } else {
            data.set("response", done ? response : null);
        }
        String failure = switch (kind) {
            case SUNO_VIDEO -> "GENERATE_MP4_FAILED";
            case SUNO_WAV -> "GENERATE_WAV_FAILED";
            case SUNO_COVER -> "GENERATE_COVER_FAILED";
            default -> "GENERATE_AUDIO_FAILED";
        };
        if (numericFlag) {
            data.put("successFlag", done ? 1 : failed ? 3 : 0);
        } else {
            data.put("successFlag", done ? "SUCCESS" : failed ? failure : "PENDING");
        }
        data.put("createTime", LOCAL.format(task.createdAt()));
        errors(data, failed);
    }

    private static void errors(ObjectNode data, boolean failed) {
        if (failed) {
            data.put("errorCode", 400);
            data.put("errorMessage", SimTask.MODERATION_MESSAGE);
        } else {
            data.putNull("errorCode");
            data.putNull("errorMessage");
        }
    }

    private static byte[] silentWav(int samples) {
        ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples);
        for (int i = 0; i < samples; i++) {
            wav.put((byte) 0x80);
        }
        return wav.array();
    }
}
