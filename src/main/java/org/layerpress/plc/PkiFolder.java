package org.layerpress.plc;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.layerpress.opcua.ApplicationCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMI's PKI folder (the mapping's {@code trustDir}, under the data folder):
 * <pre>
 *   trusted/certs/   PLC certificates the HMI accepts (watched: a file dropped here counts at once)
 *   trusted/crl/     issuer/   Milo's trust-list layout
 *   rejected/        certificates the HMI refused, waiting for a person to trust them
 *   own/             the HMI's own application certificate (PKCS#12)
 * </pre>
 * Server certificates are checked against the trust list, never accepted blindly (Milo's default
 * accepts anything, docs/stack-notes.md#eclipse-milo-112).
 */
final class PkiFolder implements AutoCloseable {

    static final String CLIENT_APPLICATION_URI = "urn:layerpress:hmi";
    private static final Logger LOG = LoggerFactory.getLogger(PkiFolder.class);

    private final Path root;
    private final FileBasedTrustListManager trustList;
    private final FileBasedCertificateQuarantine quarantine;
    private final CertificateValidator validator;
    private ApplicationCertificate own;

    private PkiFolder(Path root, FileBasedTrustListManager trustList, FileBasedCertificateQuarantine quarantine) {
        this.root = root;
        this.trustList = trustList;
        this.quarantine = quarantine;
        this.validator = new DefaultClientCertificateValidator(trustList, quarantine);
    }

    /** Opens (creating the folders on first use) {@code trustDir} resolved against {@code dataDir}. */
    static PkiFolder open(Path dataDir, String trustDir) {
        Path root = dataDir.resolve(trustDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            FileBasedTrustListManager trustList = FileBasedTrustListManager.createAndInitialize(root);
            FileBasedCertificateQuarantine quarantine = FileBasedCertificateQuarantine.create(root.resolve("rejected"));
            return new PkiFolder(root, trustList, quarantine);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot set up the PLC trust folder " + root + ": " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    Path trustedCertsDir() {
        return root.resolve("trusted").resolve("certs");
    }

    Path rejectedDir() {
        return root.resolve("rejected");
    }

    CertificateValidator validator() {
        return validator;
    }

    /** The HMI's own certificate (created in {@code own/} the first time a secure link needs it). */
    synchronized ApplicationCertificate ownCertificate() {
        if (own == null) {
            List<String> hosts = new ArrayList<>(List.of("localhost"));
            try {
                hosts.add(InetAddress.getLocalHost().getHostName());
            } catch (IOException e) {
                LOG.debug("local host name unknown, certificate names localhost only: {}", e.getMessage());
            }
            own = ApplicationCertificate.loadOrCreate(root.resolve("own").resolve("layerpress-hmi.pfx"),
                    "LayerPress HMI", CLIENT_APPLICATION_URI, hosts.stream().distinct().toList());
            try {
                // The public part as a plain DER file, ready to copy into the PLC's trust list.
                Files.write(ownCertificateDer(), own.certificate().getEncoded());
            } catch (IOException | CertificateEncodingException e) {
                LOG.warn("could not export the HMI certificate to {}: {}", ownCertificateDer(), e.getMessage());
            }
        }
        return own;
    }

    /** The HMI's certificate as DER, for the PLC side's trust list. */
    Path ownCertificateDer() {
        return root.resolve("own").resolve("layerpress-hmi.der");
    }

    /**
     * Checks the certificate a PLC endpoint presents against the trust list before dialing it, so an
     * untrusted PLC gives an answer a person can act on (Milo would only say Bad_SecurityChecksFailed).
     */
    void checkServer(EndpointDescription endpoint) throws LinkFailure {
        List<X509Certificate> chain;
        try {
            chain = CertificateUtil.decodeCertificates(endpoint.getServerCertificate().bytesOrEmpty());
        } catch (UaException e) {
            throw new LinkFailure("the PLC sent an unreadable certificate: " + StatusText.describe(e), LinkFailure.Retry.AFTER_FIX, e);
        }
        if (chain.isEmpty()) {
            throw new LinkFailure("the PLC endpoint " + endpoint.getEndpointUrl() + " presents no certificate", LinkFailure.Retry.AFTER_FIX);
        }
        try {
            validator.validateCertificateChain(chain, null, null);
        } catch (UaException e) {
            throw new LinkFailure(refusal(chain.get(0), e), LinkFailure.Retry.AFTER_FIX, e);
        }
    }

    /** After a successful connection: a stale copy in rejected/ would only confuse the next person. */
    void forgive(EndpointDescription endpoint) {
        try {
            for (X509Certificate c : CertificateUtil.decodeCertificates(endpoint.getServerCertificate().bytesOrEmpty())) {
                quarantine.removeRejectedCertificate(c);
            }
        } catch (UaException | RuntimeException e) {
            LOG.debug("could not tidy rejected/: {}", e.getMessage());
        }
    }

    private String refusal(X509Certificate certificate, UaException e) {
        String who = certificate.getSubjectX500Principal().getName() + ", SHA-1 " + thumbprint(certificate);
        Optional<Path> file = rejectedFileOf(certificate);
        if (file.isPresent()) {
            return "PLC certificate not trusted (" + who + "). It was put in " + rejectedDir() + " as "
                    + file.get().getFileName() + ". If this is your PLC, move that file to " + trustedCertsDir()
                    + " and the HMI connects by itself.";
        }
        return "PLC certificate refused (" + who + "): " + StatusText.describe(e)
                + ". Check its validity dates and the issuer/ and trusted/ folders in " + root;
    }

    private Optional<Path> rejectedFileOf(X509Certificate certificate) {
        try (Stream<Path> files = Files.list(rejectedDir())) {
            return files.filter(f -> certificate.equals(decode(f))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static X509Certificate decode(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateUtil.decodeCertificate(in);
        } catch (IOException | UaException | RuntimeException e) {
            return null;
        }
    }

    static String thumbprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        try {
            trustList.close();
        } catch (IOException e) {
            LOG.debug("closing the trust list watcher: {}", e.getMessage());
        }
    }
}
