package org.layerpress.ui.admin;

import javafx.beans.binding.StringBinding;
import org.layerpress.ui.controls.ReasonEntry;

/**
 * An Admin form whose change needs a reason (roles, PIN reset, disable, idle timeout): the reason
 * entry the picker fills, and its words on the form's reason button.
 */
public abstract class ReasonFormViewModel {

    private final ReasonEntry reason = new ReasonEntry(UsersViewModel.REASONS);
    private final StringBinding reasonText = reason.shownAs("Reason", "Reason");

    ReasonFormViewModel() {
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
