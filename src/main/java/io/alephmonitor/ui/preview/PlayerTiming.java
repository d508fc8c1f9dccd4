package io.alephmonitor.ui.preview;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.util.Objects;

/**
 * When a preview builds and gives up on media players. A player is built only once the selection
 * has rested for {@code settle} (holding an arrow key down through the list builds none on the
 * way), and one that is not READY within {@code readyTimeout} is replaced once, then reported.
 *
 * @param settle       how long a link must stay selected before its player is built
 * @param readyTimeout how long a player may take to become READY
 * @param timers       runs the delayed steps on the FX thread (tests pass a hand-driven one)
 */
public record PlayerTiming(Duration settle, Duration readyTimeout, Timers timers) {

    /** A quarter second of rest (well above key repeat), twelve seconds to become READY, JavaFX timers. */
    public static PlayerTiming standard() {
        return new PlayerTiming(Duration.millis(250), Duration.seconds(12), Timers.fx());
    }

    public PlayerTiming {
        Objects.requireNonNull(settle);
        Objects.requireNonNull(readyTimeout);
        Objects.requireNonNull(timers);
    }

    /** Runs an action on the FX thread after a delay, without blocking it. */
    @FunctionalInterface
    public interface Timers {

        /** Schedules {@code action}; called on the FX thread, runs it there unless cancelled first. */
        Scheduled after(Duration delay, Runnable action);

        /** JavaFX animation timers ({@link PauseTransition}). */
        static Timers fx() {
            return (delay, action) -> {
                PauseTransition pause = new PauseTransition(delay);
                pause.setOnFinished(e -> action.run());
                pause.play();
                return pause::stop;
            };
        }
    }

    /** A scheduled action that can still be called off. */
    @FunctionalInterface
    public interface Scheduled {
        void cancel();
    }
}
