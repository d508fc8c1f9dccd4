package io.alephmonitor.sim;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs the kie.ai simulator on its own, so any tool can be pointed at it; stops on Ctrl+C. */
public final class SimulatorMain {

    private static final String USAGE = """
            Usage: SimulatorMain [--port N] [--key K] [--run-time SECONDS] [--demo-tasks N] [--demo]

              --port N            port on 127.0.0.1 (default 8089; 0 picks a free one)
              --key K             the API key clients must send as "Authorization: Bearer K" (default sim-key)
              --run-time SECONDS  how long a task runs before it succeeds (default 60)
              --demo-tasks N      add N sample tasks at start and print their IDs
              --demo              add the app's demo mix (finished, failed, running) and print their IDs
              --help              show this text
            """;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimConfig config = SimConfig.defaults().withPort(8089).withRunTime(Duration.ofSeconds(60));
        int demoTasks = 0;
        boolean demoMix = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        System.out.print(USAGE);
                        return;
                    }
                    case "--port" -> config = config.withPort(Integer.parseInt(value(args, ++i)));
                    case "--key" -> config = config.withApiKey(value(args, ++i));
                    case "--run-time" -> config = config.withRunTime(Duration.ofSeconds(Long.parseLong(value(args, ++i))));
                    case "--demo-tasks" -> demoTasks = Integer.parseInt(value(args, ++i));
                    case "--demo" -> demoMix = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }

        KieSimulator sim;
        try {
            sim = KieSimulator.start(config);
        } catch (UncheckedIOException e) {
            System.err.println("Could not listen on 127.0.0.1:" + config.port()
                    + " (is something else using it?). Choose another port with --port.");
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "simulator-shutdown"));

        System.out.println("kie.ai simulator listening on " + sim.baseUri());
        System.out.println("API key: " + sim.apiKey());
        System.out.println("Try: curl -H 'Authorization: Bearer " + sim.apiKey() + "' '"
                + sim.baseUri() + ApiHandler.CREDIT + "'");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < demoTasks; i++) {
            ids.add(sim.newAlephTask(DemoTasks.PROMPTS.get(i % DemoTasks.PROMPTS.size()),
                    sim.baseUri() + FileHandler.PREFIX + "sample.png"));
        }
        if (!ids.isEmpty()) {
            System.out.println("Sample tasks (succeed after " + config.runTime().toSeconds() + " s):");
            ids.forEach(System.out::println);
        }
        if (demoMix) {
            System.out.println("Demo tasks (2 finished, 1 failed by moderation, 3 finishing within 90 s):");
            sim.addDemoTasks().forEach(System.out::println);
        }
        System.out.println("Press Ctrl+C to stop.");
        stopped.await();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
