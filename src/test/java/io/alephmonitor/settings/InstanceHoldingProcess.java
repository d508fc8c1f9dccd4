package io.alephmonitor.settings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Child-JVM main for the single-instance tests: claims the data folder given as the first
 * argument (handing over the other arguments), prints the outcome, prints every hand-over it
 * receives as {@code RECEIVED id1,id2}, and keeps the folder until its stdin closes.
 */
public final class InstanceHoldingProcess {

    private InstanceHoldingProcess() {
    }

    public static void main(String[] args) throws IOException {
        List<String> ids = Arrays.asList(args).subList(1, args.length);
        try (AppInstanceLock lock = AppInstanceLock.acquireOrHandOver(Path.of(args[0]), ids,
                received -> print("RECEIVED " + String.join(",", received)))) {
            print(lock.outcome().name());
            if (lock.isPrimary()) {
                new BufferedReader(new InputStreamReader(System.in)).readLine();
            }
        }
    }

    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
