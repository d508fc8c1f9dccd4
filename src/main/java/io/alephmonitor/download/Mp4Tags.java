package io.alephmonitor.download;

import org.mp4parser.Box;
import org.mp4parser.Container;
import org.mp4parser.IsoFile;
import org.mp4parser.boxes.apple.AppleCommentBox;
import org.mp4parser.boxes.apple.AppleDescriptionBox;
import org.mp4parser.boxes.apple.AppleItemListBox;
import org.mp4parser.boxes.apple.AppleNameBox;
import org.mp4parser.boxes.apple.Utf8AppleDataBox;
import org.mp4parser.boxes.iso14496.part12.ChunkOffset64BitBox;
import org.mp4parser.boxes.iso14496.part12.HandlerBox;
import org.mp4parser.boxes.iso14496.part12.MetaBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.StaticChunkOffsetBox;
import org.mp4parser.boxes.iso14496.part12.UserDataBox;
import org.mp4parser.tools.ByteBufferByteChannel;
import org.mp4parser.tools.Path;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a task's title, prompt and ID into a saved MP4/MOV as iTunes-style metadata in
 * {@code moov/udta/meta/ilst}: {@code ©nam} = the title (else the prompt), {@code desc} = the
 * prompt, {@code ©cmt} = prompt and task ID ({@link TaskComment}); ffprobe shows them as
 * {@code title}, {@code description} and {@code comment}. The movie header is edited through
 * mp4parser; every other top-level box (the media data among them) is copied byte for byte. When
 * the movie header comes before the media data, the data moves by the header's growth, and every
 * chunk offset ({@code stco}/{@code co64}) is moved with it. The tagged copy replaces the file in
 * one step.
 */
final class Mp4Tags {

    /** A movie header larger than this is not loaded (a real one is a few MB at most). */
    private static final long MAX_MOOV = 64L << 20;

    private Mp4Tags() {
    }

    private record TopBox(String type, long offset, long size) {
        long end() {
            return offset + size;
        }
    }

    /** True when the file starts like an ISO media file (MP4, MOV, M4V: an {@code ftyp} box first). */
    static boolean isMp4(java.nio.file.Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return head.length == 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p';
        }
    }

    /** Writes the tags; an {@link IOException} (its message in words) leaves the file as it was. */
    static void tag(java.nio.file.Path file, String title, String prompt, String taskId) throws IOException {
        java.nio.file.Path temp = file.resolveSibling("." + file.getFileName() + ".tagging");
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            List<TopBox> boxes = topBoxes(in);
            TopBox moov = only(boxes, "moov");
            MovieBox movie = parse(in, moov);
            String name = title != null && !title.isBlank() ? title : prompt;
            setItems(itemList(movie), name, prompt, TaskComment.text(prompt, taskId));
            long growth = sizeOf(movie) - moov.size();
            boolean dataAfter = boxes.stream().anyMatch(b -> b.type().equals("mdat") && b.offset() > moov.offset());
            if (dataAfter && growth != 0) {
                moveChunkOffsets(movie, moov.end(), growth);
            }
            byte[] header = bytesOf(movie);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                copy(in, 0, moov.offset(), out);
                out.write(ByteBuffer.wrap(header));
                copy(in, moov.end(), in.size() - moov.end(), out);
                out.force(true);
            }
            DiskWrites.replace(temp, file);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("its movie header could not be read (" + e.getMessage() + ")", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The task ID and prompt a save wrote into this file; empty for any other MP4 or a broken file. */
    static Optional<EmbeddedTasks.EmbeddedTask> read(java.nio.file.Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            MovieBox movie = parse(in, only(topBoxes(in), "moov"));
            AppleCommentBox comment = Path.getPath(movie, "udta/meta/ilst/©cmt");
            return comment == null ? Optional.empty() : TaskComment.parse(comment.getValue());
        } catch (IOException | RuntimeException broken) {
            return Optional.empty();
        }
    }

    private static List<TopBox> topBoxes(FileChannel in) throws IOException {
        List<TopBox> boxes = new ArrayList<>();
        long size = in.size();
        long at = 0;
        ByteBuffer head = ByteBuffer.allocate(16);
        while (at + 8 <= size) {
            head.clear().limit(16);
            in.read(head, at);
            head.flip();
            if (head.remaining() < 8) {
                break;
            }
            long boxSize = Integer.toUnsignedLong(head.getInt(0));
            String type = new String(new byte[]{head.get(4), head.get(5), head.get(6), head.get(7)},
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            if (boxSize == 1) {
                if (head.remaining() < 16) {
                    throw new IOException("its boxes do not add up");
                }
                boxSize = head.getLong(8);
            } else if (boxSize == 0) {
                boxSize = size - at;
            }
            if (boxSize < 8 || at + boxSize > size) {
                throw new IOException("its boxes do not add up");
            }
            boxes.add(new TopBox(type, at, boxSize));
            at += boxSize;
        }
        return boxes;
    }

    private static TopBox only(List<TopBox> boxes, String type) throws IOException {
        List<TopBox> found = boxes.stream().filter(b -> b.type().equals(type)).toList();
        if (found.size() != 1) {
            throw new IOException(found.isEmpty() ? "it has no movie header" : "it has more than one movie header");
        }
        if (found.getFirst().size() > MAX_MOOV) {
            throw new IOException("its movie header is too large");
        }
        return found.getFirst();
    }

    private static MovieBox parse(FileChannel in, TopBox moov) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate((int) moov.size());
        while (bytes.hasRemaining()) {
            if (in.read(bytes, moov.offset() + bytes.position()) < 0) {
                throw new IOException("it ends inside its movie header");
            }
        }
        bytes.flip();
        IsoFile iso = new IsoFile(new ByteBufferByteChannel(bytes));
        MovieBox movie = iso.getMovieBox();
        if (movie == null) {
            throw new IOException("it has no movie header");
        }
        return movie;
    }

    private static AppleItemListBox itemList(MovieBox movie) {
        UserDataBox udta = child(movie, UserDataBox.class);
        if (udta == null) {
            udta = new UserDataBox();
            movie.addBox(udta);
        }
        MetaBox meta = child(udta, MetaBox.class);
        if (meta == null) {
            meta = new MetaBox();
            HandlerBox handler = new HandlerBox();
            handler.setHandlerType("mdir");
            meta.addBox(handler);
            udta.addBox(meta);
        }
        AppleItemListBox items = child(meta, AppleItemListBox.class);
        if (items == null) {
            items = new AppleItemListBox();
            meta.addBox(items);
        }
        return items;
    }

    private static void setItems(AppleItemListBox items, String name, String prompt, String comment) {
        List<Box> kept = new ArrayList<>();
        for (Box box : items.getBoxes()) {
            if (!(box instanceof AppleNameBox || box instanceof AppleDescriptionBox || box instanceof AppleCommentBox)) {
                kept.add(box);
            }
        }
        if (name != null && !name.isBlank()) {
            kept.add(valued(new AppleNameBox(), name));
        }
        if (prompt != null && !prompt.isBlank()) {
            kept.add(valued(new AppleDescriptionBox(), prompt));
        }
        kept.add(valued(new AppleCommentBox(), comment));
        items.setBoxes(kept);
    }

    private static Box valued(Utf8AppleDataBox box, String value) {
        box.setValue(value);
        return box;
    }

    private static <T extends Box> T child(Container parent, Class<T> type) {
        List<T> found = parent.getBoxes(type);
        return found.isEmpty() ? null : found.getFirst();
    }

    // The media data after the header moves by the header's growth: so does every chunk offset into it.
    private static void moveChunkOffsets(MovieBox movie, long headerEnd, long growth) throws IOException {
        for (StaticChunkOffsetBox stco : movie.getBoxes(StaticChunkOffsetBox.class, true)) {
            long[] offsets = stco.getChunkOffsets();
            for (int i = 0; i < offsets.length; i++) {
                if (offsets[i] >= headerEnd) {
                    offsets[i] += growth;
                    if (offsets[i] > 0xffffffffL) {
                        throw new IOException("it is too large for its chunk table");
                    }
                }
            }
            stco.setChunkOffsets(offsets);
        }
        for (ChunkOffset64BitBox co64 : movie.getBoxes(ChunkOffset64BitBox.class, true)) {
            long[] offsets = co64.getChunkOffsets();
            for (int i = 0; i < offsets.length; i++) {
                if (offsets[i] >= headerEnd) {
                    offsets[i] += growth;
                }
            }
            co64.setChunkOffsets(offsets);
        }
    }

    private static long sizeOf(MovieBox movie) {
        return movie.getSize();
    }

    private static byte[] bytesOf(MovieBox movie) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE, movie.getSize()));
        movie.getBox(Channels.newChannel(out));
        return out.toByteArray();
    }

    private static void copy(FileChannel in, long from, long count, FileChannel out) throws IOException {
        long done = 0;
        while (done < count) {
            long moved = in.transferTo(from + done, count - done, out);
            if (moved <= 0) {
                throw new IOException("it could not be copied");
            }
            done += moved;
        }
    }
}
