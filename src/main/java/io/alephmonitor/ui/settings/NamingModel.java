package io.alephmonitor.ui.settings;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The naming part of the settings: the general ("All kinds") template, a template per kind family,
 * the family being edited and the template shown for it, its live preview, and what cannot work.
 * An empty family template means the family uses the general one.
 */
public final class NamingModel {

    private final StringProperty general = new SimpleStringProperty(this, "nameTemplate", "");
    private final ObservableMap<String, String> byFamily = FXCollections.observableHashMap();
    private final ObservableList<NamingFamily> families = FXCollections.observableArrayList(NamingFamily.ALL_KINDS);
    private final ObjectProperty<NamingFamily> family = new SimpleObjectProperty<>(this, "family",
            NamingFamily.ALL_KINDS);
    private final StringProperty shown = new SimpleStringProperty(this, "shownTemplate", "");
    private final ObjectProperty<Function<String, String>> previewer =
            new SimpleObjectProperty<>(this, "namePreviewer", template -> "");
    private final ObjectProperty<BiFunction<String, String, String>> kindPreviewer =
            new SimpleObjectProperty<>(this, "kindPreviewer");

    private final Observable[] inputs = {general, byFamily, families, family, previewer, kindPreviewer};
    private final StringBinding error = Bindings.createStringBinding(this::firstProblem, inputs);
    private final StringBinding preview = Bindings.createStringBinding(this::shownPreview, inputs);

    NamingModel() {
        shown.addListener((obs, was, now) -> store(now));
        family.addListener((obs, was, now) -> shown.set(textOf(now)));
        general.addListener((obs, was, now) -> {
            if (chosen().general()) {
                shown.set(now);
            }
        });
        byFamily.addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(chosen().id())) {
                shown.set(textOf(chosen()));
            }
        });
    }

    /** The general template ("All kinds"), e.g. {@code {prompt}-{id}.{ext}}; empty = the names saves always had. */
    public StringProperty generalProperty() { return general; }

    /** The families' own templates by family id; a family not in it uses the general template. */
    public ObservableMap<String, String> byFamily() { return byFamily; }

    /** The chooser's entries: {@link NamingFamily#ALL_KINDS} first, then the families (set by the app). */
    public ObservableList<NamingFamily> families() { return families; }

    /** The family whose template is shown and edited. */
    public ObjectProperty<NamingFamily> familyProperty() { return family; }

    /** The chosen family's template as typed (empty for a family: it uses the general one). */
    public StringProperty shownProperty() { return shown; }

    /** Set by the app: a template's path for a sample task, or an IllegalArgumentException saying why it cannot work. */
    public ObjectProperty<Function<String, String>> previewerProperty() { return previewer; }

    /** Set by the app: (family id, template) → the path for a sample task of that family; unset: {@link #previewerProperty}. */
    public ObjectProperty<BiFunction<String, String, String>> kindPreviewerProperty() { return kindPreviewer; }

    /** Why a template cannot work, naming the family when it is not the one shown; null when all can. */
    public ObservableStringValue error() { return error; }

    /** Where the chosen family's template (or the general one it uses) saves a sample task; empty while it cannot work. */
    public ObservableStringValue preview() { return preview; }

    /** True when the chosen family has no template of its own and uses the general one. */
    public boolean usesGeneral() {
        return !chosen().general() && (shown.get() == null || shown.get().isBlank());
    }

    /** Puts the chosen family's suggested template into the field. */
    public void useSuggested() {
        shown.set(chosen().suggestion());
    }

    private NamingFamily chosen() {
        return family.get() == null ? NamingFamily.ALL_KINDS : family.get();
    }

    private String textOf(NamingFamily f) {
        NamingFamily of = f == null ? NamingFamily.ALL_KINDS : f;
        String text = of.general() ? general.get() : byFamily.get(of.id());
        return text == null ? "" : text;
    }

    private void store(String text) {
        NamingFamily f = chosen();
        if (f.general()) {
            general.set(text);
        } else if (text == null || text.isBlank()) {
            byFamily.remove(f.id());
        } else {
            byFamily.put(f.id(), text);
        }
    }

    private String firstProblem() {
        NamingFamily chosen = chosen();
        String generalProblem = problem(NamingFamily.ALL_KINDS, general.get());
        if (generalProblem != null) {
            return chosen.general() ? generalProblem : "All kinds template: " + generalProblem;
        }
        String own = chosen.general() ? null : problem(chosen, byFamily.get(chosen.id()));
        if (own != null) {
            return own;
        }
        for (NamingFamily f : families) {
            String other = f.general() || f.equals(chosen) ? null : problem(f, byFamily.get(f.id()));
            if (other != null) {
                return f.label() + " template: " + other;
            }
        }
        return null;
    }

    private String problem(NamingFamily f, String text) {
        if (!f.general() && (text == null || text.isBlank())) {
            return null;
        }
        try {
            render(f, text);
            return null;
        } catch (IllegalArgumentException cannotWork) {
            return cannotWork.getMessage();
        }
    }

    private String shownPreview() {
        NamingFamily f = chosen();
        String own = textOf(f);
        try {
            return render(f, f.general() || !own.isBlank() ? own : textOf(NamingFamily.ALL_KINDS));
        } catch (IllegalArgumentException cannotWork) {
            return "";
        }
    }

    private String render(NamingFamily f, String text) {
        String template = text == null ? "" : text;
        BiFunction<String, String, String> byKind = kindPreviewer.get();
        return f.general() || byKind == null ? previewer.get().apply(template) : byKind.apply(f.id(), template);
    }
}
