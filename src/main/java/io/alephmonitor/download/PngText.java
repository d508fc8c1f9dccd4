package io.alephmonitor.download;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes a task's prompt and ID into a saved PNG as international text chunks ({@code iTXt},
 * UTF-8, PNG spec 11.3.4.5): {@code Description} = the prompt, {@code Comment} = prompt and task
 * ID, {@code Source} = the task ID. The chunks go right after {@code IHDR}; every other chunk,
 * the image data among them, is copied byte for byte. The tagged copy is written beside the file
 * and renamed over it in one step, so the file's name never holds half a PNG.
 */
final class PngText {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_CHUNK = 1 << 30;

    private PngText() {
    }

    /** True when the file starts like a PNG. */
    static boolean isPng(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE);
        }
    }

    /** The text to write for a task: keyword to text, in order; empty values left out. */
    static Map<String, String> textFor(String prompt, String taskId) {
        Map<String, String> text = new LinkedHashMap<>();
        if (prompt != null && !prompt.isBlank()) {
            text.put("Description", prompt);
        }
        text.put("Comment", TaskComment.text(prompt, taskId));
        text.put("Source", "kie.ai task " + taskId);
        return text;
    }

    /** Adds the text chunks to {@code png}; an {@link IOException} leaves the file as it was. */
    static void tag(Path png, Map<String, String> text) throws IOException {
        Path temp = png.resolveSibling(png.getFileName() + ".tagging");
        try {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(png)));
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                byte[] signature = in.readNBytes(SIGNATURE.length);
                if (!Arrays.equals(signature, SIGNATURE)) {
                    throw new IOException("not a PNG file");
                }
                out.write(signature);
                int length = in.readInt();
                byte[] type = in.readNBytes(4);
                if (length != 13 || !"IHDR".equals(new String(type, StandardCharsets.US_ASCII))) {
                    throw new IOException("the PNG does not start with its header chunk");
                }
                out.writeInt(length);
                out.write(type);
                out.write(in.readNBytes(length + 4)); // the header's data and CRC, as they are
                for (Map.Entry<String, String> entry : text.entrySet()) {
                    writeChunk(out, "iTXt", iTxt(entry.getKey(), entry.getValue()));
                }
                in.transferTo(out); // every further chunk, byte for byte
            }
            DiskWrites.replace(temp, png);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The uncompressed text chunks ({@code tEXt}, {@code iTXt}) of a PNG: keyword to text, the first of each
     * keyword kept. Stops at the image end or at a chunk that cannot be; a file that is not a PNG has none.
     */
    static Map<String, String> readText(Path png) throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(png)))) {
            if (!Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE)) {
                return text;
            }
            while (true) {
                byte[] head = in.readNBytes(8);
                if (head.length < 8) {
                    return text;
                }
                int length = java.nio.ByteBuffer.wrap(head, 0, 4).getInt();
                String type = new String(head, 4, 4, StandardCharsets.US_ASCII);
                if (length < 0 || length > MAX_CHUNK || type.equals("IEND")) {
                    return text;
                }
                if (type.equals("tEXt") || type.equals("iTXt")) {
                    byte[] data = in.readNBytes(length);
                    readTextChunk(type, data, text);
                } else {
                    in.skipNBytes(length);
                }
                in.skipNBytes(4); // CRC
            }
        } catch (java.io.EOFException truncated) {
            return Map.of();
        }
    }

    private static void readTextChunk(String type, byte[] data, Map<String, String> text) {
        int end = indexOf(data, 0);
        if (end <= 0) {
            return;
        }
        String keyword = new String(data, 0, end, StandardCharsets.ISO_8859_1);
        if (type.equals("tEXt")) {
            text.putIfAbsent(keyword, new String(data, end + 1, data.length - end - 1, StandardCharsets.ISO_8859_1));
            return;
        }
        if (end + 2 >= data.length || data[end + 1] != 0) {
            return; // compressed iTXt: not ours
        }
        int language = indexOf(data, end + 3);
        int translated = language < 0 ? -1 : indexOf(data, language + 1);
        if (translated >= 0) {
            text.putIfAbsent(keyword, new String(data, translated + 1, data.length - translated - 1,
                    StandardCharsets.UTF_8));
        }
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    // keyword, 0, compression flag 0, method 0, empty language tag, 0, empty translated keyword, 0, UTF-8 text
    private static byte[] iTxt(String keyword, String text) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.write(new byte[] {0, 0, 0, 0, 0});
        data.write(text.replace("\u0000", "").getBytes(StandardCharsets.UTF_8));
        if (data.size() > MAX_CHUNK) {
            throw new IOException("the text is too long for a PNG chunk");
        }
        return data.toByteArray();
    }

    private static void writeChunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt(data.length);
        d.write(typeBytes);
        d.write(data);
        d.writeInt((int) crc.getValue());
    }
}
