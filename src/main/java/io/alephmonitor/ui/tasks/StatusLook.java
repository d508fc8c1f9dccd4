package io.alephmonitor.ui.tasks;

import io.alephmonitor.model.TaskStatus;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;


/** How each status looks: a distinct glyph and a word (colour is only a third, redundant signal). */
public enum StatusLook {
    PENDING(MaterialDesignC.CLOCK_OUTLINE, "pending"),
    RUNNING(MaterialDesignP.PROGRESS_CLOCK, "running"),
    SUCCEEDED(MaterialDesignC.CHECK_CIRCLE, "succeeded"),
    FAILED(MaterialDesignA.ALERT_CIRCLE, "failed"),
    NOT_FOUND(MaterialDesignH.HELP_CIRCLE_OUTLINE, "not-found"),
    INVALID_ID(MaterialDesignC.CLOSE_OCTAGON_OUTLINE, "invalid");

    /**
     * The style class of every label showing a status. The status itself is a pseudo-class on it
     * ({@code .status-look:failed}): a table cell whose task changes status is then re-styled in place,
     * where swapping style classes made JavaFX match the cell against every stylesheet again.
     */
    public static final String STYLE_CLASS = "status-look";

    private final Ikon icon;
    private final PseudoClass state;

    StatusLook(Ikon icon, String pseudoClass) {
        this.icon = icon;
        this.state = PseudoClass.getPseudoClass(pseudoClass);
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

    /** The pseudo-class a status label has while it shows this status. */
    public PseudoClass pseudoClass() {
        return state;
    }

    /** A fresh icon node for this status. */
    public FontIcon newIcon() {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("status-icon");
        return i;
    }

    /**
     * Makes a label show this status: icon, word and colour (a pseudo-class). Table cells call this on
     * every update, so the icon is reused and nothing is touched that did not change.
     */
    public static void show(Label label, TaskStatus status) {
        if (!label.getStyleClass().contains(STYLE_CLASS)) {
            label.getStyleClass().add(STYLE_CLASS);
        }
        StatusLook look = status == null ? null : of(status);
        for (StatusLook each : values()) {
            label.pseudoClassStateChanged(each.state, each == look);
        }
        if (look == null) {
            label.setText(null);
            label.setGraphic(null);
            return;
        }
        label.setText(status.label());
        if (label.getGraphic() instanceof FontIcon shown && shown.getStyleClass().contains("status-icon")) {
            if (shown.getIconCode() != look.icon) {
                shown.setIconCode(look.icon);
            }
        } else {
            label.setGraphic(look.newIcon());
        }
    }
}
