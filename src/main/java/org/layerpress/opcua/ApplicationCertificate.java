package org.layerpress.opcua;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * An OPC UA application instance certificate: a self-signed RSA key pair kept in a PKCS#12 file,
 * created on first use, readable by the station's account only ({@link OwnerOnlyFiles}). Shared by the HMI's client adapter and the simulator so both speak
 * Basic256Sha256 with a certificate whose URI matches their applicationUri.
 */
public record ApplicationCertificate(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

    private static final String ALIAS = "application";
    // The key store guards a self-signed test/instance identity on the station's own disk; the
    // folder permissions are the protection, as for an SSH host key.
    private static final char[] STORE_PASSWORD = "layerpress".toCharArray();

    public X509Certificate[] chain() {
        return new X509Certificate[] {certificate};
    }

    /** Loads the certificate from {@code file}, or creates it there with the given identity. */
    public static ApplicationCertificate loadOrCreate(Path file, String commonName, String applicationUri, List<String> hostnames) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            OwnerOnlyFiles.folder(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                OwnerOnlyFiles.tighten(file);
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, STORE_PASSWORD);
                }
                X509Certificate cert = (X509Certificate) store.getCertificate(ALIAS);
                PrivateKey key = (PrivateKey) store.getKey(ALIAS, STORE_PASSWORD);
                if (cert != null && key != null) {
                    return new ApplicationCertificate(new KeyPair(cert.getPublicKey(), key), cert, applicationUri);
                }
            }
            KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
            SelfSignedCertificateBuilder builder = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName(commonName)
                    .setOrganization("LayerPress")
                    .setApplicationUri(applicationUri);
            for (String host : hostnames) {
                if (host.matches("[0-9.]+") || host.contains(":")) {
                    builder.addIpAddress(host);
                } else {
                    builder.addDnsName(host);
                }
            }
            X509Certificate cert = builder.build();
            store.load(null, STORE_PASSWORD);
            store.setKeyEntry(ALIAS, keyPair.getPrivate(), STORE_PASSWORD, new X509Certificate[] {cert});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, STORE_PASSWORD);
            OwnerOnlyFiles.write(file, out.toByteArray());
            return new ApplicationCertificate(keyPair, cert, applicationUri);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load or create the application certificate " + file + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a self-signed certificate in " + file + ": " + e.getMessage(), e);
        }
    }
}
