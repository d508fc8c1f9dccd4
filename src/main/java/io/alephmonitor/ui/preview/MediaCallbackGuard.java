package io.alephmonitor.ui.preview;

import java.util.Objects;

/**
 * Keeps exceptions thrown inside JavaFX's own media callbacks out of the log as stack traces.
 * JavaFX runs a player's state changes on the FX thread; one of them, {@code MediaPlayer.preReady},
 * reads a field the media engine's buffer thread may clear meanwhile, and then throws a
 * NullPointerException and the player never becomes READY. The preview's watchdog replaces such a
 * player, so the exception is logged as one readable INFO line. Everything else goes on to the
 * handler that was there before, unchanged.
 */
final class MediaCallbackGuard implements Thread.UncaughtExceptionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MediaCallbackGuard.class);

    private final Thread.UncaughtExceptionHandler next;

    MediaCallbackGuard(Thread.UncaughtExceptionHandler next) {
        this.next = Objects.requireNonNull(next);
    }

    /** Wraps the current thread's handler (meant for the FX thread); a second call changes nothing. */
    static void installOnCurrentThread() {
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler current = thread.getUncaughtExceptionHandler();
        if (!(current instanceof MediaCallbackGuard)) {
            thread.setUncaughtExceptionHandler(new MediaCallbackGuard(current));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (thrownByMediaEngine(error)) {
            StackTraceElement origin = origin(error);
            LOG.info("A JavaFX media callback failed and was skipped (the preview replaces a player that stays"
                    + " stuck): {} at {}.{}", error, origin.getClassName(), origin.getMethodName());
        } else {
            next.uncaughtException(thread, error);
        }
    }

    /** True when the first frame outside the JDK is JavaFX media code, not the app's own listeners. */
    static boolean thrownByMediaEngine(Throwable error) {
        if (!(error instanceof RuntimeException)) {
            return false;
        }
        StackTraceElement origin = origin(error);
        return origin != null && (origin.getClassName().startsWith("javafx.scene.media.")
                || origin.getClassName().startsWith("com.sun.media.jfxmedia"));
    }

    private static StackTraceElement origin(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String c = frame.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return frame;
            }
        }
        return null;
    }
}
