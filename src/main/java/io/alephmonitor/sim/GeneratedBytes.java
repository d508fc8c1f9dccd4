package io.alephmonitor.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The content of every large file the simulator serves: a fixed pseudo-random pattern computed
 * from the offset alone, so any slice can be produced (and checked) without storing the file.
 */
public final class GeneratedBytes {

    private static final long SEED = 0x5EED_A1E9_0000_0001L;

    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private GeneratedBytes() {
    }

    /** The byte at this offset of any generated file. */
    public static byte at(long offset) {
        return (byte) (word(offset >>> 3) >>> ((offset & 7) << 3));
    }

    /** Fills {@code dst[0..length)} with the bytes starting at {@code offset}. */
    static void fill(byte[] dst, int length, long offset) {
        // Byte k of a word is its k-th lowest byte, so whole words are stored little-endian, eight
        // bytes at a time; only a ragged start and end go byte by byte.
        int i = 0;
        while (i < length && ((offset + i) & 7) != 0) {
            dst[i] = at(offset + i);
            i++;
        }
        for (long w = (offset + i) >>> 3; i + 8 <= length; i += 8, w++) {
            LITTLE_ENDIAN_LONGS.set(dst, i, word(w));
        }
        for (; i < length; i++) {
            dst[i] = at(offset + i);
        }
    }

    // SplitMix64's finaliser: cheap, and neighbouring words look unrelated, so a shifted or
    // duplicated chunk in a download shows up as a mismatch.
    private static long word(long index) {
        long z = SEED + index * 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
