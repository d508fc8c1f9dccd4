package io.alephmonitor.bench;

import io.alephmonitor.download.Downloader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Saves one URL through the app's {@link Downloader} (the real saving path: .part file, length check,
 * move into place) in its own JVM, sampling the heap every 10 ms. Prints {@value #RESULT}bytes
 * millis heap-before-MiB peak-heap-MiB most-heap-left-by-a-GC-MiB (the peak counts read buffers already done
 * with that the next young GC frees; the last is what the save really holds). An optional second URL is saved
 * first, unmeasured, so the figure is the steady throughput of the saving code, not the JIT compiling it (curl
 * has no warm-up).
 */
public final class SaveProbe {

    public static final String RESULT = "aleph-save=";

    private SaveProbe() {
    }

    public static void main(String[] args) throws Exception {
        URI source = URI.create(args[0]);
        Path target = Path.of(args[1]);
        Files.deleteIfExists(target);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Downloader downloader = new Downloader()) {
            if (args.length > 2) {
                Files.delete(downloader.start(URI.create(args[2]), target).result().join());
            }
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            AtomicLong keptAfterGc = new AtomicLong(heapLeftByLastGc(heapPools));
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    keptAfterGc.accumulateAndGet(heapLeftByLastGc(heapPools), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            Path saved = downloader.start(source, target).result().join();
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            System.out.printf("%s%d %d %.1f %.1f %.1f%n", RESULT, Files.size(saved), millis,
                    before / 1048576.0, peak.get() / 1048576.0, keptAfterGc.get() / 1048576.0);
            Files.delete(saved);
        }
    }

    /** The heap in use after the latest collection: what survived it, garbage not counted. */
    private static long heapLeftByLastGc(List<MemoryPoolMXBean> heapPools) {
        return heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull)
                .mapToLong(MemoryUsage::getUsed).sum();
    }
}
