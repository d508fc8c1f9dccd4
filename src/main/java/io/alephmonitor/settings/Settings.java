package io.alephmonitor.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The user's preferences, immutable: change one with a {@code with…} method and save the result
 * with {@link SettingsStore}. Never holds the API key (see {@link ApiKeyStore}).
 *
 * @param pollInterval     how often each active task is checked; always within 10 s – 10 min
 * @param autoSave         save every finished video into the library folder without a click
 * @param libraryDir       where videos are saved; null means {@link AppFolders#libraryDir()}
 * @param theme            light, dark or follow the system
 * @param apiBase          the kie.ai API's base URL (for a proxy); null means kie.ai itself
 * @param notifications    tell the user when a task finishes or fails
 * @param window           the main window's last bounds; null until it was first closed
 * @param dividerPositions split pane divider positions (0–1) by split name
 * @param columns          the task table's columns in display order, with their widths
 * @param sortOrder        the task table's sort, most significant first
 * @param defaultKind      the kind pasted IDs are added as: a task kind's id, or {@link #DETECT_KIND}
 * @param nameTemplate     how saved files and folders are named (see the download layer's NameTemplate);
 *                         null means the names saves always had
 * @param sidecars         write a {@code NAME.EXT.aleph.json} with the task's prompt and parameters beside every saved file
 * @param fileTags         write the task's prompt and ID into every saved file whose format has room for it
 * @param nameTemplates    a kind family's own naming template by family id (e.g. "suno"); a family without one
 *                         uses {@code nameTemplate}
 * @param closeToTray      closing the window leaves the app in the tray, still checking (where there is a tray)
 * @param proxy            how connections reach the internet (the system's proxy by default); its password is not here
 * @param updates          the opt-in update check: whether the user agreed, and when the feed was last asked
 */
public record Settings(Duration pollInterval, boolean autoSave, Path libraryDir, Theme theme, String apiBase,
                       boolean notifications, WindowBounds window, Map<String, Double> dividerPositions,
                       List<ColumnLayout> columns, List<SortKey> sortOrder, String defaultKind,
                       String nameTemplate, boolean sidecars, boolean fileTags,
                       Map<String, String> nameTemplates, boolean closeToTray, ProxySetting proxy, UpdateChoice updates) {

    public static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(10);
    public static final Duration MAX_POLL_INTERVAL = Duration.ofMinutes(10);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);

    /** The default kind meaning "detect each pasted ID's kind" (the tracker's auto kind). */
    public static final String DETECT_KIND = "auto";

    /** What a first start uses. */
    public static final Settings DEFAULTS = new Settings(DEFAULT_POLL_INTERVAL, false, null, Theme.SYSTEM, null,
            true, null, Map.of(), List.of(), List.of(), DETECT_KIND, null, true, true, Map.of(), false,
            ProxySetting.SYSTEM, UpdateChoice.NOT_ASKED);

    public Settings {
        pollInterval = clamp(pollInterval);
        theme = Objects.requireNonNullElse(theme, Theme.SYSTEM);
        apiBase = apiBase == null || apiBase.isBlank() ? null : apiBase.strip();
        dividerPositions = withoutNulls(dividerPositions);
        columns = columns == null ? List.of() : columns.stream().filter(Objects::nonNull).toList();
        sortOrder = sortOrder == null ? List.of() : sortOrder.stream().filter(Objects::nonNull).toList();
        defaultKind = defaultKind == null || defaultKind.isBlank() ? DETECT_KIND : defaultKind.strip();
        nameTemplate = nameTemplate == null || nameTemplate.isBlank() ? null : nameTemplate.strip();
        nameTemplates = templatesOnly(nameTemplates);
        proxy = Objects.requireNonNullElse(proxy, ProxySetting.SYSTEM);
        updates = Objects.requireNonNullElse(updates, UpdateChoice.NOT_ASKED);
    }

    /** The main window's position and size, in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** One table column: its id (stable, not the header text), width in pixels, and whether it is shown. */
    public record ColumnLayout(String id, double width, boolean visible) {
    }

    /** One level of the table's sort. */
    public record SortKey(String columnId, boolean ascending) {
    }

    public Settings withPollInterval(Duration interval) {
        return with(f -> f.pollInterval = interval);
    }

    public Settings withAutoSave(boolean on) {
        return with(f -> f.autoSave = on);
    }

    public Settings withLibraryDir(Path dir) {
        return with(f -> f.libraryDir = dir);
    }

    public Settings withTheme(Theme newTheme) {
        return with(f -> f.theme = newTheme);
    }

    public Settings withApiBase(String base) {
        return with(f -> f.apiBase = base);
    }

    public Settings withNotifications(boolean on) {
        return with(f -> f.notifications = on);
    }

    public Settings withCloseToTray(boolean on) {
        return with(f -> f.closeToTray = on);
    }

    public Settings withWindow(WindowBounds bounds) {
        return with(f -> f.window = bounds);
    }

    /** These settings with one split's divider position set (others kept). */
    public Settings withDividerPosition(String split, double position) {
        Map<String, Double> positions = new HashMap<>(dividerPositions);
        positions.put(split, position);
        return with(f -> f.dividerPositions = positions);
    }

    public Settings withColumns(List<ColumnLayout> layout) {
        return with(f -> f.columns = layout);
    }

    public Settings withSortOrder(List<SortKey> order) {
        return with(f -> f.sortOrder = order);
    }

    /** These settings with the kind pasted IDs are added as (a kind's id, or {@link #DETECT_KIND}). */
    public Settings withDefaultKind(String kind) {
        return with(f -> f.defaultKind = kind);
    }

    /** These settings with this naming template (null or blank: the names saves always had). */
    public Settings withNameTemplate(String template) {
        return with(f -> f.nameTemplate = template);
    }

    public Settings withSidecars(boolean on) {
        return with(f -> f.sidecars = on);
    }

    /** These settings with the prompt written into saved files, or not. */
    public Settings withFileTags(boolean on) {
        return with(f -> f.fileTags = on);
    }

    /** These settings with these families' own templates (a blank one: the family uses the general template). */
    public Settings withNameTemplates(Map<String, String> byFamily) {
        return with(f -> f.nameTemplates = byFamily);
    }

    public Settings withProxy(ProxySetting choice) {
        return with(f -> f.proxy = choice);
    }

    public Settings withUpdates(UpdateChoice choice) {
        return with(f -> f.updates = choice);
    }

    /** A copy with what {@code change} sets changed: the with… methods' one list of every field. */
    private Settings with(Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return new Settings(f.pollInterval, f.autoSave, f.libraryDir, f.theme, f.apiBase, f.notifications, f.window,
                f.dividerPositions, f.columns, f.sortOrder, f.defaultKind, f.nameTemplate, f.sidecars,
                f.fileTags, f.nameTemplates, f.closeToTray, f.proxy, f.updates);
    }

    /** The fields of one copy being made, set from the settings it copies. */
    private static final class Fields {
        Duration pollInterval;
        boolean autoSave;
        Path libraryDir;
        Theme theme;
        String apiBase;
        boolean notifications;
        WindowBounds window;
        Map<String, Double> dividerPositions;
        List<ColumnLayout> columns;
        List<SortKey> sortOrder;
        String defaultKind;
        String nameTemplate;
        boolean sidecars;
        boolean fileTags;
        Map<String, String> nameTemplates;
        boolean closeToTray;
        ProxySetting proxy;
        UpdateChoice updates;

        Fields(Settings s) {
            pollInterval = s.pollInterval;
            autoSave = s.autoSave;
            libraryDir = s.libraryDir;
            theme = s.theme;
            apiBase = s.apiBase;
            notifications = s.notifications;
            window = s.window;
            dividerPositions = s.dividerPositions;
            columns = s.columns;
            sortOrder = s.sortOrder;
            defaultKind = s.defaultKind;
            nameTemplate = s.nameTemplate;
            sidecars = s.sidecars;
            fileTags = s.fileTags;
            nameTemplates = s.nameTemplates;
            closeToTray = s.closeToTray;
            proxy = s.proxy;
            updates = s.updates;
        }
    }

    /** The interval the user asked for, moved into the range the app allows. */
    public static Duration clamp(Duration interval) {
        if (interval == null) {
            return DEFAULT_POLL_INTERVAL;
        }
        if (interval.compareTo(MIN_POLL_INTERVAL) < 0) {
            return MIN_POLL_INTERVAL;
        }
        return interval.compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : interval;
    }

    // Sorted, so settings.json lists the families the same way every time.
    private static Map<String, String> templatesOnly(Map<String, String> map) {
        Map<String, String> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && !k.isBlank() && v != null && !v.isBlank()) {
                    copy.put(k.strip(), v.strip());
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Double> withoutNulls(Map<String, Double> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Double> copy = new HashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Map.copyOf(copy);
    }
}
