package org.kgconnector.web.callback.control;

import jakarta.json.JsonObject;

/** A callback's body read as JSON: the object, or null and the reason it is none. */
public record ParsedBody(JsonObject body, String problem) {

    static final ParsedBody NONE = new ParsedBody(null, "the body is empty");
}
