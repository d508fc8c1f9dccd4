package io.alephmonitor.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes small files whole (temp file + atomic rename), readable only by their owner where the OS allows. */
final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    static boolean posixPermissionsSupported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Replaces {@code target} with {@code content} so that a crash leaves the old file or the new
     * one, never half of either. On POSIX systems the file is created 600 (never briefly wider);
     * elsewhere it inherits the folder's permissions (the user's own profile on Windows).
     */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = posixPermissionsSupported()
                ? Files.createTempFile(dir, target.getFileName() + ".", ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
                : Files.createTempFile(dir, target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, content);
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true); // the rename must not reach the disk before the bytes do
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Narrows an existing file to owner-only, where POSIX permissions exist. */
    static void restrictToOwner(Path file) throws IOException {
        if (posixPermissionsSupported() && !Files.getPosixFilePermissions(file).equals(OWNER_READ_WRITE)) {
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
        }
    }
}
