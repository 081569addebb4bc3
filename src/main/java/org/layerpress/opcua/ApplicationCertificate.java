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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OPC UA application instance certificate: a self-signed RSA key pair kept in a PKCS#12 file,
 * created on first use, readable by the station's account only ({@link OwnerOnlyFiles}), under a
 * password generated for this station and kept beside it ({@link KeyStorePassword}). Shared by the
 * HMI's client adapter and the simulator so both speak Basic256Sha256 with a certificate whose URI
 * matches their applicationUri.
 */
public record ApplicationCertificate(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationCertificate.class);
    private static final String ALIAS = "application";

    public X509Certificate[] chain() {
        return new X509Certificate[] {certificate};
    }

    /** Loads the certificate from {@code file}, or creates it there with the given identity. */
    public static ApplicationCertificate loadOrCreate(Path file, String commonName, String applicationUri, List<String> hostnames) {
        try {
            OwnerOnlyFiles.folder(file.toAbsolutePath().getParent());
            char[] password = KeyStorePassword.loadOrCreate(file);
            if (Files.exists(file)) {
                OwnerOnlyFiles.tighten(file);
                KeyStore store = open(file, password);
                X509Certificate cert = (X509Certificate) store.getCertificate(ALIAS);
                PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
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
            save(file, keyPair.getPrivate(), cert, password);
            return new ApplicationCertificate(keyPair, cert, applicationUri);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load or create the application certificate " + file + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a self-signed certificate in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the key store with this station's password. One still under the old built-in password is
     * opened with that and re-saved under this station's at once, so it keeps its identity (the PLC
     * trusts this certificate) and the built-in password opens nothing from then on.
     */
    private static KeyStore open(Path file, char[] password) throws IOException, GeneralSecurityException {
        try {
            return load(file, password);
        } catch (IOException wrongPassword) {
            KeyStore legacy;
            try {
                legacy = load(file, KeyStorePassword.LEGACY);
            } catch (IOException alsoWrong) {
                throw new IOException("the key store does not open with the password in " + KeyStorePassword.fileOf(file)
                        + " (" + wrongPassword.getMessage() + "); delete both files to make a new certificate, which the PLC must then trust",
                        wrongPassword);
            }
            PrivateKey key = (PrivateKey) legacy.getKey(ALIAS, KeyStorePassword.LEGACY);
            X509Certificate cert = (X509Certificate) legacy.getCertificate(ALIAS);
            if (key == null || cert == null) {
                return legacy; // nothing to keep: the caller makes a new certificate over it
            }
            save(file, key, cert, password);
            LOG.info("{} was under the old built-in password; re-saved under this station's password in {}", file,
                    KeyStorePassword.fileOf(file));
            return load(file, password);
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void save(Path file, PrivateKey key, X509Certificate cert, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry(ALIAS, key, password, new X509Certificate[] {cert});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        OwnerOnlyFiles.write(file, out.toByteArray());
    }
}
