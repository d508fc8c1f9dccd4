package io.alephmonitor.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up measurement, off unless asked for by a system property: once the main window shows its
 * stored tasks, {@value #REPORT} prints the wall-clock time its first frame with them was painted
 * ({@value #LINE_PREFIX}epoch-ms) and {@value #EXIT} quits. The benchmarks and the build's AOT
 * training run use them; a bare window in the benchmarks measures itself with {@link #afterPaint}.
 */
public final class FirstFrame {

    public static final String REPORT = "alephmonitor.reportFirstFrame";
    public static final String EXIT = "alephmonitor.exitAfterFirstFrame";
    public static final String LINE_PREFIX = "aleph-first-frame-epoch-ms=";
    /**
     * For the packaged app's AOT training run: before quitting, also select the first task, so the cache holds
     * what a first click builds (the detail pane, built on first selection) and that click is quick too.
     */
    public static final String FIRST_CLICK = "alephmonitor.firstClickBeforeExit";

    /**
     * The frame laid out in the first pulse is handed to the renderer at its end; a pulse that renders
     * waits for the frame before, so by the third pulse the first one's frame is on the screen
     * (conservative by up to two pulses, 33 ms, the same for every window measured this way).
     */
    private static final int PULSES = 3;

    private FirstFrame() {
    }

    /** Called on the FX thread once the main window holds its stored tasks; {@code firstClick} selects a task. */
    static void mainWindowFilled(Runnable firstClick) {
        boolean report = Boolean.getBoolean(REPORT);
        boolean exit = Boolean.getBoolean(EXIT);
        if (report || exit) {
            afterPaint(() -> {
                if (report) {
                    System.out.println(LINE_PREFIX + System.currentTimeMillis());
                    System.out.flush();
                }
                if (exit && Boolean.getBoolean(FIRST_CLICK)) {
                    firstClick.run();
                    afterPaint(Platform::exit);
                } else if (exit) {
                    Platform.exit();
                }
            });
        }
    }

    /** Runs {@code action} on the FX thread once what the scene shows now has been painted. */
    public static void afterPaint(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == PULSES) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
