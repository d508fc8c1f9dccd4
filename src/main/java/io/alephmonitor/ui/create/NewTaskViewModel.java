package io.alephmonitor.ui.create;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alephmonitor.kie.KieApi;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The New task dialog's view model: the fields of both forms, a live message per field (null when
 * the field is fine), and the request each valid form makes. No controls, no I/O.
 */
public final class NewTaskViewModel {

    /** Aspect ratios kie.ai documents for Aleph. */
    public static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "4:3", "3:4", "1:1", "21:9");

    /** A few Market model ids from kie.ai's docs (docs.kie.ai/market/…); any other id may be typed. */
    public static final List<String> MARKET_MODELS = List.of(
            "kling-2.6/text-to-video", "hailuo/02-text-to-video-pro", "wan/2-2-a14b-image-to-video-turbo",
            "seedream/4.5-text-to-image", "seedream/4.5-edit", "google/imagen4-fast", "grok-imagine/image-to-image");

    static final String INPUT_TEMPLATE = """
            {
              "prompt": ""
            }""";

    /** A pasted input beyond this is surely a mistake; it also keeps live parsing cheap. */
    private static final int MAX_INPUT_CHARS = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty videoUrl = new SimpleStringProperty(this, "videoUrl", "");
    private final ObjectProperty<String> aspectRatio = new SimpleObjectProperty<>(this, "aspectRatio", "16:9");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final StringProperty referenceImage = new SimpleStringProperty(this, "referenceImage", "");
    private final StringProperty waterMark = new SimpleStringProperty(this, "waterMark", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", MARKET_MODELS.getFirst());
    private final StringProperty input = new SimpleStringProperty(this, "input", INPUT_TEMPLATE);

    private final StringBinding promptError = Bindings.createStringBinding(
            () -> prompt.get().isBlank() ? "Describe what the video should become." : null, prompt);
    private final StringBinding videoUrlError = Bindings.createStringBinding(
            () -> videoUrl.get().isBlank() ? "The source video's address is required."
                    : publicHttpsProblem(videoUrl.get()), videoUrl);
    private final StringBinding seedError = Bindings.createStringBinding(() -> seedProblem(seed.get()), seed);
    private final StringBinding referenceImageError = Bindings.createStringBinding(
            () -> referenceImage.get().isBlank() ? null : publicHttpsProblem(referenceImage.get()), referenceImage);
    private final StringBinding modelError = Bindings.createStringBinding(() -> modelProblem(model.get()), model);
    private final StringBinding inputError = Bindings.createStringBinding(() -> inputProblem(input.get()), input);

    private final BooleanBinding alephValid = promptError.isNull().and(videoUrlError.isNull())
            .and(seedError.isNull()).and(referenceImageError.isNull());
    private final BooleanBinding marketValid = modelError.isNull().and(inputError.isNull());

    public StringProperty promptProperty() { return prompt; }
    public StringProperty videoUrlProperty() { return videoUrl; }
    public ObjectProperty<String> aspectRatioProperty() { return aspectRatio; }
    public StringProperty seedProperty() { return seed; }
    public StringProperty referenceImageProperty() { return referenceImage; }
    public StringProperty waterMarkProperty() { return waterMark; }
    public StringProperty modelProperty() { return model; }
    public StringProperty inputProperty() { return input; }

    public ObservableStringValue promptError() { return promptError; }
    public ObservableStringValue videoUrlError() { return videoUrlError; }
    public ObservableStringValue seedError() { return seedError; }
    public ObservableStringValue referenceImageError() { return referenceImageError; }
    public ObservableStringValue modelError() { return modelError; }
    public ObservableStringValue inputError() { return inputError; }

    public BooleanBinding alephValid() { return alephValid; }
    public BooleanBinding marketValid() { return marketValid; }

    /** The Aleph request the form describes (call only when {@link #alephValid()}); empty optional fields are left out. */
    public KieApi.AlephRequest alephRequest() {
        return new KieApi.AlephRequest(prompt.get().strip(), videoUrl.get().strip(), null,
                waterMark.get().isBlank() ? null : waterMark.get().strip(), null, aspectRatio.get(),
                seed.get().isBlank() ? null : Long.parseLong(seed.get().strip()),
                referenceImage.get().isBlank() ? null : referenceImage.get().strip());
    }

    /** The Market request the form describes (call only when {@link #marketValid()}). */
    public KieApi.MarketRequest marketRequest() {
        try {
            return new KieApi.MarketRequest(model.get().strip(), (ObjectNode) JSON.readTree(input.get()), null);
        } catch (JacksonException e) {
            throw new IllegalStateException("marketRequest() called on an invalid input", e);
        }
    }

    /**
     * Why this is not a public https address kie.ai's servers can fetch, or null. Only the text is
     * looked at (no network): loopback, private and link-local literals and local names are refused.
     */
    static String publicHttpsProblem(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return "This is not a web address — it should look like https://example.com/clip.mp4.";
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "This is not a web address — it should look like https://example.com/clip.mp4.";
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return "Use an https:// address — kie.ai only fetches files over https.";
        }
        if (isLocal(uri.getHost().toLowerCase(Locale.ROOT))) {
            return "This address is only reachable from your network — use a public link kie.ai can download.";
        }
        return null;
    }

    private static boolean isLocal(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || host.startsWith("[")) {
            return true;
        }
        var ip = IPV4.matcher(host);
        if (!ip.matches()) {
            return !host.contains(".");
        }
        int a = Integer.parseInt(ip.group(1));
        int b = Integer.parseInt(ip.group(2));
        return a == 127 || a == 10 || a == 0 || a == 192 && b == 168 || a == 172 && b >= 16 && b <= 31
                || a == 169 && b == 254 || a == 100 && b >= 64 && b <= 127;
    }

    static String seedProblem(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            Long.parseLong(text.strip());
            return null;
        } catch (NumberFormatException e) {
            return "The seed is a whole number such as 42 — or leave it empty for a random one.";
        }
    }

    static String modelProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Choose a model, or type its id from kie.ai's Market page.";
        }
        return MODEL_ID.matcher(text.strip()).matches() ? null
                : "A model id has no spaces, like kling-2.6/text-to-video.";
    }

    /** Why the text is not a JSON object (with the line and column Jackson stopped at), or null. */
    static String inputProblem(String text) {
        if (text == null || text.isBlank()) {
            return "The input is a JSON object, like { \"prompt\": \"…\" }.";
        }
        if (text.length() > MAX_INPUT_CHARS) {
            return "The input is too long (over 100,000 characters).";
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "Line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            return where + firstSentence(e.getOriginalMessage());
        }
        return node != null && node.isObject() ? null
                : "The input must be a JSON object in braces { … }, not " + describe(node) + ".";
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "empty";
        }
        return node.isArray() ? "a list" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : "a single value";
    }

    /** The first line of Jackson's message, e.g. "Unexpected character ('}' (code 125)): was expecting double-quote…". */
    private static String firstSentence(String message) {
        if (message == null) {
            return "this is not valid JSON.";
        }
        String first = message.lines().findFirst().orElse(message).strip();
        return first.endsWith(".") ? first : first + ".";
    }
}
