package io.alephmonitor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one kind (or one Market model) needs to create a task, as its docs page describes it: the
 * endpoint it is sent to, the kind the new task is tracked as, its fields in the order shown and
 * the rules between them. For Market models ({@link #marketModel()} not null) the fields are the
 * {@code input} object and the body is {@code {"model": …, "input": {…}}}; for the others the
 * fields are the body itself.
 *
 * @param id          stable id of the form: the kind id, or {@code market:<model>}
 * @param title       what the user picks ("Veo 3.1", "Kling 2.6 text to video")
 * @param kindId      the stored kind id of the task it makes ({@link KindIds})
 * @param endpoint    the path the request is POSTed to
 * @param marketModel the Market model id, or null for a kind with its own endpoint
 * @param docsUrl     the docs.kie.ai page this description was written from
 */
public record CreateForm(String id, String title, String kindId, String endpoint, String marketModel, String docsUrl,
                         List<CreateField> fields, List<CreateRule> rules) {

    public CreateForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        fields = List.copyOf(fields);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** True when the request goes to {@code jobs/createTask} with the fields under {@code input}. */
    public boolean isMarket() {
        return marketModel != null;
    }

    public Optional<CreateField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
