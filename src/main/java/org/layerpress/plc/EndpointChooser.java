package org.layerpress.plc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.layerpress.application.mapping.EndpointSettings;
import org.layerpress.application.mapping.Identity;

/**
 * Picks, among the endpoints a PLC advertises, the one with the mapping's security policy, mode and
 * login type, and points it at the host and port the mapping configures: PLCs often advertise a
 * host name the HMI cannot resolve (docs/stack-notes.md#eclipse-milo-112), so the configured address is the one dialed.
 */
final class EndpointChooser {

    private final EndpointSettings settings;

    EndpointChooser(EndpointSettings settings) {
        this.settings = settings;
    }

    SecurityPolicy policy() {
        return switch (settings.securityPolicy()) {
            case NONE -> SecurityPolicy.None;
            case BASIC256SHA256 -> SecurityPolicy.Basic256Sha256;
        };
    }

    MessageSecurityMode mode() {
        return switch (settings.securityMode()) {
            case NONE -> MessageSecurityMode.None;
            case SIGN -> MessageSecurityMode.Sign;
            case SIGN_AND_ENCRYPT -> MessageSecurityMode.SignAndEncrypt;
        };
    }

    UserTokenType tokenType() {
        return settings.identity().kind() == Identity.Kind.USERNAME ? UserTokenType.UserName : UserTokenType.Anonymous;
    }

    /** The matching endpoint, its URL rewritten to the configured host and port. */
    EndpointDescription choose(List<EndpointDescription> endpoints) throws LinkFailure {
        Optional<EndpointDescription> match = endpoints.stream()
                .filter(e -> Objects.equals(e.getTransportProfileUri(), Stack.TCP_UASC_UABINARY_TRANSPORT_URI)
                        || e.getTransportProfileUri() == null || e.getTransportProfileUri().isEmpty())
                .filter(e -> policy().getUri().equals(e.getSecurityPolicyUri()))
                .filter(e -> e.getSecurityMode() == mode())
                .filter(e -> tokens(e).anyMatch(t -> t.getTokenType() == tokenType()))
                .findFirst();
        if (match.isEmpty()) {
            throw new LinkFailure("the PLC at " + settings.url() + " offers no endpoint with " + describeWanted()
                    + "; it offers: " + endpoints.stream().map(EndpointChooser::describe).distinct().collect(Collectors.joining("; "))
                    + ". Fix securityPolicy/securityMode/identity in the mapping or the PLC's OPC UA settings.",
                    LinkFailure.Retry.AFTER_FIX);
        }
        String host = EndpointUtil.getHost(settings.url());
        int port = EndpointUtil.getPort(settings.url());
        return EndpointUtil.updateUrl(match.get(), host, port);
    }

    String describeWanted() {
        return policyName(policy().getUri()) + "/" + mode() + " with " + tokenName(tokenType()) + " login";
    }

    private static String describe(EndpointDescription e) {
        return policyName(e.getSecurityPolicyUri()) + "/" + e.getSecurityMode() + " ["
                + tokens(e).map(t -> tokenName(t.getTokenType())).distinct().collect(Collectors.joining(", ")) + "]";
    }

    private static Stream<UserTokenPolicy> tokens(EndpointDescription e) {
        return e.getUserIdentityTokens() == null ? Stream.empty() : Stream.of(e.getUserIdentityTokens());
    }

    private static String policyName(String uri) {
        if (uri == null) {
            return "?";
        }
        int hash = uri.lastIndexOf('#');
        return hash >= 0 ? uri.substring(hash + 1) : uri;
    }

    private static String tokenName(UserTokenType type) {
        if (type == null) {
            return "?";
        }
        return switch (type) {
            case Anonymous -> "anonymous";
            case UserName -> "username";
            case Certificate -> "certificate";
            case IssuedToken -> "issued-token";
        };
    }
}
