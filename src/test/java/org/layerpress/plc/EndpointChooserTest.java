package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.EndpointSettings;
import org.layerpress.application.mapping.EndpointSettings.SecurityModeName;
import org.layerpress.application.mapping.EndpointSettings.SecurityPolicyName;
import org.layerpress.application.mapping.Identity;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/** The HMI dials the address it was configured with, whatever host name the PLC advertises. */
class EndpointChooserTest {

    @TempDir
    Path dir;

    @Test
    void connectsToTheConfiguredAddressWhenThePlcAdvertisesAnUnresolvableHostName() throws Exception {
        PressMapping mapping = TestPlc.mapping(dir, "plain", TestPlc.anonymousNone(), TestPlc.signals());
        try (PressSimulator simulator = new PressSimulator(mapping,
                SimulatorOptions.loopback(0, dir.resolve("sim-pki")).withAdvertisedHostname("plc-unresolvable.invalid"), (dt, io) -> { })) {
            simulator.start();
            List<EndpointDescription> advertised = DiscoveryClient.getEndpoints(simulator.endpointUrl()).get();
            assertTrue(advertised.stream().allMatch(e -> e.getEndpointUrl().contains("plc-unresolvable.invalid")),
                    "the PLC really advertises the bad name: " + advertised.get(0).getEndpointUrl());
            try (MiloPressAdapter adapter = new MiloPressAdapter(TestPlc.forHmi(mapping, simulator), dir.resolve("hmi"))) {
                adapter.open();
                waitUntil("link up", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
                assertTrue(adapter.linkStatus().detail().contains("127.0.0.1:" + simulator.port()), adapter.linkStatus().detail());
            }
        }
    }

    @Test
    void picksTheEndpointWithTheMappingsPolicyModeAndLoginAndRewritesItsAddress() throws Exception {
        EndpointChooser chooser = new EndpointChooser(settings(SecurityPolicyName.BASIC256SHA256, SecurityModeName.SIGN,
                new Identity(Identity.Kind.USERNAME, "operator", Optional.of("PW"), Optional.empty())));
        List<EndpointDescription> offered = List.of(
                endpoint(SecurityPolicy.None, MessageSecurityMode.None, UserTokenType.Anonymous, UserTokenType.UserName),
                endpoint(SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt, UserTokenType.UserName),
                endpoint(SecurityPolicy.Basic256Sha256, MessageSecurityMode.Sign, UserTokenType.Anonymous),
                endpoint(SecurityPolicy.Basic256Sha256, MessageSecurityMode.Sign, UserTokenType.UserName));
        EndpointDescription chosen = chooser.choose(offered);
        assertEquals(MessageSecurityMode.Sign, chosen.getSecurityMode());
        assertEquals(UserTokenType.UserName, chosen.getUserIdentityTokens()[0].getTokenType());
        assertEquals("opc.tcp://10.0.0.7:4841/press", chosen.getEndpointUrl());
    }

    @Test
    void noMatchingEndpointListsWhatThePlcOffers() {
        EndpointChooser chooser = new EndpointChooser(settings(SecurityPolicyName.BASIC256SHA256, SecurityModeName.SIGN_AND_ENCRYPT,
                Identity.anonymous()));
        List<EndpointDescription> offered = List.of(endpoint(SecurityPolicy.None, MessageSecurityMode.None, UserTokenType.Anonymous));
        LinkFailure f = assertThrows(LinkFailure.class, () -> chooser.choose(offered));
        assertTrue(f.getMessage().contains("offers no endpoint with Basic256Sha256/SignAndEncrypt with anonymous login"), f.getMessage());
        assertTrue(f.getMessage().contains("it offers: None/None [anonymous]"), f.getMessage());
        assertEquals(LinkFailure.Retry.AFTER_FIX, f.retry());
    }

    static EndpointSettings settings(SecurityPolicyName policy, SecurityModeName mode, Identity identity) {
        return new EndpointSettings("opc.tcp://10.0.0.7:4841/press", policy, mode, identity, "pki");
    }

    static EndpointDescription endpoint(SecurityPolicy policy, MessageSecurityMode mode, UserTokenType... tokens) {
        UserTokenPolicy[] policies = java.util.Arrays.stream(tokens)
                .map(t -> new UserTokenPolicy(t.name(), t, null, null, null)).toArray(UserTokenPolicy[]::new);
        return new EndpointDescription("opc.tcp://plc-7.factory.local:4840/press", null, ByteString.NULL_VALUE, mode,
                policy.getUri(), policies, Stack.TCP_UASC_UABINARY_TRANSPORT_URI, Unsigned.ubyte(0));
    }
}
