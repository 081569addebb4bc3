package org.layerpress.plc;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.layerpress.application.mapping.EndpointSettings;
import org.layerpress.application.mapping.Identity;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.opcua.ApplicationCertificate;

/**
 * Dials the PLC once: GetEndpoints at the configured URL, choose the endpoint the mapping asks
 * for, check the PLC's certificate against the trust folder, open a session with the mapping's
 * identity, and resolve the namespace index from its URI. Every failure comes back as a
 * {@link LinkFailure} a person can act on, and a client whose connect failed is always disconnected
 * (otherwise Milo keeps retrying it in the background, docs/stack-notes.md#eclipse-milo-112).
 */
final class ClientFactory {

    static final int CONNECT_TIMEOUT_MILLIS = 3_000;
    static final int REQUEST_TIMEOUT_MILLIS = 5_000;
    private static final Set<Long> LOGIN_REFUSED = Set.of(StatusCodes.Bad_UserAccessDenied, StatusCodes.Bad_IdentityTokenInvalid,
            StatusCodes.Bad_IdentityTokenRejected, StatusCodes.Bad_UserSignatureInvalid);

    private final String namespaceUri;
    private final String source;
    private final EndpointSettings settings;
    private final PkiFolder pki;
    private final EndpointChooser chooser;

    ClientFactory(PressMapping mapping, PkiFolder pki) {
        this(mapping.endpoint(), mapping.namespaceUri(), mapping.source(), pki);
    }

    /**
     * A factory for any OPC UA device the HMI reads (the glovebox controller has an endpoint and a
     * namespace URI of its own).
     *
     * @param source the mapping file, named when its namespace is not found
     */
    ClientFactory(EndpointSettings settings, String namespaceUri, String source, PkiFolder pki) {
        this.namespaceUri = namespaceUri;
        this.source = source;
        this.settings = settings;
        this.pki = pki;
        this.chooser = new EndpointChooser(settings);
    }

    String url() {
        return settings.url();
    }

    /**
     * Connects a new client.
     *
     * @param onSessionInactive told (on a Milo thread) when this client's session goes away; it is
     *     registered before connecting so a loss right after the connect is not missed
     */
    PlcConnection connect(Consumer<OpcUaClient> onSessionInactive) throws LinkFailure {
        EndpointDescription endpoint = chooser.choose(discover());
        boolean secure = chooser.policy() != SecurityPolicy.None;
        boolean certificateChecked = secure || passwordEncryptedForServer(endpoint);
        if (certificateChecked) {
            pki.checkServer(endpoint);
        }
        OpcUaClient client;
        try {
            client = OpcUaClient.create(config(endpoint, secure),
                    transport -> transport.setConnectTimeout(uint(CONNECT_TIMEOUT_MILLIS)));
        } catch (UaException e) {
            throw new LinkFailure("cannot set up the OPC UA client: " + StatusText.describe(e), LinkFailure.Retry.AFTER_FIX, e);
        }
        client.addSessionActivityListener(new SessionActivityListener() {
            @Override
            public void onSessionInactive(UaSession session) {
                onSessionInactive.accept(client);
            }
        });
        try {
            client.connect();
            UShort index = client.readNamespaceTable().getIndex(namespaceUri);
            if (index == null) {
                throw new LinkFailure("the PLC at " + settings.url() + " has no namespace " + namespaceUri
                        + " (namespaceUri in " + source + ")", LinkFailure.Retry.AFTER_FIX);
            }
            if (certificateChecked) {
                pki.forgive(endpoint);
            }
            return new PlcConnection(client, index.intValue(), endpoint, describe(endpoint));
        } catch (UaException e) {
            PlcConnection.discard(client);
            throw sessionRefused(e);
        } catch (LinkFailure | RuntimeException e) {
            PlcConnection.discard(client);
            throw e;
        }
    }

    /**
     * Username over a None channel: the password is still encrypted with the PLC's certificate
     * when the token policy names a security policy, and Milo checks that certificate with our
     * validator; checking it first gives the same actionable message as a secure channel.
     */
    private boolean passwordEncryptedForServer(EndpointDescription endpoint) {
        if (chooser.tokenType() != UserTokenType.UserName || endpoint.getUserIdentityTokens() == null) {
            return false;
        }
        return Stream.of(endpoint.getUserIdentityTokens())
                .filter(t -> t.getTokenType() == UserTokenType.UserName)
                .findFirst()
                .map(t -> t.getSecurityPolicyUri() != null && !t.getSecurityPolicyUri().isEmpty()
                        && !SecurityPolicy.None.getUri().equals(t.getSecurityPolicyUri()))
                .orElse(false);
    }

    private List<EndpointDescription> discover() throws LinkFailure {
        try {
            return DiscoveryClient.getEndpoints(settings.url(), t -> t.setConnectTimeout(uint(CONNECT_TIMEOUT_MILLIS)))
                    .get(CONNECT_TIMEOUT_MILLIS + REQUEST_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new LinkFailure("PLC not reachable at " + settings.url() + ": " + StatusText.describe(e), LinkFailure.Retry.SOON, e);
        } catch (TimeoutException e) {
            throw new LinkFailure("PLC not answering at " + settings.url() + " (no endpoint list within "
                    + (CONNECT_TIMEOUT_MILLIS + REQUEST_TIMEOUT_MILLIS) / 1000 + " s)", LinkFailure.Retry.SOON, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkFailure("interrupted while dialing " + settings.url(), LinkFailure.Retry.SOON, e);
        }
    }

    private OpcUaClientConfig config(EndpointDescription endpoint, boolean secure) throws LinkFailure {
        OpcUaClientConfigBuilder builder = OpcUaClientConfig.builder()
                .setApplicationName(LocalizedText.english("LayerPress HMI"))
                .setApplicationUri(PkiFolder.CLIENT_APPLICATION_URI)
                .setProductUri("urn:layerpress")
                .setEndpoint(endpoint)
                .setIdentityProvider(identity())
                .setCertificateValidator(pki.validator())
                .setRequestTimeout(uint(REQUEST_TIMEOUT_MILLIS))
                .setSessionTimeout(uint(60_000))
                // A silent link (cable pulled) is noticed within ~3 s instead of Milo's 10 s.
                .setKeepAliveInterval(uint(1_000))
                .setKeepAliveTimeout(uint(2_000))
                .setKeepAliveFailuresAllowed(uint(1));
        if (secure) {
            ApplicationCertificate own = pki.ownCertificate();
            builder.setKeyPair(own.keyPair()).setCertificate(own.certificate()).setCertificateChain(own.chain());
        }
        return builder.build();
    }

    private IdentityProvider identity() throws LinkFailure {
        Identity identity = settings.identity();
        if (identity.kind() == Identity.Kind.ANONYMOUS) {
            return new AnonymousProvider();
        }
        char[] password;
        try {
            password = identity.resolvePassword();
        } catch (IllegalStateException e) {
            throw new LinkFailure(e.getMessage(), LinkFailure.Retry.AFTER_FIX, e);
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(password, '\0');
        // Milo wipes the array it is given, so hand it a fresh copy each time.
        return new UsernameProvider(identity.username(), () -> bytes.clone(), pki.validator());
    }

    private LinkFailure sessionRefused(UaException e) {
        StatusCode status = StatusText.statusOf(e);
        String why = StatusText.describe(e);
        if (LOGIN_REFUSED.contains(status.value())) {
            return new LinkFailure("the PLC refused the login of user '" + settings.identity().username() + "': " + why,
                    LinkFailure.Retry.AFTER_FIX, e);
        }
        if (status.isSecurityError() || status.value() == StatusCodes.Bad_SecurityChecksFailed) {
            return new LinkFailure("secure connection to " + settings.url() + " failed: " + why
                    + ". If the PLC does not trust the HMI yet, trust the HMI certificate " + pki.ownCertificateDer() + " on the PLC.",
                    LinkFailure.Retry.AFTER_FIX, e);
        }
        return new LinkFailure("connection to " + settings.url() + " failed: " + why, LinkFailure.Retry.SOON, e);
    }

    private String describe(EndpointDescription endpoint) {
        String host = EndpointUtil.getHost(endpoint.getEndpointUrl()) + ":" + EndpointUtil.getPort(endpoint.getEndpointUrl());
        String login = settings.identity().kind() == Identity.Kind.USERNAME ? "user " + settings.identity().username() : "anonymous";
        return host + ", " + chooser.policy().name() + "/" + chooser.mode() + ", " + login;
    }
}
