package io.alephmonitor.tracking;

import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.KindInfo;

import java.util.List;

/** The identities of the task kinds the app ships with, for views that must not know the kind adapters. */
public final class KindCatalog {

    private static final List<KindInfo> STANDARD = TaskKinds.standard().all().stream().map(TaskKind::info).toList();

    private KindCatalog() {
    }

    /** Every shipped kind, in registry order (the default first). */
    public static List<KindInfo> standard() {
        return STANDARD;
    }
}
