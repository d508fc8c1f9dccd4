package io.alephmonitor.ui.create;

import io.alephmonitor.kie.CreateBodies;
import io.alephmonitor.kie.CreateDraft;
import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.model.CreateField;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.CreateValidator;
import io.alephmonitor.model.MarketForms;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The generated New task form: which {@link CreateForm} is shown, each field's text, the problems
 * {@link CreateValidator} finds as the user types (field → sentence), and the request body as
 * editable JSON text that reads back into the fields. No controls, no I/O.
 */
public final class CreateFormViewModel {

    private final ObservableList<CreateForm> forms = FXCollections.observableArrayList(FormGroups.sorted(CreateForms.all()));
    private final ObjectProperty<CreateForm> form = new SimpleObjectProperty<>(this, "form");
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObjectProperty<Map<String, String>> problems = new SimpleObjectProperty<>(this, "problems", Map.of());
    private final StringProperty rawText = new SimpleStringProperty(this, "rawText", "");
    private final StringProperty rawProblem = new SimpleStringProperty(this, "rawProblem");
    private final BooleanProperty rawShown = new SimpleBooleanProperty(this, "rawShown");
    private final StringProperty marketModel = new SimpleStringProperty(this, "marketModel", "");
    private final BooleanProperty sending = new SimpleBooleanProperty(this, "sending");
    private final StringProperty failure = new SimpleStringProperty(this, "failure");
    private final BooleanBinding canSend = Bindings.createBooleanBinding(
            () -> problems.get().isEmpty() && rawProblem.get() == null && !sending.get()
                    && form.get() != null && !(isRawMarket() && marketModel.get().isBlank()),
            problems, rawProblem, sending, form, marketModel);
    private final StringBinding problemSummary = Bindings.createStringBinding(() -> problems.get().isEmpty() ? null
            : String.join("\n", problems.get().values()), problems);
    /** Fields the user has changed since the form was shown: a blank field's "fill in" waits until then. */
    private final javafx.collections.ObservableSet<String> touched = FXCollections.observableSet();
    private CreateDraft base;
    private boolean loading;

    public CreateFormViewModel() {
        forms.add(MarketForms.rawInput(""));
        rawText.addListener((obs, old, text) -> {
            if (!loading && rawShown.get()) {
                readRaw(text);
            }
        });
        rawShown.addListener((obs, old, shown) -> {
            if (shown) {
                loading = true;
                rawText.set(draft().bodyText());
                loading = false;
                rawProblem.set(null);
            }
        });
        marketModel.addListener((obs, old, model) -> {
            if (!loading && isRawMarket() && model != null && !model.isBlank()) {
                CreateForm renamed = MarketForms.rawInput(model.strip());
                load(new CreateDraft(renamed, draft().values(), draft().extras()));
            }
        });
        choose(forms.getFirst());
    }

    /** Every form offered, in the chooser's order. */
    public ObservableList<CreateForm> forms() { return forms; }
    public ReadOnlyObjectProperty<CreateForm> formProperty() { return form; }
    public CreateForm form() { return form.get(); }
    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() { return problems; }
    public StringProperty rawTextProperty() { return rawText; }
    public ObservableStringValue rawProblem() { return rawProblem; }
    /** Every problem in one text (shown beside the raw JSON, whose fields are not on screen). */
    public ObservableStringValue problemSummary() { return problemSummary; }
    public BooleanProperty rawShownProperty() { return rawShown; }
    /** The Market model id of a form the app has no description of (raw input). */
    public StringProperty marketModelProperty() { return marketModel; }
    public BooleanProperty sendingProperty() { return sending; }
    public StringProperty failureProperty() { return failure; }
    public BooleanBinding canSend() { return canSend; }

    /** The text of field {@code name} of the shown form (null when it has no such field). */
    public StringProperty field(String name) {
        return fields.get(name);
    }

    /**
     * The sentence to show under field {@code name}, null while it is fine. A field left blank is not
     * reproached before the user has typed in it (Send stays disabled and {@link #sendHint()} says why).
     */
    public ObservableStringValue fieldError(String name) {
        return Bindings.createStringBinding(() -> {
            StringProperty text = fields.get(name);
            boolean blank = text == null || text.get() == null || text.get().isBlank();
            return blank && !touched.contains(name) ? null : problems.get().get(name);
        }, problems, touched);
    }

    /** Why Send is disabled while some problem is not shown under its field yet; null otherwise. */
    public ObservableStringValue sendHint() {
        return Bindings.createStringBinding(() -> problems.get().isEmpty() ? null
                : "Fill in the fields marked * and fix what is shown in red to send.", problems);
    }

    /**
     * The most characters field {@code name} takes now: its documented limit, or a lower one a rule
     * applies for the other fields' values (Suno's 500 without custom mode); null for none.
     */
    public Integer maxLength(String name) {
        CreateForm shown = form.get();
        CreateField field = shown.field(name).orElse(null);
        Integer max = field == null ? null : field.maxLength();
        for (io.alephmonitor.model.CreateRule rule : shown.rules()) {
            if (rule instanceof io.alephmonitor.model.CreateRule.MaxLengthWhen(String ruled, int limit, String whenField,
                    java.util.List<String> whenValues) && ruled.equals(name)
                    && whenValues.contains(effective(shown, whenField))) {
                max = max == null ? limit : Math.min(max, limit);
            }
        }
        return max;
    }

    /** The other fields this field's limit depends on (so a count can follow them). */
    public javafx.beans.Observable[] limitDependencies(String name) {
        return form.get().rules().stream()
                .filter(rule -> rule instanceof io.alephmonitor.model.CreateRule.MaxLengthWhen when && when.field().equals(name))
                .map(rule -> fields.get(((io.alephmonitor.model.CreateRule.MaxLengthWhen) rule).whenField()))
                .filter(java.util.Objects::nonNull).toArray(javafx.beans.Observable[]::new);
    }

    private String effective(CreateForm shown, String name) {
        StringProperty text = fields.get(name);
        if (text != null && text.get() != null && !text.get().isBlank()) {
            return text.get().strip();
        }
        return shown.field(name).map(CreateField::defaultValue).orElse("");
    }

    /** True when the shown form is a Market model's raw {@code input} JSON. */
    public boolean isRawMarket() {
        return isRawMarket(form.get());
    }

    static boolean isRawMarket(CreateForm shown) {
        return shown != null && shown.isMarket() && MarketForms.all().stream().noneMatch(f -> f.id().equals(shown.id()));
    }

    private int indexOfRawMarket() {
        for (int i = 0; i < forms.size(); i++) {
            if (isRawMarket(forms.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Shows {@code chosen} with its defaults; a prompt already typed is carried over when the new form has one. */
    public void choose(CreateForm chosen) {
        if (chosen == null || chosen.equals(form.get()) && base != null) {
            return;
        }
        CreateDraft next = CreateDraft.blank(chosen);
        StringProperty prompt = fields.get("prompt");
        if (prompt != null && !prompt.get().isBlank() && chosen.field("prompt").isPresent()) {
            Map<String, String> values = new LinkedHashMap<>(next.values());
            values.put("prompt", prompt.get());
            next = next.withValues(values);
        }
        load(next);
    }

    /** Shows the draft's form filled with its values (a template from a tracked task). */
    public void load(CreateDraft draft) {
        loading = true;
        try {
            if (!forms.contains(draft.form())) {
                int raw = indexOfRawMarket();
                if (isRawMarket(draft.form()) && raw >= 0) {
                    forms.set(raw, draft.form()); // one "other Market model" entry, named after the model typed
                } else {
                    forms.add(draft.form());
                }
            }
            base = draft;
            fields.clear();
            touched.clear();
            for (CreateField field : draft.form().fields()) {
                StringProperty text = new SimpleStringProperty(this, field.name(), draft.values().getOrDefault(field.name(), ""));
                text.addListener((obs, old, now) -> {
                    if (!loading) {
                        touched.add(field.name());
                    }
                    revalidate();
                });
                fields.put(field.name(), text);
            }
            marketModel.set(draft.form().isMarket() ? draft.form().marketModel() : "");
            form.set(draft.form());
            if (rawShown.get()) {
                rawText.set(draft().bodyText());
                rawProblem.set(null);
            }
        } finally {
            loading = false;
        }
        revalidate();
    }

    /** What is typed now, with the extras the form has no field for. */
    public CreateDraft draft() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, text) -> values.put(name, text.get() == null ? "" : text.get()));
        return base.withValues(values);
    }

    /** The request to send, when nothing is wrong. */
    public Optional<CreateRequest> request() {
        if (rawProblem.get() != null) {
            return Optional.empty();
        }
        return draft().build() instanceof CreateBodies.Built.Ready(CreateRequest request)
                ? Optional.of(request) : Optional.empty();
    }

    private void readRaw(String text) {
        switch (draft().readBody(text)) {
            case CreateDraft.Read.Unreadable(String message) -> rawProblem.set(message);
            case CreateDraft.Read.Filled(CreateDraft read) -> {
                rawProblem.set(null);
                loading = true;
                try {
                    base = read;
                    read.values().forEach((name, value) -> {
                        StringProperty field = fields.get(name);
                        if (field != null) {
                            field.set(value);
                        }
                    });
                } finally {
                    loading = false;
                }
                revalidate();
            }
        }
    }

    private void revalidate() {
        if (loading) {
            return;
        }
        CreateDraft now = draft();
        problems.set(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(CreateValidator.problems(now.form(), now.values()))));
        failure.set(null);
    }
}
