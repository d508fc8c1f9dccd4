package io.alephmonitor.ui.detail;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** Asks the user where to save a video; replaceable so tests need no native dialog. */
@FunctionalInterface
public interface SaveTargetChooser {

    /** The chosen file, or null when the user cancelled. */
    Path choose(Window owner, String suggestedName, Path folder);

    /** The platform's save dialog, filtered to MP4 videos. */
    static SaveTargetChooser fileChooser() {
        return (owner, suggestedName, folder) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save video");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MP4 video", "*.mp4"));
            // The app passes an existing folder; the platform falls back to its default otherwise.
            if (folder != null) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        };
    }
}
