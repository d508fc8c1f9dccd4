package io.alephmonitor.testsupport;

import java.io.ByteArrayOutputStream;

/**
 * A saved file's media without what a save writes about its task (a PNG's text chunks, an MP3's
 * ID3v2 tag, an MP4's movie header, where its metadata lives): equal to the served file's exactly
 * when the save left the media untouched. (That the edited MP4 header still finds every sample is
 * FileTagsTest's part, with ffmpeg.)
 */
public final class SavedMedia {

    private SavedMedia() {
    }

    /** The bytes to compare: a PNG's non-text chunks, an MP3's audio after its tag, an MP4's boxes but its
     *  movie header (the media data among them), anything else as it is. */
    public static byte[] of(byte[] file) {
        if (file.length > 8 && file[4] == 'f' && file[5] == 't' && file[6] == 'y' && file[7] == 'p') {
            return withoutMovieHeader(file);
        }
        if (file.length > 8 && (file[0] & 0xff) == 0x89 && file[1] == 'P' && file[2] == 'N' && file[3] == 'G') {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (PngChunks.Chunk chunk : PngChunks.withoutText(file)) {
                out.writeBytes(chunk.type().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.writeBytes(chunk.data());
            }
            return out.toByteArray();
        }
        return Mp3Audio.withoutTag(file);
    }

    private static byte[] withoutMovieHeader(byte[] mp4) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(mp4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at + 8 <= mp4.length) {
            long size = Integer.toUnsignedLong(in.getInt(at));
            String type = new String(mp4, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (size == 1) {
                size = in.getLong(at + 8);
            } else if (size == 0) {
                size = mp4.length - at;
            }
            if (size < 8 || at + size > mp4.length) {
                out.write(mp4, at, mp4.length - at); // not boxes (any more): kept as it is
                break;
            }
            if (!type.equals("moov")) {
                out.write(mp4, at, (int) size);
            }
            at += (int) size;
        }
        return out.toByteArray();
    }
}
