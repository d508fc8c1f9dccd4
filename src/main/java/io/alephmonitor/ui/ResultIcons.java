package io.alephmonitor.ui;

import io.alephmonitor.model.ResultType;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The icon each result type has wherever results are listed (the chooser, the gallery's tiles). */
public final class ResultIcons {

    private ResultIcons() {
    }

    /** Filmstrip, image, music note, text, link (a link whose type is not known yet). */
    public static Ikon of(ResultType type) {
        if (type == null) {
            return MaterialDesignL.LINK_VARIANT;
        }
        return switch (type) {
            case VIDEO -> MaterialDesignF.FILMSTRIP;
            case IMAGE -> MaterialDesignI.IMAGE_OUTLINE;
            case AUDIO -> MaterialDesignM.MUSIC_NOTE;
            case TEXT -> MaterialDesignT.TEXT_BOX_OUTLINE;
        };
    }
}
