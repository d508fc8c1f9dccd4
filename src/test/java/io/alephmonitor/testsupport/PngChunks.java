package io.alephmonitor.testsupport;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a PNG's chunks, to compare what a save wrote beside its text with what the server sent. */
public final class PngChunks {

    private PngChunks() {
    }

    /** One chunk: its type and its data. */
    public record Chunk(String type, byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Chunk c && c.type.equals(type) && Arrays.equals(c.data, data);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return type + "[" + data.length + "]";
        }
    }

    /** Every chunk of the PNG, in order (the signature is left out). */
    public static List<Chunk> of(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        List<Chunk> chunks = new ArrayList<>();
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            byte[] data = new byte[length];
            in.get(data);
            in.getInt(); // CRC
            chunks.add(new Chunk(new String(type, java.nio.charset.StandardCharsets.US_ASCII), data));
        }
        return chunks;
    }

    /** Every chunk but the text ones ({@code tEXt}, {@code iTXt}, {@code zTXt}): the image as the server sent it. */
    public static List<Chunk> withoutText(byte[] png) {
        return of(png).stream().filter(c -> !c.type().matches("tEXt|iTXt|zTXt")).toList();
    }
}
