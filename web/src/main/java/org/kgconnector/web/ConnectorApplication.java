package org.kgconnector.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application; the context root ({@code /koogallery}) comes from the EAR's {@code application.xml}. */
@ApplicationPath("/")
public class ConnectorApplication extends Application {
}
