package org.layerpress.ui.admin;

import javafx.beans.binding.StringBinding;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.fx.Words;

/**
 * An administration form whose change needs a reason (roles, PIN reset, disable, idle timeout, a die's edit or retirement): the reason
 * entry the picker fills, and its words on the form's reason button.
 */
public abstract class ReasonFormViewModel {

    private final ReasonEntry reason;
    private final StringBinding reasonText;

    ReasonFormViewModel() {
        this(UsersViewModel.REASONS);
    }

    /** A form whose reasons are picked from {@code presets} (e.g. the die registry's own). */
    ReasonFormViewModel(java.util.List<String> presets) {
        reason = new ReasonEntry(presets);
        reasonText = reason.shownAs(Words.get("admin.reason"), Words.get("admin.reason"));
    }

    public final ReasonEntry reason() {
        return reason;
    }

    public final StringBinding reasonTextProperty() {
        return reasonText;
    }

    public final String getReasonText() {
        return reasonText.get();
    }
}
