package org.layerpress.application.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;

/** E-signatures: both components on first signing, PIN every time, bound to the record's content. */
class SignRecordUseCaseTest {

    @TempDir
    Path dir;
    TestStation station;
    SignRecordUseCase signatures;
    Session sam;
    final SignableRecord recipe = new SignableRecord("recipe", "LGPS-bilayer-10mm v3", "step 1 PRESS 360 MPa 120 s\nstep 2 ...");

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        signatures = station.services().signatures();
        sam = station.loginAs("sam", "333333");
    }

    SignCommand approve(Optional<String> who, String pin) {
        return new SignCommand(recipe, SignatureMeaning.APPROVED, "Checked against the die rating", Permission.APPROVE_RECIPE, who, Pin.of(pin));
    }

    @Test
    void firstSignatureOfASessionAlsoAsksWhoYouAre() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> signatures.sign(sam, approve(Optional.empty(), "333333")));
        assertTrue(e.getMessage().contains("confirm who you are"), e.getMessage());
        assertThrows(AccessDeniedException.class, () -> signatures.sign(sam, approve(Optional.of("sue"), "333333")));
        Signature s = signatures.sign(sam, approve(Optional.of("B-1003"), "333333"));
        assertEquals("Sam Supervisor", s.printedName());
        Signature second = signatures.sign(sam, approve(Optional.empty(), "333333"));
        assertEquals(SignatureMeaning.APPROVED, second.meaning());
    }

    @Test
    void signatureBindsToTheContentItSigned() {
        Signature s = signatures.sign(sam, approve(Optional.of("sam"), "333333"));
        assertTrue(SignRecordUseCase.stillBinds(s, recipe));
        SignableRecord changed = new SignableRecord(recipe.entityType(), recipe.entityId(), recipe.canonicalContent().replace("360", "375"));
        assertFalse(SignRecordUseCase.stillBinds(s, changed), "changing the signed record invalidates the signature check");
        assertEquals(1, signatures.signaturesOf("recipe", "LGPS-bilayer-10mm v3").size());
    }

    @Test
    void manifestationShowsPrintedNameUtcTimeAndMeaning() {
        Signature s = signatures.sign(sam, approve(Optional.of("sam"), "333333"));
        String shown = s.manifestation();
        assertTrue(shown.startsWith("Approved by Sam Supervisor (sam) on 2026-"), shown);
        assertTrue(shown.contains("UTC"), shown);
        assertTrue(shown.endsWith("Checked against the die rating"), shown);
    }

    @Test
    void wrongPinDoesNotSignCountsTowardLockoutAndIsAudited() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> signatures.sign(sam, approve(Optional.of("sam"), "000000")));
        assertTrue(e.getMessage().contains("4 tries left"), e.getMessage());
        assertTrue(signatures.signaturesOf("recipe", "LGPS-bilayer-10mm v3").isEmpty());
        assertEquals(1, station.auditCount(AuditActions.PIN_REJECTED, "sam"));
    }

    @Test
    void signingIsAudited() {
        signatures.sign(sam, approve(Optional.of("sam"), "333333"));
        assertEquals(1, station.auditCount(AuditActions.SIGNED, "sam"));
    }
}
