package org.layerpress.sim;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.layerpress.opcua.ApplicationCertificate;

/** The certificate manager of a simulated OPC UA server (the press and the glovebox simulators share it). */
final class SimulatorCertificates {

    private SimulatorCertificates() {
    }

    static DefaultCertificateManager manager(ApplicationCertificate certificate) {
        KeyPair keyPair = certificate.keyPair();
        X509Certificate[] chain = certificate.chain();
        RsaSha256CertificateFactory factory = new RsaSha256CertificateFactory() {
            @Override
            protected KeyPair createRsaSha256KeyPair() {
                return keyPair;
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair kp) {
                return chain;
            }
        };
        // A simulator accepts any client certificate: it stands in for a PLC on the bench, and the
        // HMI side (what we ship) is the one whose trust checks the tests exercise.
        CertificateValidator acceptAnyClient = (certificateChain, applicationUri, validHostNames) -> { };
        try {
            DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(
                    new MemoryTrustListManager(), new MemoryCertificateStore(), factory, acceptAnyClient);
            return new DefaultCertificateManager(new MemoryCertificateQuarantine(), group);
        } catch (Exception e) {
            throw new IllegalStateException("simulator certificate setup failed: " + e.getMessage(), e);
        }
    }
}
