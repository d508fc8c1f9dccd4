package io.alephmonitor.testsupport;

import java.util.Arrays;

/** An MP3's audio without its ID3v2 tag: what a save must keep byte for byte while it writes the tag. */
public final class Mp3Audio {

    private Mp3Audio() {
    }

    /** The bytes after the ID3v2 tag (all of them when there is none). */
    public static byte[] withoutTag(byte[] mp3) {
        if (mp3.length < 10 || mp3[0] != 'I' || mp3[1] != 'D' || mp3[2] != '3') {
            return mp3;
        }
        int size = (mp3[6] & 0x7f) << 21 | (mp3[7] & 0x7f) << 14 | (mp3[8] & 0x7f) << 7 | (mp3[9] & 0x7f);
        return Arrays.copyOfRange(mp3, 10 + size, mp3.length);
    }
}
