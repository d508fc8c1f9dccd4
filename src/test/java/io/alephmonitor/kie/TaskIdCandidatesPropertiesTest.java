package io.alephmonitor.kie;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-kind ID extraction over pastes mixing every format, separators and zero-width marks: it
 * never throws, never loses an ID, never adds a non-ID, and sets apart unknown ID-looking tokens.
 */
class TaskIdCandidatesPropertiesTest {

    private static final List<TaskKind> KINDS = TaskKinds.standard().all();

    record Paste(List<String> ids, List<String> unknown, String text) {
    }

    @Property(tries = 200)
    void everyIdOfEveryFormatComesOutOnceInOrderAndUnknownTokensAreSetApart(@ForAll("pastes") Paste paste) {
        TaskIdCandidates.Found found = TaskIdCandidates.extract(paste.text(), KINDS);

        assertThat(found.idList()).isEqualTo(List.copyOf(new LinkedHashSet<>(paste.ids())));
        assertThat(found.unknownTokens()).isEqualTo(List.copyOf(new LinkedHashSet<>(paste.unknown())));
    }

    @Property(tries = 200)
    void everyCandidateIsAcceptedByTheKindsItNames(@ForAll("pastes") Paste paste) {
        for (TaskIdCandidates.Candidate candidate : TaskIdCandidates.extract(paste.text(), KINDS).ids()) {
            assertThat(candidate.kinds()).isNotEmpty();
            for (String kind : candidate.kinds()) {
                assertThat(TaskKinds.standard().byId(kind).orElseThrow().isValidId(candidate.id())).isTrue();
            }
        }
    }

    @Property(tries = 500)
    void anyTextIsReadWithoutThrowingAndEveryIdFoundIsInTheText(@ForAll("anyText") String text) {
        TaskIdCandidates.Found found = TaskIdCandidates.extract(text, KINDS);

        String plain = TaskIds.withoutInvisibles(text).toLowerCase(Locale.ROOT);
        for (String id : found.idList()) {
            assertThat(plain).contains(id.toLowerCase(Locale.ROOT));
        }
        for (String token : found.unknownTokens()) {
            assertThat(text).contains(token);
            assertThat(token.length()).isGreaterThanOrEqualTo(TaskIdCandidates.MIN_UNKNOWN_LENGTH);
        }
        assertThat(found.linesWithoutId()).isBetween(0, (int) text.lines().count() + 1);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("abcdef0123456789-_ \n\u200Bveo_task").ofMaxLength(400),
                pastes().map(Paste::text));
    }

    @Provide
    Arbitrary<Paste> pastes() {
        Arbitrary<String[]> id = Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()))
                .flatMap(uuid -> {
                    String dashed = uuid.toString();
                    String hex = dashed.replace("-", "");
                    String prefixed = "veo_task_" + hex.substring(0, 12);
                    String market = "task_" + hex.substring(4, 16);
                    String unknown = "job-" + hex.substring(0, 20) + "-x";
                    return Arbitraries.of(
                            new String[] {dashed, dashed, "id"},
                            new String[] {dashed.toUpperCase(Locale.ROOT), dashed, "id"},
                            new String[] {hex, hex, "id"},
                            new String[] {hex.toUpperCase(Locale.ROOT), hex, "id"},
                            new String[] {prefixed, prefixed, "id"},
                            new String[] {market, market, "id"},
                            new String[] {unknown, unknown, "unknown"});
                });
        Arbitrary<String> separator = Arbitraries.of(",", " ", "\n", ", ", ";", "\t", "\r\n", " | ", "\"", "\u200B",
                "\" , \"", "?taskId=", "&taskId=", ")\n(", "\n\n  \n", " and ", "/");
        return Combinators.combine(id.list().ofMaxSize(25), separator.list().ofSize(26)).as((ids, separators) -> {
            StringBuilder text = new StringBuilder(separators.getFirst());
            List<String> expectedIds = new java.util.ArrayList<>();
            List<String> unknown = new java.util.ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String[] entry = ids.get(i);
                text.append(entry[0]).append(separators.get(i + 1));
                (entry[2].equals("id") ? expectedIds : unknown).add(entry[1]);
            }
            return new Paste(expectedIds, unknown, text.toString());
        });
    }
}
