package io.alephmonitor.kie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The task kinds the app knows, looked up by their stored id. New kinds plug in by being listed
 * here (see {@link #standard()}); the client and the engine only ever see {@link TaskKind}.
 */
public final class TaskKinds {

    private final Map<String, TaskKind> byId = new LinkedHashMap<>();
    private final TaskKind defaultKind;

    /** A registry of these kinds; the first one is the default. */
    public TaskKinds(List<? extends TaskKind> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("At least one task kind is needed");
        }
        for (TaskKind kind : kinds) {
            if (byId.putIfAbsent(Objects.requireNonNull(kind.id()), kind) != null) {
                throw new IllegalArgumentException("Two task kinds share the id " + kind.id());
            }
        }
        this.defaultKind = kinds.getFirst();
    }

    /** Every kind the app ships with, Aleph first (the default). */
    public static TaskKinds standard() {
        return new TaskKinds(List.of(new AlephKind(), new RunwayKind(), new VeoKind(), new MarketKind(),
                new FluxKontextKind(), new Gpt4oImageKind(), new MidjourneyKind(),
                new SunoKind(), new SunoVideoKind(), new SunoWavKind(), new SunoStemsKind(), new SunoMidiKind(),
                new SunoLyricsKind(), new SunoCoverKind(),
                new LumaKind()));
    }

    /** The kind stored under {@code id}, if known. */
    public Optional<TaskKind> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The kind stored under {@code id}, or the default when the id is unknown or null (e.g. older data). */
    public TaskKind byIdOrDefault(String id) {
        return byId(id).orElse(defaultKind);
    }

    /** All kinds, default first. */
    public List<TaskKind> all() {
        return List.copyOf(byId.values());
    }

    /** The kind used when the user does not pick one. */
    public TaskKind defaultKind() {
        return defaultKind;
    }

    /** The kinds whose ID format accepts {@code taskId}, in registry order. */
    public List<TaskKind> accepting(String taskId) {
        return byId.values().stream().filter(kind -> kind.isValidId(taskId)).toList();
    }
}
