package org.kgconnector.web.api.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;

/**
 * Reads a {@link VendorRequest} record from the body with the connector's bounded JSON parser; a body that is not
 * a JSON object, or a member of the wrong type, answers 400 as a problem document before the resource runs.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class VendorRequestReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.isAnnotationPresent(VendorRequest.class);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return JsonRecords.bind(type, JsonText.parseObject(body.readAllBytes()));
        } catch (MalformedJsonException e) {
            throw new InvalidVendorRequest("the body must be a JSON object: " + e.getMessage());
        }
    }
}
