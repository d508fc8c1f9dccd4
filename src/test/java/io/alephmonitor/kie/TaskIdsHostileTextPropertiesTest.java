package io.alephmonitor.kie;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a clipboard holds — huge pastes, any unicode, direction marks, zero-width characters,
 * near-miss IDs — the extractor never throws, never yields a non-ID and never loses a real one.
 */
class TaskIdsHostileTextPropertiesTest {

    /** Invisible marks chat apps and RTL text put into copied text. */
    private static final List<String> INVISIBLES = List.of("\u200B", "\u200C", "\u200D", "\u200E", "\u200F",
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2069", "\uFEFF", "\u00AD");

    @Property(tries = 1000)
    void anyTextGivesOnlyValidLowerCaseIds(@ForAll("hostileText") String text) {
        TaskIds.Extraction extraction = TaskIds.extract(text);

        assertThat(extraction.ids()).allSatisfy(id -> {
            assertThat(TaskIds.isValid(id)).as(id).isTrue();
            assertThat(id).isEqualTo(id.toLowerCase(Locale.ROOT));
        });
        assertThat(extraction.ids()).doesNotHaveDuplicates();
        assertThat(extraction.linesWithoutId()).isBetween(0, (int) text.chars().filter(c -> c == '\n').count() + 1);
    }

    @Property(tries = 500)
    void everyIdBetweenSeparatorsSurvivesAnyNoiseAroundIt(@ForAll("idsInNoise") Paste paste) {
        List<String> found = TaskIds.extract(paste.text()).ids();

        assertThat(found).containsSubsequence(paste.ids().stream()
                .map(id -> id.toLowerCase(Locale.ROOT)).distinct().toList());
    }

    @Property(tries = 500)
    void aNearMissIdIsNeverTakenForOne(@ForAll("nearMisses") String nearMiss, @ForAll("separators") String before,
                                       @ForAll("separators") String after) {
        assertThat(TaskIds.extract(before + nearMiss + after).ids()).as(nearMiss).isEmpty();
        assertThat(TaskIds.isValid(nearMiss)).isFalse();
        assertThat(TaskIds.normalize(nearMiss)).isNull();
    }

    @Property(tries = 500)
    void invisibleMarksInsideAnIdAreDroppedNotFatal(@ForAll("ids") String id, @ForAll("invisibleSprinkles") List<Integer> positions,
                                                    @ForAll("invisible") String mark) {
        StringBuilder marked = new StringBuilder(id);
        positions.stream().map(p -> Math.min(p, id.length())).sorted((a, b) -> b - a)
                .forEach(p -> marked.insert(p, mark));

        assertThat(TaskIds.extract("id: " + marked + " done").ids()).containsExactly(id.toLowerCase(Locale.ROOT));
        assertThat(TaskIds.normalize(marked.toString())).isEqualTo(id.toLowerCase(Locale.ROOT));
    }

    @Property(tries = 20)
    void aHugePasteKeepsEveryIdItHolds(@ForAll("hugePastes") Paste paste) {
        List<String> found = TaskIds.extract(paste.text()).ids();

        assertThat(paste.text().length()).isGreaterThan(200_000);
        assertThat(found).containsExactlyElementsOf(paste.ids().stream()
                .map(id -> id.toLowerCase(Locale.ROOT)).distinct().toList());
    }

    record Paste(List<String> ids, String text) {
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString())
                .flatMap(uuid -> Arbitraries.of(uuid, uuid.toUpperCase(Locale.ROOT)));
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of(INVISIBLES);
    }

    @Provide
    Arbitrary<List<Integer>> invisibleSprinkles() {
        return Arbitraries.integers().between(1, 35).list().ofMaxSize(6);
    }

    /** Anything: all of unicode, ID-ish alphabets, invisibles, fragments of real IDs. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("0123456789abcdefABCDEFgG-_ \n\t").ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789abcdef-\u200B\u200F\u202E").ofMaxLength(80),
                invisible(),
                ids(),
                ids().map(id -> id.substring(1)),
                ids().map(id -> id + "a"),
                ids().map(id -> "0" + id),
                Arbitraries.of("\uD83D\uDE00", "\uD800", "\uDFFF", "\u0000", "\r", "\u2028", "\u0661\u0662", "é",
                        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629"));
        return fragment.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> separators() {
        Arbitrary<String> visible = Arbitraries.of(" ", "\n", "\r\n", "\t", ",", ", ", ";", "|", "\"", "'", "(", ")",
                "[", "]", "{", "}", "<", ">", "/", "?taskId=", "&taskId=", "=", ":", "\u00A0", "\u3000", "\u060C",
                "\u3001", "…", "\u2028", "\u0085", "#");
        return Combinators.combine(invisible().list().ofMaxSize(2), visible, invisible().list().ofMaxSize(2))
                .as((lead, core, trail) -> String.join("", lead) + core + String.join("", trail));
    }

    @Provide
    Arbitrary<Paste> idsInNoise() {
        Arbitrary<String> noise = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789abcdefxyz-").ofMaxLength(30),
                nearMisses());
        return Combinators.combine(ids().list().ofMinSize(1).ofMaxSize(12), noise.list().ofSize(13),
                        separators().list().ofSize(26))
                .as((ids, noises, seps) -> {
                    StringBuilder text = new StringBuilder(noises.getFirst());
                    for (int i = 0; i < ids.size(); i++) {
                        text.append(seps.get(2 * i)).append(ids.get(i)).append(seps.get(2 * i + 1))
                                .append(noises.get(i + 1));
                    }
                    return new Paste(ids, text.toString());
                });
    }

    /** IDs one step away from valid: a character short or long, a non-hex letter, glued to hex or letters. */
    @Provide
    Arbitrary<String> nearMisses() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 35);
        Arbitrary<Character> nonHexLetter = Arbitraries.chars().range('g', 'z');
        Arbitrary<Character> glue = Arbitraries.of('0', '9', 'a', 'F', 'g', 'Z');
        return Combinators.combine(ids(), position, nonHexLetter, glue, Arbitraries.integers().between(0, 5))
                .as((id, at, letter, glued, kind) -> switch (kind) {
                    case 0 -> id.charAt(at) == '-' ? id.substring(0, at) + id.substring(at + 1) // a dash missing
                            : id.substring(0, at) + id.substring(at + 1);                        // 35 characters
                    case 1 -> id.charAt(at) == '-' ? id.substring(0, at) + "0-" + id.substring(at + 1)
                            : id.substring(0, at) + "0" + id.substring(at);                      // 37 characters
                    case 2 -> id.charAt(at) == '-' ? id.substring(0, at) + "_" + id.substring(at + 1)
                            : id.substring(0, at) + letter + id.substring(at + 1);               // a non-hex letter
                    case 3 -> glued + id;
                    case 4 -> id + glued;
                    default -> id.replace("-", "");
                });
    }

    @Provide
    Arbitrary<Paste> hugePastes() {
        Arbitrary<String> filler = Arbitraries.strings().all().ofMinLength(4_000).ofMaxLength(8_000);
        return Combinators.combine(ids().list().ofMinSize(0).ofMaxSize(50), filler.list().ofMinSize(60).ofMaxSize(80))
                .as((ids, fillers) -> {
                    StringBuilder text = new StringBuilder();
                    List<String> placed = new ArrayList<>();
                    for (int i = 0; i < fillers.size(); i++) {
                        text.append(fillers.get(i));
                        if (i < ids.size()) {
                            text.append('\n').append(ids.get(i)).append('\n');
                            placed.add(ids.get(i));
                        }
                    }
                    // filler is random unicode: it could hold a stray ID only with negligible odds
                    return new Paste(placed, text.toString());
                });
    }
}
