package io.alephmonitor.ui.detail;

import io.alephmonitor.tracking.SaveJob;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;

/** Progress of the shown task's running save, in words and as a fraction; Cancel stops it. No controls. */
final class SaveProgressViewModel {

    /** Progress shown while the size of the file is not known yet (as a progress bar takes it). */
    static final double UNKNOWN = -1;

    private final ReadOnlyObjectWrapper<SaveJob> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    /** Follows this save; null: none runs. */
    void watch(SaveJob running) {
        job.set(running);
        refresh();
    }

    /** Reads the save's bytes again (the view calls this a few times a second while one runs). */
    void refresh() {
        SaveJob running = job.get();
        if (running == null) {
            return;
        }
        long done = running.bytesDone();
        long total = running.bytesTotal();
        if (total > 0) {
            double part = Math.clamp((double) done / total, 0, 1);
            fraction.set(part);
            text.set("%s of %s (%d %%)".formatted(bytes(done), bytes(total), Math.round(part * 100)));
        } else {
            fraction.set(UNKNOWN);
            text.set(bytes(done));
        }
    }

    /** Cancels the running save, if any. */
    void cancel() {
        SaveJob running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    /** Bytes for people: "812 KB", "12.4 MB". */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return "%d KB".formatted(n / 1024);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }

    /** The running save; null while none runs. */
    ReadOnlyObjectProperty<SaveJob> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** From 0 to 1, or {@link #UNKNOWN}. */
    ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** "1.0 MB of 4.0 MB (25 %)", or just the bytes so far while the size is unknown. */
    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
