package io.alephmonitor.testsupport;

import io.alephmonitor.sim.GeneratedBytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a saved copy of one of the simulator's generated files, byte for byte, without a second copy. */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** The offset of the first byte that differs from the generated pattern, or -1 when all {@code size} bytes match and the file ends there. */
    public static long firstMismatch(Path file, long size) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++, offset++) {
                    if (offset >= size || buffer[i] != GeneratedBytes.at(offset)) {
                        return offset;
                    }
                }
            }
        }
        return offset == size ? -1 : offset;
    }
}
