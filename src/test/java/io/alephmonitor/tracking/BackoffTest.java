package io.alephmonitor.tracking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(10);
    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    void delaysDoubleWithEachFailureUntilTheCap() {
        Backoff backoff = new Backoff(BASE, CAP, 0.2, () -> 0.0);

        List<Long> seconds = new ArrayList<>();
        for (int failures = 1; failures <= 8; failures++) {
            seconds.add(backoff.delay(failures).toSeconds());
        }

        assertThat(seconds).containsExactly(10L, 20L, 40L, 80L, 160L, 300L, 300L, 300L);
    }

    @Test
    void jitterOnlyShortensADelayAndByAtMostTheJitterFraction() {
        Random random = new Random(42);
        Backoff backoff = new Backoff(BASE, CAP, 0.2, random::nextDouble);

        for (int failures = 1; failures <= 12; failures++) {
            long unjittered = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(failures - 1, 20));
            for (int i = 0; i < 50; i++) {
                assertThat(backoff.delay(failures).toMillis())
                        .isBetween(Math.round(unjittered * 0.8), unjittered);
            }
        }
    }

    @Test
    void jitterSpreadsTasksThatFailedTogether() {
        Random random = new Random(7);
        Backoff backoff = new Backoff(BASE, CAP, 0.2, random::nextDouble);

        List<Duration> sameFailureCount = new ArrayList<>();
        for (int task = 0; task < 20; task++) {
            sameFailureCount.add(backoff.delay(3));
        }

        assertThat(sameFailureCount.stream().distinct().count()).isGreaterThan(10);
    }

    @Test
    void aHugeFailureCountStaysAtTheCap() {
        Backoff backoff = new Backoff(BASE, CAP, 0.0, () -> 0.5);

        assertThat(backoff.delay(1_000)).isEqualTo(CAP);
        assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(CAP);
    }
}
