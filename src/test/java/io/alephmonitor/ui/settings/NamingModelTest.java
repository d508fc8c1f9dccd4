package io.alephmonitor.ui.settings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The naming part of Settings: a template per kind family, shown and previewed for the family chosen. */
class NamingModelTest {

    private static final NamingFamily SUNO = new NamingFamily("suno", "Suno", "{track:40}-{id:8}.{ext}");
    private static final NamingFamily VEO = new NamingFamily("veo", "Veo", "{prompt:40}-{id:8}.{ext}");

    private final SettingsViewModel model = new SettingsViewModel();
    private final NamingModel naming = model.naming();

    @BeforeEach
    void fill() {
        model.namingFamilies().setAll(NamingFamily.ALL_KINDS, SUNO, VEO);
        model.nameTemplateProperty().set("{prompt}-{id}.{ext}");
        model.namePreviewerProperty().set(template -> render("video", template));
        model.kindPreviewerProperty().set((family, template) -> render(family, template));
    }

    /** A stand-in for the app's previewer: {track} is the sample's title, {bad} cannot work. */
    private static String render(String family, String template) {
        if (template.contains("{bad}")) {
            throw new IllegalArgumentException("Unknown field {bad}.");
        }
        return family + ":" + template.replace("{track}", "neon-highway").replace("{prompt}", "eagle")
                .replace("{id}", "ee60");
    }

    @Test
    void aFamilyWithoutItsOwnTemplateShowsNoneAndPreviewsTheGeneralOneForItsSample() {
        naming.familyProperty().set(SUNO);

        assertThat(naming.shownProperty().get()).isEmpty();
        assertThat(naming.usesGeneral()).isTrue();
        assertThat(model.namePreview().get()).isEqualTo("suno:eagle-ee60.{ext}");
    }

    @Test
    void typingForAFamilyKeepsItForThatFamilyAndLeavesTheGeneralOneAlone() {
        naming.familyProperty().set(SUNO);
        naming.shownProperty().set("{track}.{ext}");

        assertThat(model.kindTemplates()).containsEntry("suno", "{track}.{ext}");
        assertThat(model.nameTemplateProperty().get()).isEqualTo("{prompt}-{id}.{ext}");
        assertThat(model.namePreview().get()).isEqualTo("suno:neon-highway.{ext}");

        naming.familyProperty().set(NamingFamily.ALL_KINDS);
        assertThat(naming.shownProperty().get()).isEqualTo("{prompt}-{id}.{ext}");
        naming.familyProperty().set(SUNO);
        assertThat(naming.shownProperty().get()).isEqualTo("{track}.{ext}");

        naming.shownProperty().set("");
        assertThat(model.kindTemplates()).as("emptied: the family uses the general template again").isEmpty();
    }

    @Test
    void aFamilysTemplateThatCannotWorkDisablesOkAndNamesTheFamilyWhereverYouAre() {
        model.kindTemplates().put("suno", "{bad}.{ext}");

        assertThat(model.valid().get()).isFalse();
        assertThat(model.nameTemplateError().get()).isEqualTo("Suno template: Unknown field {bad}.");

        naming.familyProperty().set(SUNO);
        assertThat(model.nameTemplateError().get()).as("shown beside its own field").isEqualTo("Unknown field {bad}.");
        assertThat(model.namePreview().get()).isEmpty();

        naming.useSuggested();
        assertThat(model.kindTemplates()).containsEntry("suno", "{track:40}-{id:8}.{ext}");
        assertThat(model.valid().get()).isTrue();
    }

    @Test
    void aGeneralTemplateThatCannotWorkIsNamedWhileAFamilyIsShown() {
        naming.familyProperty().set(VEO);
        model.nameTemplateProperty().set("{bad}.{ext}");

        assertThat(model.nameTemplateError().get()).isEqualTo("All kinds template: Unknown field {bad}.");
        assertThat(naming.shownProperty().get()).as("still Veo's (none)").isEmpty();
    }
}
