package io.alephmonitor.testsupport;

import java.io.ByteArrayOutputStream;

/**
 * A saved file's media without what a save writes about its task (a PNG's text chunks, an MP3's
 * ID3v2 tag): equal to the served file's exactly when the save left the media untouched.
 */
public final class SavedMedia {

    private SavedMedia() {
    }

    /** The bytes to compare: a PNG's non-text chunks, an MP3's audio after its tag, anything else as it is. */
    public static byte[] of(byte[] file) {
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
}
