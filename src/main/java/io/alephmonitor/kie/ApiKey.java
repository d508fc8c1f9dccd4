package io.alephmonitor.kie;

/**
 * A kie.ai API key. Its {@code toString()} is masked ("••••f3a9"), so it can never leak into a log
 * line, an exception message or a debugger's summary; only {@link #reveal()} gives the secret.
 */
public final class ApiKey {

    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    /**
     * The key typed or stored by the user, with surrounding blanks removed.
     *
     * @throws IllegalArgumentException when it is blank or contains spaces or control characters
     *                                  (the message never repeats the key)
     */
    public static ApiKey of(String key) {
        String trimmed = key == null ? "" : key.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The API key is empty — paste the key from your kie.ai account page.");
        }
        if (!trimmed.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(
                    "The API key contains spaces or unusual characters — copy it again from your kie.ai account page.");
        }
        return new ApiKey(trimmed);
    }

    /** The secret itself: for the Authorization header and the key store only. */
    public String reveal() {
        return secret;
    }

    /** The key in a form safe to show: the last four characters of a long key, nothing of a short one. */
    public String masked() {
        return secret.length() >= 16 ? "••••" + secret.substring(secret.length() - 4) : "••••";
    }

    /** Replaces every occurrence of the key in {@code text} by its masked form (for text echoed by a server). */
    public String scrub(String text) {
        return text == null ? null : text.replace(secret, masked());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return secret.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[" + masked() + "]";
    }
}
