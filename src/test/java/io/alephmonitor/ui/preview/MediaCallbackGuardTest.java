package io.alephmonitor.ui.preview;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MediaCallbackGuardTest {

    private final List<Throwable> passedOn = new ArrayList<>();
    private final MediaCallbackGuard guard = new MediaCallbackGuard((thread, error) -> passedOn.add(error));

    private static RuntimeException thrownAt(RuntimeException error, String... classAndMethod) {
        StackTraceElement[] frames = new StackTraceElement[classAndMethod.length];
        for (int i = 0; i < classAndMethod.length; i++) {
            int dot = classAndMethod[i].lastIndexOf('.');
            frames[i] = new StackTraceElement(classAndMethod[i].substring(0, dot), classAndMethod[i].substring(dot + 1),
                    null, -1);
        }
        error.setStackTrace(frames);
        return error;
    }

    @Test
    void theNullPointerExceptionFromMediaPlayerPreReadyIsLoggedAsOneLineAndGoesNoFurther() {
        RuntimeException race = thrownAt(new NullPointerException("Cannot invoke \"getBufferPosition()\" because"
                        + " \"this.lastBufferEvent\" is null"),
                "javafx.scene.media.MediaPlayer.preReady",
                "javafx.scene.media.MediaPlayer$_PlayerStateListener.lambda$onReady$0",
                "com.sun.javafx.application.PlatformImpl.lambda$runLater$0");

        guard.uncaughtException(Thread.currentThread(), race);

        assertThat(passedOn).isEmpty();
    }

    @Test
    void anExceptionFromTheAppsOwnListenerInsideAMediaCallbackStillGoesOn() {
        RuntimeException ours = thrownAt(new IllegalStateException("bug"),
                "java.util.Objects.requireNonNull",
                "io.alephmonitor.ui.preview.PlayerLifecycle.lambda$attach$3",
                "javafx.scene.media.MediaPlayer.preReady");

        guard.uncaughtException(Thread.currentThread(), ours);

        assertThat(passedOn).containsExactly(ours);
    }

    @Test
    void errorsAndExceptionsFromElsewhereGoOnUnchanged() {
        RuntimeException elsewhere = thrownAt(new NullPointerException(), "javafx.scene.control.Label.setText");
        Error fatal = new OutOfMemoryError();
        fatal.setStackTrace(new StackTraceElement[]{new StackTraceElement("javafx.scene.media.MediaPlayer", "preReady", null, -1)});

        guard.uncaughtException(Thread.currentThread(), elsewhere);
        guard.uncaughtException(Thread.currentThread(), fatal);

        assertThat(passedOn).containsExactly(elsewhere, fatal);
    }

    @Test
    void installingTwiceWrapsTheHandlerOnlyOnce() throws Exception {
        Thread thread = new Thread(() -> {
            MediaCallbackGuard.installOnCurrentThread();
            Thread.UncaughtExceptionHandler first = Thread.currentThread().getUncaughtExceptionHandler();
            MediaCallbackGuard.installOnCurrentThread();
            assertThat(Thread.currentThread().getUncaughtExceptionHandler()).isSameAs(first).isInstanceOf(MediaCallbackGuard.class);
        });
        List<Throwable> failures = new ArrayList<>();
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        thread.start();
        thread.join();

        assertThat(failures).isEmpty();
    }
}
