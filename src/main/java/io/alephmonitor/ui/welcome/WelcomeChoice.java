package io.alephmonitor.ui.welcome;

/**
 * What the user picked on the welcome dialog: use their key (given in {@code apiKey}) or try the demo
 * (no key). The key never appears in {@link #toString()}.
 */
public record WelcomeChoice(Choice choice, String apiKey) {

    /** The two ways to start. */
    public enum Choice { USE_KEY, DEMO }

    public static WelcomeChoice useKey(String apiKey) {
        return new WelcomeChoice(Choice.USE_KEY, apiKey);
    }

    public static WelcomeChoice demo() {
        return new WelcomeChoice(Choice.DEMO, null);
    }

    @Override
    public String toString() {
        return "WelcomeChoice[" + choice + (apiKey == null ? "" : ", key=(hidden)") + "]";
    }
}
