package io.alephmonitor.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@code settings.json} in the config folder. Blocking: call it off the FX thread. */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /** The settings and, when the file could not be used, a sentence to show the user. */
    public record Loaded(Settings settings, String warning) {
        public boolean hasWarning() {
            return warning != null;
        }
    }

    /**
     * The saved settings, or the defaults when there are none. A file that is not valid settings
     * is moved aside (never deleted) and reported in {@link Loaded#warning()}; this never throws.
     */
    public Loaded load() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException firstStart) {
            return new Loaded(Settings.DEFAULTS, null);
        } catch (IOException e) {
            return new Loaded(Settings.DEFAULTS, "Your settings could not be read from " + file + " ("
                    + e.getMessage() + "), so Aleph Monitor uses the default settings for now.");
        }
        try {
            SettingsFile saved = JSON.readValue(content, SettingsFile.class);
            if (saved == null) {
                throw new IOException("the file holds no settings");
            }
            return new Loaded(saved.toSettings(), null);
        } catch (IOException notSettings) {
            return new Loaded(Settings.DEFAULTS, moveAside());
        }
    }

    private String moveAside() {
        String base = FILE_NAME + ".bad";
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n); // an older bad file is kept too
        }
        try {
            Files.move(file, aside);
            return "Your settings file was damaged, so Aleph Monitor started with the default settings."
                    + " The old file was kept as " + aside + ".";
        } catch (IOException e) {
            return "Your settings file " + file + " was damaged, so Aleph Monitor started with the default"
                    + " settings. Saving settings will replace it.";
        }
    }

    /** Replaces the file whole: a crash while saving leaves the previous settings, never half a file. */
    public void save(Settings settings) throws IOException {
        try {
            OwnerOnlyFiles.writeAtomically(file, JSON.writeValueAsBytes(SettingsFile.of(settings)));
        } catch (IOException e) {
            throw new IOException("Your settings could not be saved to " + file + " (" + e.getMessage()
                    + "). Check that the folder is writable and the disk is not full.", e);
        }
    }

    /** Where the settings live, for the diagnostics text. */
    public Path file() {
        return file;
    }
}
