package io.alephmonitor.kie;

/** The outcome of one kie.ai call: a value, or a typed error with a sentence for the user. */
public sealed interface ApiResult<T> {

    record Ok<T>(T value) implements ApiResult<T> {
    }

    record Err<T>(ApiError error) implements ApiResult<T> {
    }

    static <T> ApiResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> ApiResult<T> err(ApiError error) {
        return new Err<>(error);
    }
}
