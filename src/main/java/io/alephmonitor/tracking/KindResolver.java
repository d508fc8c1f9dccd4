package io.alephmonitor.tracking;

import io.alephmonitor.model.TrackedTask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which kind each task ID found in pasted text is added as. With {@link TrackedTask#AUTO_KIND}, an
 * ID whose format only one known kind accepts is that kind; the others stay "auto" and are detected
 * while polling. With a given kind, IDs of formats that kind does not use are unrecognised.
 */
final class KindResolver {

    private final TaskIdReader idReader;
    private final List<String> kindIds;

    KindResolver(TaskIdReader idReader, List<String> kindIds) {
        this.idReader = idReader;
        this.kindIds = List.copyOf(kindIds);
    }

    /**
     * The IDs to add by kind (in the order found), and the tokens not added: IDs of another kind's
     * format first (the user confirms before they are added as this kind), then unknown tokens.
     */
    record Resolved(Map<String, List<String>> byKind, List<String> unrecognised, int linesWithoutId) {
    }

    Resolved resolve(String text, String kind) {
        TaskIdReader.Found found = idReader.read(text == null ? "" : text);
        boolean auto = TrackedTask.AUTO_KIND.equals(kind);
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        List<String> unrecognised = new ArrayList<>();
        for (String id : found.ids().stream().distinct().toList()) {
            List<String> formatKinds = found.kindsOf(id);
            if (!auto && !formatKinds.isEmpty() && !formatKinds.contains(kind)) {
                unrecognised.add(id);
                continue;
            }
            String target = kind;
            if (auto) {
                List<String> accepting = formatKinds.stream().filter(kindIds::contains).toList();
                target = accepting.size() == 1 ? accepting.getFirst() : TrackedTask.AUTO_KIND;
            }
            byKind.computeIfAbsent(target, k -> new ArrayList<>()).add(id);
        }
        unrecognised.addAll(found.unknownTokens());
        return new Resolved(byKind, unrecognised, found.linesWithoutId());
    }
}
