package io.alephmonitor.download;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.tracking.LinkTypes;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Saves one {@link ResultSaves.Item} by its type: a link through the {@link Downloader} (an
 * answer that is a web page or another type of file saves nothing), an untyped link after asking
 * it what it holds (its {@code Content-Type} names the extension), inline text written without any
 * request, and the image beside a video or track (its thumbnail or cover) once the file is saved.
 */
final class ItemSaver {

    /** The extension of an untyped link whose answer names no type either: the bytes are kept as they came. */
    static final String UNKNOWN_EXTENSION = "bin";

    private final Downloader downloader;
    private final LinkProbe probe;

    ItemSaver(Downloader downloader, LinkProbe probe) {
        this.downloader = downloader;
        this.probe = probe;
    }

    /**
     * Starts the item's save under {@code stem} (the task's or the chosen name's).
     *
     * @param target  turns a file name into where it is written
     * @param earlier turns a file name into where a run stopped before recording its save may have
     *                left it complete; null: not looked for
     * @param beside  whether the thumbnail or cover goes beside the file
     * @param expired kie.ai said the link is dead: renew it before fetching
     */
    SaveJob save(ResultSaves.Item item, String stem, Function<String, Path> target, Function<String, Path> earlier,
                 boolean beside, boolean expired) {
        Function<String, Path> adopt = earlier == null ? name -> null : earlier;
        if (item.file() instanceof ResultFile.Text text && text.url() == null) {
            String name = item.name(stem);
            return new DeferredSaveJob(downloader.executor(), () -> SettledSaveJob.alreadySaved(
                    List.of(InlineText.write(text.content(), target.apply(name), adopt.apply(name)))));
        }
        if (item.type() == null) {
            return new DeferredSaveJob(downloader.executor(), () -> {
                LinkTypes.Learnt learnt = ask(item);
                AnswerTypes.requireFits(null, learnt.contentType());
                String name = learnt.type() == null ? FileNames.named(stem, item.suffix(), UNKNOWN_EXTENSION)
                        : item.name(stem, learnt.type(), learnt.contentType());
                return fetch(item, learnt.type(), name, target, adopt, beside, expired);
            });
        }
        return fetch(item, item.type(), item.name(stem), target, adopt, beside, expired);
    }

    private SaveJob fetch(ResultSaves.Item item, ResultType type, String name, Function<String, Path> target,
                          Function<String, Path> earlier, boolean beside, boolean expired) {
        SaveJob main = downloader.start(item.link(), target.apply(name), earlier.apply(name), type, expired);
        if (!beside || item.besideUrl() == null) {
            return main;
        }
        return new VideoWithThumbnailJob(main, saved -> saveBeside(item, saved, expired));
    }

    private SaveJob saveBeside(ResultSaves.Item item, Path saved, boolean expired) {
        String file = saved.getFileName().toString();
        String name = item.file() instanceof ResultFile.Audio ? FileNames.coverFor(file, item.besideUrl())
                : FileNames.thumbnailFor(file, item.besideUrl());
        Path folder = saved.getParent();
        try {
            return downloader.start(WebAddress.parseFetchable(item.besideUrl()), LibrarySaver.targetFor(folder, name),
                    folder.resolve(name), ResultType.IMAGE, expired);
        } catch (SaveException refused) {
            return SettledSaveJob.refused(refused);
        }
    }

    private LinkTypes.Learnt ask(ResultSaves.Item item) throws SaveException {
        try {
            return probe.typeOf(item.file().url()).join();
        } catch (java.util.concurrent.CompletionException wrapped) {
            RuntimeException unanswered = wrapped.getCause() instanceof RuntimeException r ? r : wrapped;
            String reason = unanswered.getCause() != null && unanswered.getCause().getMessage() != null
                    ? unanswered.getCause().getMessage() : String.valueOf(unanswered.getMessage());
            throw new SaveException("The link does not say what it holds, and asking it failed (" + reason
                    + "). Check your connection and save again; nothing was saved.", unanswered);
        }
    }
}
