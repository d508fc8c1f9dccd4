package io.alephmonitor.ui.create;

import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.KindIds;

import java.util.Comparator;
import java.util.List;

/** Which group a create form is offered under in the chooser: what it makes (Video, Image, Audio) or Market for the rest. */
final class FormGroups {

    static final List<String> ORDER = List.of("Video", "Image", "Audio", "Text", "Market");

    private FormGroups() {
    }

    static String group(CreateForm form) {
        if (form.isMarket()) {
            String model = form.marketModel();
            if (model.contains("video") || model.contains("seedance") || model.contains("kling")) {
                return "Video";
            }
            if (model.contains("banana") || model.contains("image")) {
                return "Image";
            }
            if (model.contains("speech") || model.contains("audio") || model.contains("elevenlabs")) {
                return "Audio";
            }
            return "Market";
        }
        return switch (form.kindId()) {
            case KindIds.VEO, KindIds.RUNWAY, KindIds.LUMA -> "Video";
            case KindIds.SUNO -> "Audio";
            default -> "Image";
        };
    }

    /** "Video · Veo 3.1": what the chooser shows. */
    static String title(CreateForm form) {
        if (CreateFormViewModel.isRawMarket(form)) {
            return "Market · Other Market model" + (form.marketModel().isBlank() ? " (its input as JSON)" : ": " + form.marketModel());
        }
        return group(form) + " · " + form.title() + (form.isMarket() ? " (Market)" : "");
    }

    /** The forms grouped, in the groups' order, each group in the given order. */
    static List<CreateForm> sorted(List<CreateForm> forms) {
        return forms.stream().sorted(Comparator.comparingInt(form -> ORDER.indexOf(group(form)))).toList();
    }
}
