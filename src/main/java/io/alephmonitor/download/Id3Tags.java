package io.alephmonitor.download;

import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.mp3.MP3File;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.id3.AbstractID3v2Tag;
import org.jaudiotagger.tag.id3.ID3v24Frame;
import org.jaudiotagger.tag.id3.ID3v24Tag;
import org.jaudiotagger.tag.id3.framebody.FrameBodyTXXX;
import org.jaudiotagger.tag.id3.valuepair.TextEncoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a task's title, prompt and ID into a saved MP3's ID3v2 tag through jaudiotagger:
 * {@code TIT2} = the track's title (else the prompt), {@code COMM} = the prompt and task ID,
 * {@code TXXX:kie.ai task ID} = the ID. Other frames of an existing tag are kept. The tag is written
 * into a copy beside the file, which then replaces the file in one step: the file's name never
 * holds a half-written MP3, and the audio frames are copied as they are.
 */
final class Id3Tags {

    static final String TASK_ID = "kie.ai task ID";

    static {
        // jaudiotagger logs every frame it reads at INFO through java.util.logging.
        Logger.getLogger("org.jaudiotagger").setLevel(Level.WARNING);
    }

    private Id3Tags() {
    }

    /** True when the file is an MP3: an ID3v2 tag or an MPEG audio frame's sync at its start. */
    static boolean isMp3(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp3")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (new String(start, StandardCharsets.ISO_8859_1).equals("ID3")
                    || ((start[0] & 0xff) == 0xff && (start[1] & 0xe0) == 0xe0));
        }
    }

    /** Writes the tag; an {@link IOException} (its message in words) leaves the file as it was. */
    static void tag(Path mp3, String title, String prompt, String taskId) throws IOException {
        Path temp = mp3.resolveSibling("." + mp3.getFileName() + ".tagging.mp3");
        try {
            Files.copy(mp3, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            MP3File file = (MP3File) AudioFileIO.read(temp.toFile());
            AbstractID3v2Tag tag = file.hasID3v2Tag() ? file.getID3v2TagAsv24() : new ID3v24Tag();
            String name = title != null && !title.isBlank() ? title : prompt;
            if (name != null && !name.isBlank()) {
                tag.setField(FieldKey.TITLE, name);
            }
            tag.setField(FieldKey.COMMENT, TaskComment.text(prompt, taskId));
            ID3v24Frame id = new ID3v24Frame("TXXX");
            id.setBody(new FrameBodyTXXX(TextEncoding.UTF_8, TASK_ID, taskId));
            tag.setField(id);
            file.setID3v2Tag(tag);
            file.commit();
            DiskWrites.replace(temp, mp3);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage() == null ? "its tag could not be read" : e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The task ID and prompt a save wrote into this MP3; empty for an MP3 without them or a broken file. */
    static Optional<EmbeddedTasks.EmbeddedTask> read(Path mp3) {
        try {
            AudioFile file = AudioFileIO.readAs(mp3.toFile(), "mp3");
            if (!(file instanceof MP3File mp3File) || !mp3File.hasID3v2Tag()) {
                return Optional.empty();
            }
            AbstractID3v2Tag tag = mp3File.getID3v2Tag();
            for (TagField field : tag.getFields("TXXX")) {
                if (field instanceof org.jaudiotagger.tag.id3.AbstractID3v2Frame frame
                        && frame.getBody() instanceof FrameBodyTXXX txxx && TASK_ID.equals(txxx.getDescription())) {
                    String prompt = TaskComment.parse(tag.getFirst(FieldKey.COMMENT)).map(EmbeddedTasks.EmbeddedTask::prompt)
                            .orElse(null);
                    String id = TaskComment.cleanId(txxx.getText());
                    return id == null ? Optional.empty() : Optional.of(new EmbeddedTasks.EmbeddedTask(id, prompt));
                }
            }
            return TaskComment.parse(tag.getFirst(FieldKey.COMMENT));
        } catch (Exception | LinkageError broken) {
            return Optional.empty();
        }
    }
}
