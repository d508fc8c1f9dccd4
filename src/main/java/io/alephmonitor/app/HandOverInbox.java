package io.alephmonitor.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Task IDs handed over by a second launch. They may arrive before the window exists, so they
 * wait here until the app connects a consumer.
 */
final class HandOverInbox {

    private final List<List<String>> waiting = new ArrayList<>();
    private Consumer<List<String>> consumer;

    synchronized void deliver(List<String> ids) {
        if (consumer == null) {
            waiting.add(List.copyOf(ids));
        } else {
            consumer.accept(List.copyOf(ids));
        }
    }

    synchronized void connect(Consumer<List<String>> target) {
        consumer = target;
        waiting.forEach(target);
        waiting.clear();
    }
}
