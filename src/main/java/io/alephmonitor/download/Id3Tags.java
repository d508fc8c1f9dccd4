package io.alephmonitor.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes a task's title, prompt and ID into a saved MP3's ID3v2 tag (id3.org, ID3v2.3/2.4 "Frames"):
 * {@code TIT2} = the track's title (else the prompt), {@code COMM} = the prompt and task ID,
 * {@code TXXX:kie.ai task ID}. A file without a tag gets a v2.4 tag in front of the audio; a
 * v2.3/v2.4 tag keeps every frame but its title and those an earlier save wrote, in its own version. The audio after
 * the tag is copied byte for byte. A tag this class does not rewrite safely (v2.2, unsynchronised,
 * with an extended header or footer) is left alone and said so.
 */
final class Id3Tags {

    private static final Set<String> REPLACED = Set.of("TIT2");
    private static final String TASK_ID = "kie.ai task ID";
    private static final String COMMENT_NAME = "kie.ai";

    private Id3Tags() {
    }

    /** True when the file is an MP3: an ID3v2 tag or an MPEG audio frame's sync at its start. */
    static boolean isMp3(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mp3")) {
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
        Path temp = mp3.resolveSibling(mp3.getFileName() + ".tagging");
        try (InputStream in = Files.newInputStream(mp3)) {
            byte[] header = in.readNBytes(10);
            int version = 4;
            byte[] kept = new byte[0];
            long audioFrom = 0;
            if (header.length == 10 && new String(header, 0, 3, StandardCharsets.ISO_8859_1).equals("ID3")) {
                version = header[3];
                if ((version != 3 && version != 4) || (header[5] & 0xd0) != 0) {
                    throw new IOException("it has an ID3 tag this app does not change (version 2." + version + ")");
                }
                byte[] frames = in.readNBytes(syncsafe(header, 6));
                kept = keptFrames(frames, version);
                audioFrom = 10L + frames.length;
            }
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            String name = title != null && !title.isBlank() ? title : prompt;
            if (name != null && !name.isBlank()) {
                frame(ours, "TIT2", version, text(name));
            }
            String comment = (prompt == null || prompt.isBlank() ? "" : prompt + "\n") + "kie.ai task ID: " + taskId;
            frame(ours, "COMM", version, concat(new byte[] {1, 'e', 'n', 'g'}, utf16z(COMMENT_NAME), utf16(comment)));
            frame(ours, "TXXX", version, concat(new byte[] {1}, utf16z(TASK_ID), utf16(taskId)));
            try (OutputStream out = Files.newOutputStream(temp)) {
                int size = ours.size() + kept.length;
                out.write(new byte[] {'I', 'D', '3', (byte) version, 0, 0});
                out.write(syncsafe(size));
                ours.writeTo(out);
                out.write(kept);
                try (InputStream audio = Files.newInputStream(mp3)) {
                    audio.skipNBytes(audioFrom);
                    audio.transferTo(out); // the audio, byte for byte
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e instanceof IOException io ? io : new IOException("its tag could not be read", e);
        }
        try {
            DiskWrites.replace(temp, mp3);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // Every frame of an existing tag but those we write, as it is; padding (zero bytes) ends the frames.
    private static byte[] keptFrames(byte[] frames, int version) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        int at = 0;
        while (at + 10 <= frames.length && frames[at] != 0) {
            String id = new String(frames, at, 4, StandardCharsets.ISO_8859_1);
            int size = version == 4 ? syncsafe(frames, at + 4) : java.nio.ByteBuffer.wrap(frames, at + 4, 4).getInt();
            if (size < 0 || at + 10 + size > frames.length) {
                throw new IOException("its ID3 tag is damaged");
            }
            byte[] data = java.util.Arrays.copyOfRange(frames, at + 10, at + 10 + size);
            boolean ours = REPLACED.contains(id) || id.equals("TXXX") && indexOf(data, utf16z(TASK_ID)) == 1
                    || id.equals("COMM") && indexOf(data, utf16z(COMMENT_NAME)) == 4;
            if (!ours) {
                kept.write(frames, at, 10 + size);
            }
            at += 10 + size;
        }
        return kept.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void frame(ByteArrayOutputStream out, String id, int version, byte[] data) throws IOException {
        out.write(id.getBytes(StandardCharsets.ISO_8859_1));
        out.write(version == 4 ? syncsafe(data.length) : java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(new byte[] {0, 0});
        out.write(data);
    }

    private static byte[] text(String s) {
        return concat(new byte[] {1}, utf16(s));
    }

    // UTF-16 with its byte order mark (encoding 1: valid in ID3v2.3 and 2.4)
    private static byte[] utf16(String s) {
        return s.replace("\u0000", "").getBytes(StandardCharsets.UTF_16);
    }

    private static byte[] utf16z(String s) {
        return concat(utf16(s), new byte[] {0, 0});
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static int syncsafe(byte[] b, int at) {
        return (b[at] & 0x7f) << 21 | (b[at + 1] & 0x7f) << 14 | (b[at + 2] & 0x7f) << 7 | (b[at + 3] & 0x7f);
    }

    private static byte[] syncsafe(int n) throws IOException {
        if (n >= 1 << 28) {
            throw new IOException("the text is too long for an ID3 tag");
        }
        return new byte[] {(byte) (n >> 21 & 0x7f), (byte) (n >> 14 & 0x7f), (byte) (n >> 7 & 0x7f), (byte) (n & 0x7f)};
    }
}
