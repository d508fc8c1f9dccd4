package io.alephmonitor.app;

import io.alephmonitor.download.LibrarySaver;
import io.alephmonitor.download.LibraryOptions;
import io.alephmonitor.download.TextExcerpts;
import io.alephmonitor.download.LinkRenewal;
import io.alephmonitor.download.WebAddress;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.ui.main.DesktopActions;
import io.alephmonitor.ui.detail.DetailActions;
import io.alephmonitor.ui.preview.LinkRenewer;
import io.alephmonitor.ui.preview.TextSource;
import javafx.application.HostServices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * What the windows ask of the operating system and the disk, done here (the ui package does
 * no I/O): opening links and folders through HostServices, file checks on a background thread.
 */
final class DesktopBridge implements DesktopActions, DetailActions {

    private final HostServices host;
    private final TaskTracker tracker;
    private io.alephmonitor.tracking.FollowUps followUps;
    private final Supplier<Path> libraryFolder;
    private final ExecutorService io;
    private final LinkRenewal linkRenewal;
    private final TextExcerpts textExcerpts;
    private volatile Supplier<LibraryOptions> naming = LibraryOptions::defaults;
    private volatile java.util.function.Consumer<io.alephmonitor.model.TrackedTask> remake = task -> { };

    DesktopBridge(HostServices host, TaskTracker tracker, Supplier<Path> libraryFolder, ExecutorService io) {
        this(host, tracker, libraryFolder, io, null);
    }

    /** @param linkRenewal fresh links for expired result links in previews; null: none */
    DesktopBridge(HostServices host, TaskTracker tracker, Supplier<Path> libraryFolder, ExecutorService io,
                  LinkRenewal linkRenewal) {
        this(host, tracker, libraryFolder, io, linkRenewal, null);
    }

    /** @param textExcerpts the start of text results for the detail pane; null: none */
    DesktopBridge(HostServices host, TaskTracker tracker, Supplier<Path> libraryFolder, ExecutorService io,
                  LinkRenewal linkRenewal, TextExcerpts textExcerpts) {
        this.linkRenewal = linkRenewal;
        this.textExcerpts = textExcerpts;
        this.host = host;
        this.tracker = tracker;
        this.libraryFolder = libraryFolder;
        this.io = io;
    }

    /** Suggests names for saves by hand by the task's kind's template of the options in force (default: today's names). */
    DesktopBridge namingBy(Supplier<LibraryOptions> options) {
        this.naming = options;
        return this;
    }

    @Override
    public void showInFolder(Path file) {
        openFolder(file);
    }

    @Override
    public String suggestedFileName(TrackedTask task) {
        return LibrarySaver.suggestedName(task, naming.get());
    }

    @Override
    public Path suggestedFolder(TrackedTask task) {
        return task.savedPath() != null ? task.savedPath().getParent() : libraryFolder.get();
    }

    @Override
    public SaveJob saveVideo(String taskId, Path target) {
        return tracker.save(taskId, target);
    }

    /** Where the detail pane's Regenerate goes (the window's New task, filled from the task). */
    void remakeThrough(java.util.function.Consumer<io.alephmonitor.model.TrackedTask> hook) {
        this.remake = java.util.Objects.requireNonNull(hook);
    }

    @Override
    public void remake(io.alephmonitor.model.TrackedTask task) {
        remake.accept(task);
    }

    /** Where the detail pane's follow-ups go (none: the pane says they are not available). */
    DesktopBridge withFollowUps(io.alephmonitor.tracking.FollowUps followUps) {
        this.followUps = followUps;
        return this;
    }

    @Override
    public java.util.List<TrackedTask> trackedTasks() {
        return tracker.tasks();
    }

    @Override
    public CompletableFuture<String> startFollowUp(io.alephmonitor.model.FollowUp which, TrackedTask parent, String prompt) {
        if (followUps == null) {
            return DetailActions.super.startFollowUp(which, parent, prompt);
        }
        CompletableFuture<String> onFx = new CompletableFuture<>();
        followUps.start(which, parent, prompt).whenComplete((sentence, failure) -> javafx.application.Platform.runLater(
                () -> onFx.complete(failure != null ? "The follow-up could not start: " + failure.getMessage() : sentence)));
        return onFx;
    }

    @Override
    public boolean followUpRunning(String taskId, io.alephmonitor.model.FollowUp which) {
        return followUps != null && followUps.fetching(taskId, which);
    }

    @Override
    public void checkAgain(String taskId) {
        tracker.checkNow(java.util.List.of(taskId));
    }

    @Override
    public void mark(String taskId, java.util.function.UnaryOperator<io.alephmonitor.model.TaskMarks> change) {
        tracker.mark(java.util.List.of(taskId), change);
    }

    @Override
    public CompletableFuture<Boolean> fileExists(Path file) {
        return CompletableFuture.supplyAsync(() -> Files.exists(file), io);
    }

    @Override
    public LinkRenewer linkRenewer() {
        return linkRenewal == null ? null : this::freshLink;
    }

    private CompletableFuture<String> freshLink(String expiredUrl) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return linkRenewal.renew(WebAddress.parseFetchable(expiredUrl)).toString();
            } catch (SaveException noFreshLink) {
                throw new CompletionException(noFreshLink);
            }
        }, io);
    }

    /**
     * The detail pane's {@link TextSource}: the first {@code maxBytes} of a text link (256 KB of a
     * 100 MB file), never the whole file; one that says so when this window has no downloader.
     */
    public TextSource textSource() {
        if (textExcerpts == null) {
            return TextSource.unavailable();
        }
        return (url, maxBytes) -> textExcerpts.firstPart(url, maxBytes)
                .thenApply(e -> new TextSource.Excerpt(e.text(), e.totalBytes(), e.cut()));
    }

    @Override
    public void openFolder(Path file) {
        io.execute(() -> {
            Path folder = Files.isDirectory(file) ? file : file.getParent();
            if (folder != null) {
                host.showDocument(folder.toUri().toString());
            }
        });
    }

    @Override
    public void openInBrowser(String url) {
        host.showDocument(url);
    }
}
