package io.alephmonitor.model;

import java.util.List;
import java.util.Objects;

/** A documented rule that ties two fields of a create form together. */
public sealed interface CreateRule {

    /** {@code field} must be filled when {@code whenField} holds {@code whenValue} (blank {@code whenValue}: when it is empty). */
    record RequiredWhen(String field, String whenField, String whenValue, String reason) implements CreateRule {
        public RequiredWhen {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(whenField, "whenField");
        }
    }

    /** {@code field} may be at most {@code max} characters long when {@code whenField} holds one of {@code whenValues}. */
    record MaxLengthWhen(String field, int max, String whenField, List<String> whenValues) implements CreateRule {
        public MaxLengthWhen {
            whenValues = List.copyOf(whenValues);
        }
    }

    /** {@code fieldA} = {@code valueA} and {@code fieldB} = {@code valueB} cannot be asked for together. */
    record NotTogether(String fieldA, String valueA, String fieldB, String valueB, String reason) implements CreateRule {
    }
}
