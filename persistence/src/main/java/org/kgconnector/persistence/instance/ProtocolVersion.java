package org.kgconnector.persistence.instance;

/** Which version of the SaaS base interfaces created an instance: V2 ({@code POST}, JSON) or legacy V1 ({@code GET}). */
public enum ProtocolVersion {
    V1,
    V2
}
