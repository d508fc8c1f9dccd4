package io.alephmonitor.app;

import io.alephmonitor.bench.SearchCorpus;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.tracking.TrackingService;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Typing in the filter field of the real main window (1280×800) over 100,000 stored tasks: for each keystroke,
 * the time from the moment the filter field asks the history (after its 100 ms debounce, which is excluded) to the
 * end of the first pulse whose layout shows the answer's rows; and the in-memory path (keystroke to the first
 * laid-out pulse). {@link FxStallWatchdog} watches the FX thread throughout. Prints
 * {@value #RESULT}median-ms max-ms longest-wait-ms longest-work-ms in-memory-median-ms, then each keystroke.
 */
public final class SearchTypingProbe extends Application {

    public static final String RESULT = "aleph-search-typing-ms=";
    private static final int TASKS = 100_000;
    /** A person typing fast: five keystrokes a second (longer than the debounce, so each one is searched). */
    private static final long KEYSTROKE_GAP_MS = 200;
    private static final List<String> TYPED = List.of("lighthouse", " harbour", "\u0008".repeat(8), " misty valley");

    /** Plain main, so JavaFX starts from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(SearchTypingProbe.class, args);
        }
    }

    /** One keystroke's times (System.nanoTime), filled on the FX thread. */
    private static final class Keystroke {
        final String text;
        final long typed;
        volatile long firstPulse;
        volatile long asked;
        volatile long answered;
        volatile long shown;

        Keystroke(String text, long typed) {
            this.text = text;
            this.typed = typed;
        }
    }

    private final List<Keystroke> keys = new ArrayList<>();
    private volatile Keystroke current;
    private TextField field;

    @Override
    public void start(Stage stage) throws Exception {
        KieSimulator sim = KieSimulator.start(SimConfig.defaults());
        Path dataDir = Files.createTempDirectory("aleph-bench-search-typing");
        SqliteTaskStore store = SqliteTaskStore.open(dataDir);
        long filling = System.nanoTime();
        SearchCorpus.fill(store, TASKS);
        System.out.printf("%d tasks stored and indexed in %.1f s%n", TASKS, (System.nanoTime() - filling) / 1e9);
        HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
                () -> ApiKey.of(sim.apiKey()), Clock.systemUTC());
        TrackingService real = TrackingService.builder(store, client, TaskKinds.standard().all()).build();
        TaskTracker tracker = timed(real);
        ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
        DesktopBridge desktop = new DesktopBridge(null, tracker, () -> dataDir.resolve("library"), io);
        new ThemeController();
        MainView view = MainView.build(tracker, desktop, false);
        view.window().notificationsEnabledProperty().set(false);
        Scene scene = new Scene(view.window(), 1280, 800);
        ThemeController.style(scene);
        scene.addPostLayoutPulseListener(this::pulse);
        stage.setScene(scene);
        stage.setTitle("Aleph Monitor");
        stage.show();
        real.start();
        field = (TextField) scene.lookup("#filterField");
        Thread.ofPlatform().daemon().name("search-typing-probe").start(() -> {
            try {
                measure(view);
            } catch (Exception e) {
                e.printStackTrace(System.out);
            } finally {
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        });
    }

    /** The tracker as the window sees it, noting when each search is asked and when its answer reaches the FX thread. */
    private TaskTracker timed(TaskTracker real) {
        return (TaskTracker) Proxy.newProxyInstance(TaskTracker.class.getClassLoader(), new Class<?>[] {TaskTracker.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("search") && args.length == 1 && args[0] instanceof SearchQuery) {
                        Keystroke k = current;
                        if (k != null) {
                            k.asked = System.nanoTime();
                            // registered before the window's own completion handler: it runs first, on the FX thread
                            return ((CompletableFuture<?>) result).whenComplete((ids, failure) -> {
                                k.answered = System.nanoTime();
                            });
                        }
                    }
                    return result;
                });
    }

    /** After each pulse's layout: the first one after a keystroke, and the first one after its answer. */
    private void pulse() {
        Keystroke k = current;
        if (k == null) {
            return;
        }
        long now = System.nanoTime();
        if (k.firstPulse == 0) {
            k.firstPulse = now;
        }
        if (k.answered != 0 && k.shown == 0) {
            k.shown = now;
        }
    }

    private void measure(MainView view) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (onFx(() -> view.window().model().rows().size()) < TASKS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the tasks did not reach the table");
            }
            Thread.sleep(100);
        }
        Thread.sleep(2_000);
        type("warm up", 0); // a first round that warms the code paths, not counted
        onFx(() -> {
            field.clear();
            return null;
        });
        Thread.sleep(1_000);
        keys.clear();
        try (FxStallWatchdog watchdog = new FxStallWatchdog(20)) {
            watchdog.mark("typing over " + TASKS + " tasks");
            for (String part : TYPED) {
                type(part, KEYSTROKE_GAP_MS);
            }
            Thread.sleep(1_000);
            watchdog.close();
            List<Long> searched = new ArrayList<>();
            List<Long> inMemory = new ArrayList<>();
            for (Keystroke k : keys) {
                inMemory.add(ms(k.firstPulse - k.typed));
                if (k.asked != 0 && k.shown != 0) {
                    searched.add(ms(k.shown - k.asked));
                }
                System.out.printf("  \"%s\": in memory %d ms; %s%n", k.text, ms(k.firstPulse - k.typed),
                        k.asked == 0 ? "not searched (one letter, or overtaken)" : k.shown == 0 ? "answer not shown"
                                : "asked " + ms(k.asked - k.typed) + " ms after the keystroke, shown "
                                + ms(k.shown - k.asked) + " ms after asking (answer " + ms(k.answered - k.asked) + " ms)");
            }
            System.out.println(RESULT + median(searched) + " " + searched.stream().mapToLong(Long::longValue).max()
                    .orElse(-1) + " " + watchdog.maxWaitMillis() + " " + watchdog.maxWorkMillis() + " " + median(inMemory));
            System.out.println(watchdog.report());
        }
    }

    /** Types each character as a keystroke ("\b" erases one), {@code gapMs} apart. */
    private void type(String text, long gapMs) throws Exception {
        for (char c : text.toCharArray()) {
            CountDownLatch typed = new CountDownLatch(1);
            Platform.runLater(() -> {
                String now = c == '\b' ? field.getText().substring(0, Math.max(0, field.getText().length() - 1))
                        : field.getText() + c;
                Keystroke k = new Keystroke(now, System.nanoTime());
                keys.add(k);
                current = k;
                if (c == '\b') {
                    field.deletePreviousChar();
                } else {
                    field.appendText(String.valueOf(c));
                }
                typed.countDown();
            });
            typed.await();
            Thread.sleep(gapMs);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
