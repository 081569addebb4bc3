package org.layerpress.ui.admin;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.StationSettingsUseCase;
import org.layerpress.domain.user.Language;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;

/**
 * The Station language form (whole station): one chip per language, a reason, Save. The login screen
 * is shown in it, at start and after every logout, and so are the screens of a person who never chose
 * a language of their own; a person's own choice still wins after their login.
 */
public final class StationLanguageFormViewModel extends ReasonFormViewModel {

    /** Why a station changes its language; the record keeps the English preset, the tile is translated. */
    public static final List<String> REASONS = List.of("Working language of the site", "Requested by the people at this station",
            ReasonEntry.OTHER);

    private final StationSettingsUseCase settings;
    private final Session session;
    private final ScreenCalls calls;
    private final Consumer<String> onSaved;
    private final ReadOnlyObjectWrapper<Language> chosen = new ReadOnlyObjectWrapper<>(this, "chosen", Language.STATION_DEFAULT);

    StationLanguageFormViewModel(StationSettingsUseCase settings, Session session, ScreenCalls calls, Consumer<String> onSaved) {
        super(REASONS);
        this.settings = settings;
        this.session = session;
        this.calls = calls;
        this.onSaved = onSaved;
    }

    /** Shows the station's language as it is now. */
    void open() {
        reason().clear();
        calls.change(settings::stationLanguage, chosen::set);
    }

    /** A chip tapped: nothing is stored until Save. */
    public void choose(Language language) {
        chosen.set(language);
    }

    public void save() {
        Language language = chosen.get();
        String why = reason().reason();
        calls.change(() -> {
            settings.setStationLanguage(session, language, why);
            return language;
        }, l -> onSaved.accept(Words.format("users.stationLanguage.saved", l.chip())));
    }

    public ReadOnlyObjectProperty<Language> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public Language getChosen() {
        return chosen.get();
    }
}
