package io.alephmonitor.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape of settings.json. Every field is optional so a file from an older version
 * (or edited by hand) loads with defaults for whatever is missing.
 */
record SettingsFile(Integer version, Long pollIntervalSeconds, Boolean autoSave, String libraryDir, String theme,
                    String apiBase, Boolean notifications, Settings.WindowBounds window,
                    Map<String, Double> dividerPositions, List<Settings.ColumnLayout> columns,
                    List<Settings.SortKey> sortOrder, String defaultKind, String nameTemplate, Boolean sidecars,
                    Boolean fileTags, JsonNode nameTemplates, Boolean closeToTray, Proxy proxy, Updates updates) {

    /** The proxy as kept in the file: never its password. */
    record Proxy(String mode, String host, Integer port, String user) {
    }

    /** The update check's consent and last check (ISO-8601). */
    record Updates(Boolean allowed, String lastCheck) {
    }

    /** Bumped when a field changes meaning; new optional fields need no bump. */
    static final int CURRENT_VERSION = 1;

    static SettingsFile of(Settings s) {
        return new SettingsFile(CURRENT_VERSION, s.pollInterval().toSeconds(), s.autoSave(),
                s.libraryDir() == null ? null : s.libraryDir().toString(), s.theme().name(), s.apiBase(),
                s.notifications(), s.window(), s.dividerPositions(), s.columns(), s.sortOrder(), s.defaultKind(),
                s.nameTemplate(), s.sidecars(), s.fileTags(), templatesNode(s.nameTemplates()),
                s.closeToTray(),
                new Proxy(s.proxy().mode().name(), s.proxy().host(), s.proxy().port() == 0 ? null : s.proxy().port(),
                        s.proxy().user()),
                new Updates(s.updates().allowed(),
                        s.updates().lastCheck() == null ? null : s.updates().lastCheck().toString()));
    }

    Settings toSettings() {
        Settings d = Settings.DEFAULTS;
        return new Settings(
                pollIntervalSeconds == null ? d.pollInterval() : Duration.ofSeconds(pollIntervalSeconds),
                autoSave == null ? d.autoSave() : autoSave,
                path(libraryDir),
                theme(theme),
                apiBase,
                notifications == null ? d.notifications() : notifications,
                window, dividerPositions, columns, sortOrder, defaultKind, nameTemplate,
                sidecars == null ? d.sidecars() : sidecars,
                fileTags == null ? d.fileTags() : fileTags,
                templates(nameTemplates),
                closeToTray == null ? d.closeToTray() : closeToTray,
                proxy == null ? null : new ProxySetting(ProxySetting.Mode.named(proxy.mode()), proxy.host(),
                        proxy.port() == null ? 0 : proxy.port(), proxy.user()),
                updates == null ? null : new UpdateChoice(updates.allowed(), instant(updates.lastCheck())));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null; // checked again, which is harmless
        }
    }

    // A map of template texts; any other shape (edited by hand) is left out rather than losing every setting.
    private static Map<String, String> templates(JsonNode node) {
        Map<String, String> byFamily = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isTextual()) {
                    byFamily.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return byFamily;
    }

    private static JsonNode templatesNode(Map<String, String> byFamily) {
        if (byFamily.isEmpty()) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        byFamily.forEach(node::put);
        return node;
    }

    private static Theme theme(String name) {
        if (name == null) {
            return Theme.SYSTEM;
        }
        try {
            return Theme.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Theme.SYSTEM; // a theme a newer version added
        }
    }

    private static Path path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
