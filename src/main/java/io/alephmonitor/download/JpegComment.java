package io.alephmonitor.download;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a task's prompt and ID into a saved JPEG as a comment segment ({@code COM}, ITU T.81
 * B.2.4.5), after the JFIF/Exif header segment when there is one; every other byte, the image
 * data among them, is copied as it is. The tagged copy is renamed over the file in one step.
 */
final class JpegComment {

    private static final int MAX_TEXT = 65_533;

    private JpegComment() {
    }

    /** True when the file starts like a JPEG (SOI, then a marker). */
    static boolean isJpeg(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xd8
                    && (start[2] & 0xff) == 0xff;
        }
    }

    /** Adds the comment; an {@link IOException} leaves the file as it was. */
    static void tag(Path jpeg, String prompt, String taskId) throws IOException {
        String text = TaskComment.text(prompt, taskId);
        byte[] comment = text.getBytes(StandardCharsets.UTF_8);
        if (comment.length > MAX_TEXT) {
            comment = java.util.Arrays.copyOf(comment, MAX_TEXT);
        }
        Path temp = jpeg.resolveSibling(jpeg.getFileName() + ".tagging");
        try {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(jpeg)));
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeShort(in.readUnsignedShort()); // SOI
                in.mark(4);
                int marker = in.readUnsignedShort();
                if (marker == 0xffe0 || marker == 0xffe1) { // JFIF or Exif stays first
                    int length = in.readUnsignedShort();
                    out.writeShort(marker);
                    out.writeShort(length);
                    out.write(in.readNBytes(length - 2));
                } else {
                    in.reset();
                }
                out.writeShort(0xfffe);
                out.writeShort(comment.length + 2);
                out.write(comment);
                in.transferTo(out);
            }
            DiskWrites.replace(temp, jpeg);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The text of every comment segment before the image data; a file that is not a JPEG has none. */
    static java.util.List<String> readComments(Path jpeg) throws IOException {
        java.util.List<String> comments = new java.util.ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(jpeg)))) {
            if (in.readUnsignedShort() != 0xffd8) {
                return comments;
            }
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xff00) != 0xff00 || marker == 0xffda || marker == 0xffd9) {
                    return comments; // the image data (or something that is no segment) starts
                }
                if (marker == 0xff01 || (marker >= 0xffd0 && marker <= 0xffd7)) {
                    continue; // markers without a length
                }
                int length = in.readUnsignedShort();
                if (length < 2) {
                    return comments;
                }
                if (marker == 0xfffe) {
                    comments.add(new String(in.readNBytes(length - 2), StandardCharsets.UTF_8));
                } else {
                    in.skipNBytes(length - 2);
                }
            }
        } catch (java.io.EOFException truncated) {
            return comments;
        }
    }
}
