package org.layerpress.application.users;

import java.time.Duration;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/** Station settings an Admin changes, audited old → new with a reason. */
public final class StationSettingsUseCase {

    public static final Duration MIN_IDLE = Duration.ofMinutes(1);
    public static final Duration MAX_IDLE = Duration.ofMinutes(60);
    /** The key of the station's language in the settings; its value is a {@link Language#tag()}. */
    public static final String LANGUAGE_KEY = "station.language";

    private final SettingsStore settings;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;

    public StationSettingsUseCase(SettingsStore settings, Authorizer authorizer, Auditor auditor, Transactions tx) {
        this.settings = settings;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
    }

    public Duration idleTimeout() {
        return tx.inTransaction(settings::idleTimeout);
    }

    public void setIdleTimeout(Session session, Duration timeout, String reason) {
        if (timeout.compareTo(MIN_IDLE) < 0 || timeout.compareTo(MAX_IDLE) > 0) {
            throw new IllegalArgumentException("idle timeout must be " + MIN_IDLE.toMinutes() + "–" + MAX_IDLE.toMinutes() + " min, was " + timeout.toMinutes() + " min");
        }
        String why = UserCommands.requireReason(reason);
        User admin = authorizer.require(session, Permission.SET_STATION_SETTINGS, "changing the idle timeout");
        tx.inTransaction(() -> {
            Duration before = settings.idleTimeout();
            settings.setIdleTimeout(timeout);
            auditor.record(admin, AuditActions.SETTING_CHANGED, AuditActions.ENTITY_STATION, "idleTimeout",
                    before.toMinutes() + " min", timeout.toMinutes() + " min", why);
            return null;
        });
    }

    /** Whether PIN hashes travel with published users (docs/central.md); set on the user home and on each station. */
    public boolean sitePinHashes() {
        return tx.inTransaction(() -> SitePins.shared(settings));
    }

    public void setSitePinHashes(Session session, boolean on, String reason) {
        String why = UserCommands.requireReason(reason);
        User admin = authorizer.require(session, Permission.SET_STATION_SETTINGS, "changing whether PIN hashes travel with published users");
        tx.inTransaction(() -> {
            String before = SitePins.shared(settings) ? "on" : "off";
            settings.setText(SitePins.KEY, on ? "on" : "off");
            auditor.record(admin, AuditActions.SETTING_CHANGED, AuditActions.ENTITY_STATION, SitePins.KEY, before, on ? "on" : "off", why);
            return null;
        });
    }

    /**
     * The language of the login screen, and of the screens of a person who never chose one: English
     * until an Admin sets another (also for a tag this version does not know). Read before anyone logs
     * in, so it needs no session: it is a preference, not a secret.
     */
    public Language stationLanguage() {
        return tx.inTransaction(() -> settings.text(LANGUAGE_KEY).flatMap(Language::ofTag).orElse(Language.STATION_DEFAULT));
    }

    public void setStationLanguage(Session session, Language language, String reason) {
        String why = UserCommands.requireReason(reason);
        User admin = authorizer.require(session, Permission.SET_STATION_SETTINGS, "changing the station's language");
        tx.inTransaction(() -> {
            String before = settings.text(LANGUAGE_KEY).flatMap(Language::ofTag).orElse(Language.STATION_DEFAULT).tag();
            settings.setText(LANGUAGE_KEY, language.tag());
            auditor.record(admin, AuditActions.SETTING_CHANGED, AuditActions.ENTITY_STATION, LANGUAGE_KEY, before, language.tag(), why);
            return null;
        });
    }
}
