package org.layerpress.application;

import java.time.Clock;
import org.layerpress.application.audit.AuditQueryUseCase;
import org.layerpress.application.audit.AuditTrail;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignatureStore;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.ChangePinUseCase;
import org.layerpress.application.users.DemoUsers;
import org.layerpress.application.users.ExitKioskUseCase;
import org.layerpress.application.users.FirstAdminSetupUseCase;
import org.layerpress.application.users.LoginUseCase;
import org.layerpress.application.users.PinHasher;
import org.layerpress.application.users.PinVerifier;
import org.layerpress.application.users.SessionManager;
import org.layerpress.application.users.SettingsStore;
import org.layerpress.application.users.StationSettingsUseCase;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.application.users.UserStore;
import org.layerpress.application.users.WitnessVerifier;

/**
 * The station's use cases, wired once from the store ports (the composition root builds it). The
 * last components are the shared pieces later capabilities (recipes, batches) wire themselves from
 * ({@code witnesses}: the second-person check of a witnessed batch step).
 */
public record StationServices(
        SessionManager sessions,
        FirstAdminSetupUseCase firstAdminSetup,
        LoginUseCase login,
        ChangePinUseCase changePin,
        UserAdministrationUseCase userAdministration,
        StationSettingsUseCase settings,
        ExitKioskUseCase exitKiosk,
        SignRecordUseCase signatures,
        AuditQueryUseCase audit,
        Runnable seedDemoUsers,
        Authorizer authorizer,
        Auditor auditor,
        Transactions transactions,
        Clock clock,
        WitnessVerifier witnesses) {

    public static StationServices create(Transactions tx, UserStore users, AuditTrail trail, SignatureStore signatureStore,
                                         SettingsStore settingsStore, Clock clock) {
        PinHasher hasher = new PinHasher();
        Auditor auditor = new Auditor(trail, clock);
        PinVerifier verifier = new PinVerifier(users, hasher, auditor, clock);
        Authorizer authorizer = new Authorizer(users, auditor, tx);
        SessionManager sessions = new SessionManager(settingsStore, auditor, tx, clock);
        return new StationServices(
                sessions,
                new FirstAdminSetupUseCase(users, hasher, auditor, tx),
                new LoginUseCase(users, verifier, sessions, auditor, tx, clock),
                new ChangePinUseCase(users, hasher, verifier, auditor, tx),
                new UserAdministrationUseCase(users, hasher, authorizer, auditor, tx),
                new StationSettingsUseCase(settingsStore, authorizer, auditor, tx),
                new ExitKioskUseCase(users, verifier, auditor, tx),
                new SignRecordUseCase(signatureStore, authorizer, verifier, auditor, sessions, tx, clock),
                new AuditQueryUseCase(trail, authorizer, tx),
                () -> DemoUsers.seed(users, hasher, auditor, tx),
                authorizer, auditor, tx, clock,
                new WitnessVerifier(users, verifier, auditor));
    }
}
