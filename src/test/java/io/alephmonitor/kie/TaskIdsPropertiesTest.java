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

/** Whatever separators and letter case a paste uses, every ID comes out once, in order. */
class TaskIdsPropertiesTest {

    @Property(tries = 100)
    void everyIdInAnyListComesOutOnceInOrderOfFirstAppearance(@ForAll("pastes") Paste paste) {
        List<String> expected = List.copyOf(new LinkedHashSet<>(
                paste.ids().stream().map(id -> id.toLowerCase(Locale.ROOT)).toList()));

        assertThat(TaskIds.extract(paste.text()).ids()).isEqualTo(expected);
    }

    record Paste(List<String> ids, String text) {
    }

    @Provide
    Arbitrary<Paste> pastes() {
        Arbitrary<String> id = Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString())
                .flatMap(uuid -> Arbitraries.of(uuid, uuid.toUpperCase(Locale.ROOT)));
        Arbitrary<String> separator = Arbitraries.of(",", " ", "\n", ", ", ";", "\t", "\r\n", " | ", "\"", "\u200B",
                "\" , \"", "?taskId=", "&taskId=", ")\n(", "\n\n  \n");
        return Combinators.combine(id.list().ofMinSize(0).ofMaxSize(30), separator.list().ofSize(31))
                .as((ids, separators) -> {
                    StringBuilder text = new StringBuilder(separators.getFirst());
                    for (int i = 0; i < ids.size(); i++) {
                        text.append(ids.get(i)).append(separators.get(i + 1));
                    }
                    // a duplicate of the first ID at the end must not reorder anything
                    if (!ids.isEmpty()) {
                        text.append(' ').append(ids.getFirst());
                    }
                    return new Paste(ids, text.toString());
                });
    }
}
