package io.alephmonitor.download;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Naming templates: what each field gives, what cannot work, and that every name stays safe inside the library. */
class NameTemplateTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final NameFields EAGLE = new NameFields("ee603959d1f34a8b", "aleph", "veo3_fast",
            "A majestic eagle soaring through the mountains at dawn", null, 1, Instant.parse("2026-03-07T10:15:00Z"));

    private static NameTemplate.Rendered render(String template, NameFields task) throws NameTemplateException {
        return NameTemplate.parse(template).render(task, UTC);
    }

    @Test
    void theDefaultTemplateGivesTheNamesSavesAlwaysHad() throws Exception {
        assertThat(render(NameTemplate.DEFAULT_TEXT, EAGLE).stem())
                .isEqualTo(FileNames.stemFor(EAGLE.prompt(), EAGLE.taskId()))
                .isEqualTo("majestic-eagle-soaring-through-ee603959");
        assertThat(render(NameTemplate.DEFAULT_TEXT, EAGLE).folders()).isEmpty();
    }

    @Test
    void theIssuesExampleMakesMonthAndKindFolders() throws Exception {
        NameTemplate.Rendered r = render("{date:yyyy-MM}/{kind}/{prompt:40}-{id:8}.{ext}", EAGLE);
        assertThat(r.folders()).containsExactly("2026-03", "aleph");
        assertThat(r.stem()).isEqualTo("majestic-eagle-soaring-through-the-ee603959");
        assertThat(r.path("mp4")).isEqualTo("2026-03/aleph/majestic-eagle-soaring-through-the-ee603959.mp4");
    }

    @Test
    void eachFieldGivesItsValue() throws Exception {
        NameFields track = new NameFields("abcdef123456", "suno", null, "lofi beat", "Midnight Rain", 2,
                Instant.parse("2026-12-31T23:30:00Z"));
        assertThat(render("{model}-{id:4}.{ext}", EAGLE).stem()).isEqualTo("veo3-fast-ee60");
        assertThat(render("{track}-{n}-{id:3}.{ext}", track).stem()).isEqualTo("midnight-rain-2-abc");
        assertThat(render("{date}_{kind}.{ext}", track).stem()).isEqualTo("2026-12-31_suno");
        assertThat(render("{prompt:12}-{id}.{ext}", EAGLE).stem()).isEqualTo("majestic-ee603959");
    }

    @Test
    void theDateIsShownInTheUsersZone() throws Exception {
        NameTemplate t = NameTemplate.parse("{date:yyyy-MM-dd}-{id}.{ext}");
        NameFields late = new NameFields("id1", "aleph", null, null, null, 1, Instant.parse("2026-12-31T23:30:00Z"));
        assertThat(t.render(late, ZoneId.of("Europe/Berlin")).stem()).isEqualTo("2027-01-01-id1");
    }

    @Test
    void aFieldThatIsEmptyLeavesNoStraySeparator() throws Exception {
        NameFields noPrompt = new NameFields("ee603959", "aleph", null, null, null, 1, null);
        assertThat(render("{prompt}-{id}.{ext}", noPrompt).stem()).isEqualTo("ee603959");
        assertThat(render("{id}-{track}-{model}.{ext}", noPrompt).stem()).isEqualTo("ee603959");
        assertThat(render("{kind}/{date}-{id}.{ext}", noPrompt).path("png")).isEqualTo("aleph/ee603959.png");
    }

    @Test
    void aPromptCannotLeaveTheLibraryOrBreakAName() throws Exception {
        NameFields evil = new NameFields("../../etc", "aleph/../x", "a:b", "../../etc/passwd \u0000 CON <>|?*", null,
                1, null);
        NameTemplate.Rendered r = render("{kind}/{model}-{id}/{prompt}-{id}.{ext}", evil);
        assertThat(String.join("/", r.folders()) + "/" + r.stem()).doesNotContain("..").doesNotContain(":")
                .doesNotContain("\u0000");
        Path file = Path.of("/lib").resolve(r.path("mp4"));
        assertThat(file.normalize().startsWith(Path.of("/lib"))).isTrue();
        assertThat(file.getNameCount()).isEqualTo(4);
    }

    @Test
    void templatesThatCannotWorkSayWhy() {
        assertThat(NameTemplate.problem("{title}-{id}.{ext}")).contains("Unknown field {title}");
        assertThat(NameTemplate.problem("{prompt-{id}.{ext}")).contains("Unknown field");
        assertThat(NameTemplate.problem("{prompt}-{id.{ext}")).contains("Unknown field");
        assertThat(NameTemplate.problem("{id}}.{ext}")).contains("without its “{”");
        assertThat(NameTemplate.problem("{id")).contains("not closed");
        assertThat(NameTemplate.problem("{prompt}.{ext}")).contains("can be empty");
        assertThat(NameTemplate.problem("{track}/{id}.{ext}")).contains("can be empty");
        assertThat(NameTemplate.problem("../{id}.{ext}")).contains("leave the library");
        assertThat(NameTemplate.problem("/tmp/{id}.{ext}")).contains("inside the library");
        assertThat(NameTemplate.problem("C:\\x\\{id}.{ext}")).contains("inside the library");
        assertThat(NameTemplate.problem("~/{id}.{ext}")).contains("inside the library");
        assertThat(NameTemplate.problem("{id}")).contains("must end with “.{ext}”");
        assertThat(NameTemplate.problem("{ext}/{id}.{ext}")).contains("can only end");
        assertThat(NameTemplate.problem("{kind}//{id}.{ext}")).contains("empty folder");
        assertThat(NameTemplate.problem("{kind}/")).contains("ends with a folder");
        assertThat(NameTemplate.problem("{date:qqqqqqq}-{id}.{ext}")).contains("not a date pattern");
        assertThat(NameTemplate.problem("{prompt:abc}-{id}.{ext}")).contains("number of characters");
        assertThat(NameTemplate.problem("{kind:3}-{id}.{ext}")).contains("takes nothing");
        assertThat(NameTemplate.problem("  ")).contains("Enter a template");
        assertThat(NameTemplate.problem(NameTemplate.DEFAULT_TEXT)).isNull();
    }

    @Test
    void aTemplateThatCannotWorkFallsBackToTheDefault() {
        assertThat(NameTemplate.parseOrDefault("{nope}.{ext}")).isSameAs(NameTemplate.DEFAULT);
        assertThat(NameTemplate.parseOrDefault(null)).isSameAs(NameTemplate.DEFAULT);
    }

    @Test
    void onlyATemplateWithNNumbersResultsItself() throws Exception {
        assertThat(NameTemplate.parse("{prompt}-{n}-{id}.{ext}").numbersResults()).isTrue();
        assertThat(NameTemplate.DEFAULT.numbersResults()).isFalse();
    }

    @Property
    void theDefaultTemplateNamesAnyTaskAsBefore(@ForAll("texts") String prompt, @ForAll("texts") String id) {
        NameFields task = new NameFields(id, "aleph", null, prompt, null, 1, null);
        assertThat(NameTemplate.DEFAULT.render(task, UTC).stem()).isEqualTo(FileNames.stemFor(prompt, id));
    }

    @Property(tries = 500)
    void anyTemplateAndAnyTaskGiveASafePathInsideTheLibraryOrAClearMessage(@ForAll("templates") String template,
                                                                            @ForAll("tasks") NameFields task) {
        NameTemplate parsed;
        try {
            parsed = NameTemplate.parse(template);
        } catch (NameTemplateException cannotWork) {
            assertThat(cannotWork.getMessage()).isNotBlank().doesNotContain("Exception");
            return;
        }
        NameTemplate.Rendered r = parsed.render(task, UTC);
        Path library = Path.of("/library");
        Path file = library.resolve(r.path("mp4"));
        assertThat(file.normalize().toString()).isEqualTo(file.toString());
        assertThat(file.startsWith(library)).isTrue();
        assertThat(file.getNameCount()).isEqualTo(2 + r.folders().size());
        for (String part : r.folders()) {
            assertThat(FileNames.safeName(part + ".x")).isEqualTo(part + ".x");
            assertThat(part).doesNotStartWith(".").doesNotEndWith(".").doesNotEndWith(" ");
        }
        assertThat(r.stem()).isNotEmpty();
        String name = FileNames.named(r.stem(), "", "mp4");
        assertThat(FileNames.safeName(name)).isEqualTo(name);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("ab .-/\\:ÄÉ😀\u0000?*").ofMaxLength(40), Arbitraries.just(null));
    }

    @Provide
    Arbitrary<NameFields> tasks() {
        return Combinators.combine(texts(), texts(), texts(), texts(), texts(), Arbitraries.integers().between(1, 99))
                .as((id, kind, model, prompt, track, n) -> new NameFields(id, kind, model, prompt, track, n,
                        n % 3 == 0 ? null : Instant.ofEpochSecond(n * 86_400_000L)));
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("{date}", "{date:yyyy-MM}", "{date:yyyy/MM}", "{kind}", "{model}", "{prompt}",
                        "{prompt:5}", "{id}", "{id:3}", "{track}", "{n}", "{ext}", "{bad}", "{", "}"),
                Arbitraries.of("/", "-", "_", ".", "..", " ", "x", "C:", "~", "\\", "é"));
        return piece.list().ofMaxSize(8).map(p -> String.join("", p))
                .flatMap(t -> Arbitraries.of(t, t + ".{ext}", List.of("{id}/", "").getFirst() + t + "-{id}.{ext}"));
    }
}
