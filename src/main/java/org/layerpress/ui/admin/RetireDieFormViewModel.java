package org.layerpress.ui.admin;

import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.dies.DieRegistryUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;

/** The Retire form: the selected die out of use for good, with a reason. It stays in the registry for the records that name it. */
public final class RetireDieFormViewModel extends ReasonFormViewModel {

    private final DieRegistryUseCase dies;
    private final Session session;
    private final ScreenCalls calls;
    private final ObservableValue<DieRow> selected;
    private final BiConsumer<RegisteredDie, String> onChanged;

    RetireDieFormViewModel(DieRegistryUseCase dies, Session session, ScreenCalls calls, ObservableValue<DieRow> selected,
                           BiConsumer<RegisteredDie, String> onChanged) {
        super(DiesViewModel.REASONS);
        this.dies = dies;
        this.session = session;
        this.calls = calls;
        this.selected = selected;
        this.onChanged = onChanged;
    }

    void open() {
        reason().clear();
    }

    public void retire() {
        DieRow target = selected.getValue();
        if (target == null) {
            return;
        }
        String why = reason().reason();
        calls.change(() -> dies.retire(session, new DieCommands.RetireDie(target.id(), why)),
                d -> onChanged.accept(d, Words.format("dies.retired", d.id())));
    }
}
