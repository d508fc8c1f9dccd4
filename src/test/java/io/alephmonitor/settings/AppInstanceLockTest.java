package io.alephmonitor.settings;

import io.alephmonitor.testsupport.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AppInstanceLockTest {

    @TempDir
    Path dataDir;

    private final BlockingQueue<List<String>> handedOver = new LinkedBlockingQueue<>();
    private final List<AppInstanceLock> opened = new ArrayList<>();

    @AfterEach
    void releaseEverything() throws Exception {
        for (AppInstanceLock lock : opened) {
            lock.close();
        }
    }

    private AppInstanceLock claim(List<String> ids) throws Exception {
        return claim(ids, Duration.ofSeconds(20)); // only waited out when no one answers
    }

    private AppInstanceLock claim(List<String> ids, Duration patience) throws Exception {
        AppInstanceLock lock = AppInstanceLock.acquireOrHandOver(dataDir, ids, handedOver::add, patience);
        opened.add(lock);
        return lock;
    }

    private List<String> nextHandOver() throws InterruptedException {
        List<String> ids = handedOver.poll(10, TimeUnit.SECONDS);
        assertThat(ids).as("a hand-over arrived").isNotNull();
        return ids;
    }

    @Test
    void theFirstInstanceOwnsTheDataFolderAndPublishesWhereToReachIt() throws Exception {
        AppInstanceLock first = claim(List.of());

        assertThat(first.isPrimary()).isTrue();
        assertThat(first.userMessage()).isNull();
        assertThat(Files.readAllLines(dataDir.resolve(AppInstanceLock.PORT_FILE))).hasSize(2);
    }

    @Test
    void aSecondInstanceHandsItsTaskIdsToTheFirstInsteadOfOpeningTheFolder() throws Exception {
        claim(List.of());

        AppInstanceLock second = claim(List.of("task-a", " task-b ", ""));

        assertThat(second.outcome()).isEqualTo(AppInstanceLock.Outcome.HANDED_OVER);
        assertThat(second.userMessage()).contains("already running");
        assertThat(nextHandOver()).containsExactly("task-a", "task-b");
    }

    @Test
    void aSecondLaunchWithoutIdsStillReachesTheFirstSoItCanComeToTheFront() throws Exception {
        claim(List.of());

        assertThat(claim(List.of()).outcome()).isEqualTo(AppInstanceLock.Outcome.HANDED_OVER);
        assertThat(nextHandOver()).isEmpty();
    }

    @Test
    void aCallerWithoutTheTokenIsTurnedAwayAndTheListenerKeepsWorking() throws Exception {
        claim(List.of());
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve(AppInstanceLock.PORT_FILE)).getFirst());

        try (Socket intruder = new Socket(InetAddress.getLoopbackAddress(), port)) {
            intruder.getOutputStream().write("wrong-token\nevil-id\n".getBytes(StandardCharsets.UTF_8));
            intruder.shutdownOutput();
            var reply = new BufferedReader(new InputStreamReader(intruder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(reply.readLine()).as("no acknowledgement").isNull();
        }
        claim(List.of("good-id"));

        // Hand-overs are served one at a time, so the intruder's would have come first.
        assertThat(nextHandOver()).containsExactly("good-id");
    }

    @Test
    void aRunningInstanceThatDoesNotAnswerIsReportedNotTakenOver() throws Exception {
        claim(List.of());
        int deadPort;
        try (ServerSocket nobody = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = nobody.getLocalPort();
        }
        Files.writeString(dataDir.resolve(AppInstanceLock.PORT_FILE), deadPort + "\nsome-token\n");

        AppInstanceLock second = claim(List.of("task-a"), Duration.ZERO);

        assertThat(second.outcome()).isEqualTo(AppInstanceLock.Outcome.OTHER_INSTANCE_UNREACHABLE);
        assertThat(second.isPrimary()).isFalse();
        assertThat(second.userMessage()).contains("did not respond").contains(dataDir.toString());
    }

    @Test
    void closingTheFirstInstanceLetsTheNextOneOwnTheFolder() throws Exception {
        AppInstanceLock first = claim(List.of());
        first.close();

        assertThat(dataDir.resolve(AppInstanceLock.PORT_FILE)).doesNotExist();
        assertThat(claim(List.of()).isPrimary()).isTrue();
    }

    @Test
    void theLockExcludesAnotherProcessAndDiesWithItsOwner() throws Exception {
        try (ChildJvm other = ChildJvm.start(InstanceHoldingProcess.class, dataDir.toString())) {
            assertThat(other.readLine()).isEqualTo("PRIMARY");

            AppInstanceLock here = claim(List.of("from-parent-1", "from-parent-2"));

            assertThat(here.outcome()).isEqualTo(AppInstanceLock.Outcome.HANDED_OVER);
            assertThat(other.readLine()).isEqualTo("RECEIVED from-parent-1,from-parent-2");

            other.killHard();
        }

        // kill -9 ran no clean-up: the OS released the lock, and the stale port file is replaced.
        AppInstanceLock after = claim(List.of());
        assertThat(after.isPrimary()).isTrue();
    }

    @Test
    void anotherProcessStartedSecondHandsOverToThisOne() throws Exception {
        assertThat(claim(List.of()).isPrimary()).isTrue();

        try (ChildJvm other = ChildJvm.start(InstanceHoldingProcess.class, dataDir.toString(), "child-id")) {
            assertThat(other.readLine()).isEqualTo("HANDED_OVER");
            assertThat(other.waitForExit()).isZero();
        }
        assertThat(nextHandOver()).containsExactly("child-id");
    }
}
