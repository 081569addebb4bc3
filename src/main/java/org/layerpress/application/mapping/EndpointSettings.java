package org.layerpress.application.mapping;

/**
 * Where and how to reach the PLC.
 *
 * @param trustDir folder of the PKI trust list (trusted/, rejected/ …); relative paths are taken
 *     from the HMI's data folder
 */
public record EndpointSettings(String url, SecurityPolicyName securityPolicy, SecurityModeName securityMode, Identity identity, String trustDir) {

    public enum SecurityPolicyName { NONE, BASIC256SHA256 }

    public enum SecurityModeName { NONE, SIGN, SIGN_AND_ENCRYPT }
}
