package io.alephmonitor.ui.tasks;

import io.alephmonitor.kie.TaskStatus;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/** How each status looks: a distinct glyph and a word (colour is only a third, redundant signal). */
public enum StatusLook {
    PENDING(MaterialDesignC.CLOCK_OUTLINE, "status-pending"),
    RUNNING(MaterialDesignP.PROGRESS_CLOCK, "status-running"),
    SUCCEEDED(MaterialDesignC.CHECK_CIRCLE, "status-succeeded"),
    FAILED(MaterialDesignA.ALERT_CIRCLE, "status-failed"),
    NOT_FOUND(MaterialDesignH.HELP_CIRCLE_OUTLINE, "status-not-found"),
    INVALID_ID(MaterialDesignC.CLOSE_OCTAGON_OUTLINE, "status-invalid");

    /** Every style class a look may set, so a reused cell can drop the previous one. */
    public static final List<String> STYLE_CLASSES =
            java.util.Arrays.stream(values()).map(StatusLook::styleClass).toList();

    private final Ikon icon;
    private final String styleClass;

    StatusLook(Ikon icon, String styleClass) {
        this.icon = icon;
        this.styleClass = styleClass;
    }

    public static StatusLook of(TaskStatus status) {
        return switch (status) {
            case TaskStatus.Pending p -> PENDING;
            case TaskStatus.Running r -> RUNNING;
            case TaskStatus.Succeeded s -> SUCCEEDED;
            case TaskStatus.Failed f -> FAILED;
            case TaskStatus.NotFound n -> NOT_FOUND;
            case TaskStatus.InvalidId i -> INVALID_ID;
        };
    }

    public Ikon icon() {
        return icon;
    }

    public String styleClass() {
        return styleClass;
    }

    /** A fresh icon node for this status. */
    public FontIcon newIcon() {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("status-icon");
        return i;
    }

    /**
     * Makes a label show this status: icon, word and colour class. Table cells call this on every
     * update, so the icon is reused and the style class only touched when the status kind changes.
     */
    public static void show(Label label, TaskStatus status) {
        if (status == null) {
            label.getStyleClass().removeAll(STYLE_CLASSES);
            label.setText(null);
            label.setGraphic(null);
            return;
        }
        StatusLook look = of(status);
        label.setText(status.label());
        if (label.getGraphic() instanceof FontIcon shown && shown.getStyleClass().contains("status-icon")) {
            if (shown.getIconCode() != look.icon) {
                shown.setIconCode(look.icon);
            }
        } else {
            label.setGraphic(look.newIcon());
        }
        if (!label.getStyleClass().contains(look.styleClass)) {
            label.getStyleClass().removeAll(STYLE_CLASSES);
            label.getStyleClass().add(look.styleClass);
        }
    }
}
