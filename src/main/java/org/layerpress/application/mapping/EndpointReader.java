package org.layerpress.application.mapping;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.files.YamlSection;
import org.layerpress.application.mapping.EndpointSettings.SecurityModeName;
import org.layerpress.application.mapping.EndpointSettings.SecurityPolicyName;
import org.layerpress.domain.InputLimits;

/**
 * Reads the {@code endpoint:} section of a mapping file: the OPC UA URL, security and login. Shared by
 * the press mapping and the glovebox mapping, so both endpoints are written and refused the same way.
 */
final class EndpointReader {

    private final MappingValues values;

    EndpointReader(MappingValues values) {
        this.values = values;
    }

    EndpointSettings read(YamlSection o) {
        o.allowOnly("url", "securityPolicy", "securityMode", "identity", "trustDir");
        String url = o.requiredText("url");
        if (!url.startsWith("opc.tcp://")) {
            throw values.error(o.node("url"), o.key("url"), "expected an opc.tcp:// URL, got " + InputLimits.excerpt(url));
        }
        MappingLimits.urlProblem(url).ifPresent(problem -> {
            throw values.error(o.node("url"), o.key("url"), problem);
        });
        SecurityPolicyName policy = o.optionalText("securityPolicy").map(v -> values.choose(o, "securityPolicy", v,
                Map.of("None", SecurityPolicyName.NONE, "Basic256Sha256", SecurityPolicyName.BASIC256SHA256)))
                .orElse(SecurityPolicyName.NONE);
        SecurityModeName mode = o.optionalText("securityMode").map(v -> values.choose(o, "securityMode", v,
                Map.of("None", SecurityModeName.NONE, "Sign", SecurityModeName.SIGN, "SignAndEncrypt", SecurityModeName.SIGN_AND_ENCRYPT)))
                .orElse(SecurityModeName.NONE);
        if ((policy == SecurityPolicyName.NONE) != (mode == SecurityModeName.NONE)) {
            throw values.error(o.node("securityMode"), o.key("securityMode"),
                    "securityPolicy None goes with securityMode None, and Basic256Sha256 with Sign or SignAndEncrypt");
        }
        Identity identity = o.has("identity") ? identity(o.section("identity")) : Identity.anonymous();
        String trustDir = o.optionalText("trustDir").orElse("pki");
        return new EndpointSettings(url, policy, mode, identity, trustDir);
    }

    private Identity identity(YamlSection o) {
        o.allowOnly("type", "username", "passwordEnv", "passwordFile", "password");
        if (o.has("password")) {
            throw values.error(o.node("password"), o.key("password"),
                    "passwords never go in a mapping file: use passwordEnv (an environment variable) or passwordFile");
        }
        String type = o.requiredText("type");
        if (type.equals("anonymous")) {
            return Identity.anonymous();
        }
        if (!type.equals("username")) {
            throw values.error(o.node("type"), o.key("type"), "expected 'anonymous' or 'username', got " + InputLimits.excerpt(type));
        }
        String user = o.requiredText("username");
        Optional<String> env = o.optionalText("passwordEnv");
        Optional<Path> pwFile = o.optionalText("passwordFile").map(Path::of);
        if (env.isEmpty() && pwFile.isEmpty()) {
            throw values.error(o.self(), o.path(), "username identity needs passwordEnv or passwordFile");
        }
        return new Identity(Identity.Kind.USERNAME, user, env, pwFile);
    }
}
