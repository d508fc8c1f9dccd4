package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** The file-system side of a save: the part file, the final move, and disk problems in words. */
final class DiskWrites {

    private DiskWrites() {
    }

    /** Refuses a target that already exists and makes sure its folder does. */
    static void requireFreeToCreate(Path target) throws SaveException {
        if (Files.exists(target)) {
            throw exists(target);
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw problem(e, target);
        }
    }

    /** The length of the file, 0 when it does not exist. */
    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException missing) {
            return 0;
        }
    }

    /** Opens the part file for writing at {@code offset}, dropping anything after it. */
    static FileChannel openAt(Path part, long offset) throws IOException {
        FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.size() > offset) {
                channel.truncate(offset);
            }
            channel.position(offset);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    static void discard(Path part) throws SaveException {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw problem(e, part);
        }
    }

    /**
     * Renames the complete part file to the target in one step, so no reader ever sees a half
     * file under the final name. Never replaces a file that appeared meanwhile.
     */
    static Path moveIntoPlace(Path part, Path target) throws SaveException {
        if (Files.exists(target)) {
            throw exists(target); // POSIX rename would silently replace it
        }
        try {
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target); // fails rather than replace an existing file
            }
            return target;
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw problem(e, target);
        }
    }

    /**
     * Renames the complete {@code temp} over {@code target} in one step where the file system can,
     * so a reader sees the old file or the new one, never half of one.
     */
    static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A disk problem as a sentence a user can act on. */
    static SaveException problem(Exception e, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (isDiskFull(e, folder)) {
            return new SaveException("The disk holding “" + folder + "” is full. Free some space or choose another "
                    + "folder, then save again; the part already downloaded is kept.", e);
        }
        if (e instanceof AccessDeniedException || e instanceof ReadOnlyFileSystemException
                || (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("read-only"))) {
            return new SaveException("Aleph Monitor may not write into “" + folder + "”. Choose a folder you can "
                    + "write to, then save again.", e);
        }
        if (e instanceof FileAlreadyExistsException) {
            return new SaveException("“" + folder + "” cannot be used as a folder because a file has that name. "
                    + "Choose another folder, then save again.", e);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SaveException("Could not write the file into “" + folder + "” (" + reason + "). Check the folder, "
                + "then save again.", e);
    }

    private static SaveException exists(Path target) {
        return new SaveException("A file named “" + target.getFileName() + "” already exists in “"
                + target.getParent() + "”. Aleph Monitor never overwrites files; choose another name or move that file.");
    }

    private static boolean isDiskFull(Exception e, Path folder) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space") || message.contains("not enough space") || message.contains("disk full")
                || message.contains("quota")) {
            return true;
        }
        try {
            return folder != null && Files.exists(folder) && Files.getFileStore(folder).getUsableSpace() < Transfer.BUFFER_SIZE;
        } catch (IOException unknown) {
            return false;
        }
    }
}
