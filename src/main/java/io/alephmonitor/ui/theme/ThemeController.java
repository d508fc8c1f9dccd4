package io.alephmonitor.ui.theme;

import io.alephmonitor.settings.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

import java.util.Objects;

/**
 * Applies AtlantaFX Primer light or dark to the whole application, following the platform's
 * colour scheme while the choice is SYSTEM, and adds the app's own stylesheet to scenes.
 */
public final class ThemeController {

    /** The app's stylesheet: custom bits styled with AtlantaFX's looked-up colours. */
    public static final String APP_CSS = Objects.requireNonNull(
            ThemeController.class.getResource("/io/alephmonitor/ui/app.css")).toExternalForm();

    private final ObjectProperty<Theme> choice = new SimpleObjectProperty<>(this, "choice", Theme.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ObservableValue<ColorScheme> platformScheme;

    /** Must be created on the FX thread after the toolkit started; applies the theme at once. */
    public ThemeController() {
        this.platformScheme = Platform.getPreferences().colorSchemeProperty();
        platformScheme.addListener((obs, old, now) -> apply());
        choice.addListener((obs, old, now) -> apply());
        apply();
    }

    private void apply() {
        boolean useDark = switch (choice.get() == null ? Theme.SYSTEM : choice.get()) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> platformScheme.getValue() == ColorScheme.DARK;
        };
        dark.set(useDark);
        Application.setUserAgentStylesheet(useDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the app stylesheet to a scene (once). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }

    /** The setting; bind it to the settings model. */
    public ObjectProperty<Theme> choiceProperty() {
        return choice;
    }

    /** Whether the dark theme is in effect now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }
}
