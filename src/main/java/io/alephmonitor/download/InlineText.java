package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a text result kie.ai gave inline (no link to fetch) the way a {@link Transfer} writes a
 * download: into {@code NAME.part}, then renamed into place in one step, never over an existing file.
 */
final class InlineText {

    private InlineText() {
    }

    /**
     * Writes {@code content} as UTF-8 into {@code target}; when {@code earlierSave} already holds
     * exactly this text (a save an earlier run did not record), that file is the save instead.
     */
    static Path write(String content, Path target, Path earlierSave) throws SaveException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (earlierSave != null && holds(earlierSave, bytes)) {
            return earlierSave;
        }
        DiskWrites.requireFreeToCreate(target);
        Path part = FileNames.partFileOf(target);
        try {
            Files.write(part, bytes);
        } catch (IOException e) {
            throw DiskWrites.problem(e, part);
        }
        return DiskWrites.moveIntoPlace(part, target);
    }

    private static boolean holds(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
