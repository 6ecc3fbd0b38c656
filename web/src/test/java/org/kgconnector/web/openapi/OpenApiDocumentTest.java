package org.kgconnector.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kgconnector.licensing.code.control.Verdict;
import org.kgconnector.persistence.license.CodeState;
import org.kgconnector.platform.admin.WorkQueries;
import org.kgconnector.platform.ledger.CallbackFamily;
import org.kgconnector.protocol.signature.Verification;
import org.kgconnector.web.ConnectorApplication;
import org.kgconnector.web.api.control.VendorApi;
import org.kgconnector.web.api.control.VendorRequest;

/**
 * The OpenAPI document against the code, both ways: the resource classes are found in the compiled classes of the
 * documented packages (every class there annotated {@code @Path}, none listed by hand), and each of their methods
 * must be an operation of the document with exactly its parameters, body, answer record and security, while each
 * operation of the document must be a method of theirs. The schemas that name a record ({@code x-java-type}) list
 * its components with their JSON types; every {@code $ref} resolves and every component is used.
 */
class OpenApiDocumentTest {

    /** The context root of the web module ({@code application.xml}); the application path is {@code /}. */
    static final String CONTEXT_ROOT = "/koogallery";

    /** The packages whose resources the document describes, and the tag of their operations. */
    static final Map<String, String> TAGS = Map.of(
            "org.kgconnector.web.admin.boundary", "admin",
            "org.kgconnector.web.api.boundary", "vendor",
            "org.kgconnector.web.metrics", "metrics",
            "org.kgconnector.web.openapi", "documentation");

    /** Where the values of a documented enumeration come from, for the parameters that have no {@code @Pattern}. */
    static final Map<String, List<String>> PARAMETER_VALUES = Map.of(
            "family", Arrays.stream(CallbackFamily.values()).map(CallbackFamily::label).toList(),
            "verification", Arrays.stream(Verification.values()).map(Enum::name).toList(),
            "kind", WorkQueries.OUTBOUND_KINDS);

    static final Set<Set<String>> ADMIN_READ = Set.of(Set.of("operatorBasic"), Set.of("consoleSession"));
    static final Set<Set<String>> ADMIN_CHANGE = Set.of(Set.of("operatorBasic"), Set.of("consoleSession", "consoleCsrf"));
    static final Set<Set<String>> VENDOR = Set.of(Set.of("vendorBearer"));
    static final Set<String> SAFE_METHODS = Set.of("get", "head", "options");

    record Operation(String method, String path) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    record Resource(Class<?> type, Method method, String pkg) {
    }

    static JsonObject document;
    static Map<Operation, Resource> code;
    static Set<String> presentPackages;

    @BeforeAll
    static void readTheDocumentAndTheCode() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertTrue(in != null, OpenApiResource.DOCUMENT + " is on the class path");
            document = Json.createReader(in).readObject();
        }
        java.nio.file.Path classes = java.nio.file.Path.of(ConnectorApplication.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        code = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        presentPackages = new TreeSet<>();
        for (String pkg : TAGS.keySet()) {
            for (Class<?> type : resourceClasses(classes, pkg)) {
                presentPackages.add(pkg);
                for (Method method : type.getMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        assertFalse(method.isAnnotationPresent(Path.class),
                                method + " is a sub-resource locator, which this test cannot follow");
                        continue;
                    }
                    Operation operation = new Operation(http, path(type, method));
                    Resource before = code.put(operation, new Resource(type, method, pkg));
                    assertTrue(before == null, operation + " is answered twice: " + method + ", " + (before == null
                            ? "" : before.method()));
                }
            }
        }
        for (String pkg : TAGS.keySet()) {
            assertTrue(presentPackages.contains(pkg), "resources found in " + pkg + " under " + classes);
        }
    }

    /** The classes of {@code pkg} (not its sub-packages) annotated {@code @Path}, from the compiled classes. */
    static List<Class<?>> resourceClasses(java.nio.file.Path classes, String pkg) throws IOException {
        java.nio.file.Path dir = classes.resolve(pkg.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                if (simple.equals("package-info")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(pkg + "." + simple, false, OpenApiDocumentTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(file + " cannot be loaded", e);
                }
            }
        }
        return found;
    }

    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The full path: context root, class {@code @Path}, method {@code @Path}, templates without their regex. */
    static String path(Class<?> type, Method method) {
        StringBuilder path = new StringBuilder(CONTEXT_ROOT);
        for (Path part : new Path[] {type.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
            if (part != null) {
                path.append('/').append(withoutRegex(part.value()));
            }
        }
        String joined = path.toString().replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** {@code {id: \d{1,3}}} → {@code {id}}. */
    static String withoutRegex(String template) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (char c : template.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth > 1) {
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth > 0) {
                    continue;
                }
                skipping = false;
            } else if (depth == 1 && c == ':') {
                skipping = true;
                continue;
            } else if (depth > 1 || skipping || (depth == 1 && Character.isWhitespace(c))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    static Map<Operation, JsonObject> documented() {
        Map<Operation, JsonObject> operations = new LinkedHashMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((key, value) -> {
            if (List.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(key)) {
                operations.put(new Operation(key, path), value.asJsonObject());
            }
        }));
        return operations;
    }

    static void noProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " differences between the code and openapi.json:\n  "
                + String.join("\n  ", problems));
    }

    @Test
    void theResourceWithTheTemplateWithoutItsRegexIsTheDocumentedPath() {
        assertEquals("a/{id}/b/{n}", withoutRegex("a/{ id : \\d{1,3} }/b/{n}"));
        assertEquals("admin/jobs/{id}/retry", withoutRegex("admin/jobs/{id}/retry"));
        assertEquals("3.0.3", document.getString("openapi"));
    }

    @Test
    void everyResourceMethodIsDocumentedAndEveryDocumentedOperationIsAResourceMethod() {
        Map<Operation, JsonObject> documented = documented();
        List<String> problems = new ArrayList<>();
        code.forEach((operation, resource) -> {
            if (!documented.containsKey(operation)) {
                problems.add(operation + " (" + resource.method().toGenericString() + ") is not documented");
            }
        });
        documented.keySet().stream().filter(operation -> !code.containsKey(operation)).forEach(operation ->
                problems.add(operation + " is documented but no resource method answers it"));
        noProblems(problems);
    }

    @Test
    void eachOperationHasTheParametersOfItsMethod() {
        Map<Operation, JsonObject> documented = documented();
        List<String> problems = new ArrayList<>();
        code.forEach((operation, resource) -> {
            JsonObject description = documented.get(operation);
            if (description == null) {
                return;
            }
            Map<String, JsonObject> parameters = new TreeMap<>();
            Stream.concat(parameters(document.getJsonObject("paths").getJsonObject(operation.path())),
                    parameters(description)).forEach(p -> parameters.put(p.getString("in") + " " + p.getString("name"), p));
            Map<String, AnnotatedElement> inCode = new TreeMap<>();
            Map<String, Class<?>> types = new TreeMap<>();
            for (Field field : resource.type().getDeclaredFields()) {
                String key = parameterKey(field, problems, operation);
                if (key != null) {
                    inCode.put(key, field);
                    types.put(key, field.getType());
                }
            }
            for (Parameter parameter : resource.method().getParameters()) {
                String key = parameterKey(parameter, problems, operation);
                if (key != null) {
                    inCode.put(key, parameter);
                    types.put(key, parameter.getType());
                }
            }
            if (!inCode.keySet().equals(parameters.keySet())) {
                problems.add(operation + " takes " + inCode.keySet() + " but documents " + parameters.keySet());
            }
            inCode.forEach((key, element) -> {
                JsonObject documentedParameter = parameters.get(key);
                if (documentedParameter != null) {
                    checkParameter(operation + " " + key, element, types.get(key), documentedParameter, problems);
                }
            });
        });
        noProblems(problems);
    }

    static Stream<JsonObject> parameters(JsonObject holder) {
        JsonArray parameters = holder.getJsonArray("parameters");
        return parameters == null ? Stream.empty() : parameters.stream().map(p -> resolved(p.asJsonObject()));
    }

    /** {@code "query after"} for a parameter bound from the request, null for the body or a {@code @Context}. */
    static String parameterKey(AnnotatedElement element, List<String> problems, Operation operation) {
        if (element.isAnnotationPresent(QueryParam.class)) {
            return "query " + element.getAnnotation(QueryParam.class).value();
        }
        if (element.isAnnotationPresent(PathParam.class)) {
            return "path " + element.getAnnotation(PathParam.class).value();
        }
        if (element.isAnnotationPresent(HeaderParam.class)) {
            return "header " + element.getAnnotation(HeaderParam.class).value();
        }
        if (element.isAnnotationPresent(CookieParam.class)) {
            return "cookie " + element.getAnnotation(CookieParam.class).value();
        }
        if (element.isAnnotationPresent(MatrixParam.class) || element.isAnnotationPresent(FormParam.class)
                || element.isAnnotationPresent(BeanParam.class)) {
            problems.add(operation + ": " + element + " is bound in a way this test does not check yet; teach it");
        }
        return null;
    }

    static void checkParameter(String where, AnnotatedElement element, Class<?> type, JsonObject parameter,
                               List<String> problems) {
        JsonObject schema = resolved(parameter.getJsonObject("schema"));
        String expected = jsonType(type);
        if (expected == null) {
            problems.add(where + ": its Java type " + type + " has no JSON type in this test; teach it");
        } else if (!expected.equals(typeAndFormat(schema, !type.equals(String.class)))) {
            problems.add(where + " is " + expected + " in the code but " + typeAndFormat(schema, true) + " in the document");
        }
        if (parameter.getString("in").equals("path") && !parameter.getBoolean("required", false)) {
            problems.add(where + " is a path parameter: required must be true");
        }
        DefaultValue defaultValue = element.getAnnotation(DefaultValue.class);
        JsonValue documentedDefault = schema.get("default");
        String documentedText = documentedDefault == null ? null : documentedDefault instanceof JsonString s
                ? s.getString() : documentedDefault.toString();
        if (!java.util.Objects.equals(defaultValue == null ? null : defaultValue.value(), documentedText)) {
            problems.add(where + " defaults to " + (defaultValue == null ? "nothing" : defaultValue.value())
                    + " in the code but to " + documentedText + " in the document");
        }
        List<String> values = expectedValues(element, parameter.getString("name"));
        List<String> documentedValues = schema.containsKey("enum")
                ? schema.getJsonArray("enum").getValuesAs(JsonString::getString) : null;
        if (!java.util.Objects.equals(values, documentedValues)) {
            problems.add(where + " takes " + values + " in the code but documents the values " + documentedValues);
        }
    }

    /** The values a parameter takes: the alternatives of its {@code @Pattern}, or those it is looked up among. */
    static List<String> expectedValues(AnnotatedElement element, String name) {
        Pattern pattern = element.getAnnotation(Pattern.class);
        if (pattern != null && pattern.regexp().matches("[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)*")) {
            return List.of(pattern.regexp().split("\\|"));
        }
        return PARAMETER_VALUES.get(name);
    }

    static String jsonType(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == long.class || type == Long.class) {
            return "integer/int64";
        }
        if (type == int.class || type == Integer.class) {
            return "integer/int32";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == Instant.class) {
            return "string/date-time";
        }
        if (type.isEnum()) {
            return "string";
        }
        return null;
    }

    /** {@code integer/int64}; the format of a string is left out unless {@code withFormat}. */
    static String typeAndFormat(JsonObject schema, boolean withFormat) {
        String type = schema.getString("type", "?");
        String format = schema.getString("format", null);
        return format == null || (!withFormat && type.equals("string")) ? type : type + "/" + format;
    }

    @Test
    void bodiesAndRecordAnswersAreTheSchemasOfTheirRecords() {
        Map<Operation, JsonObject> documented = documented();
        List<String> problems = new ArrayList<>();
        code.forEach((operation, resource) -> {
            JsonObject description = documented.get(operation);
            if (description == null) {
                return;
            }
            Method method = resource.method();
            Parameter body = Arrays.stream(method.getParameters()).filter(OpenApiDocumentTest::isEntity).findFirst()
                    .orElse(null);
            JsonObject requestBody = description.containsKey("requestBody")
                    ? resolved(description.getJsonObject("requestBody")) : null;
            if ((body == null) != (requestBody == null)) {
                problems.add(operation + (body == null ? " reads no body but documents one" : " reads a body ("
                        + body.getType().getSimpleName() + ") the document does not describe"));
            } else if (body != null) {
                if (body.isAnnotationPresent(NotNull.class) != requestBody.getBoolean("required", false)) {
                    problems.add(operation + ": the body is required exactly when the code says @NotNull");
                }
                if (body.getType().isAnnotationPresent(VendorRequest.class)) {
                    String named = javaTypeOf(requestBody.getJsonObject("content").getJsonObject("application/json")
                            .getJsonObject("schema"));
                    if (!body.getType().getName().equals(named)) {
                        problems.add(operation + " reads " + body.getType().getName() + " but documents " + named);
                    }
                }
            }
            if (method.getReturnType().isRecord()) {
                JsonObject ok = description.getJsonObject("responses").getJsonObject("200");
                String named = ok == null ? null : javaTypeOf(resolved(ok).getJsonObject("content")
                        .getJsonObject("application/json").getJsonObject("schema"));
                if (!method.getReturnType().getName().equals(named)) {
                    problems.add(operation + " answers " + method.getReturnType().getName() + " but documents " + named);
                }
            }
            Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                    : resource.type().getAnnotation(Produces.class);
            description.getJsonObject("responses").forEach((status, response) -> {
                JsonObject content = resolved(response.asJsonObject()).getJsonObject("content");
                if (produces != null && status.startsWith("2") && content != null
                        && !Set.of(produces.value()).containsAll(content.keySet())) {
                    problems.add(operation + " " + status + " documents " + content.keySet() + " but produces "
                            + List.of(produces.value()));
                }
            });
        });
        noProblems(problems);
    }

    static boolean isEntity(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).noneMatch(a -> a instanceof Context || a instanceof QueryParam
                || a instanceof PathParam || a instanceof HeaderParam || a instanceof CookieParam
                || a instanceof MatrixParam || a instanceof FormParam || a instanceof BeanParam);
    }

    static String javaTypeOf(JsonObject schemaOrRef) {
        return schemaOrRef == null ? null : resolved(schemaOrRef).getString("x-java-type", null);
    }

    @Test
    void aSchemaOfARecordListsItsComponentsWithTheirJsonTypes() {
        List<String> problems = new ArrayList<>();
        int records = 0;
        for (Map.Entry<String, JsonValue> entry : document.getJsonObject("components").getJsonObject("schemas")
                .entrySet()) {
            JsonObject schema = entry.getValue().asJsonObject();
            String javaType = schema.getString("x-java-type", null);
            if (javaType == null) {
                continue;
            }
            records++;
            String where = "schema " + entry.getKey();
            Class<?> type;
            try {
                type = Class.forName(javaType, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                problems.add(where + " names " + javaType + ", which does not exist");
                continue;
            }
            if (!type.isRecord()) {
                problems.add(where + " names " + javaType + ", which is no record");
                continue;
            }
            JsonObject properties = schema.getJsonObject("properties");
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            if (!new TreeSet<>(components).equals(new TreeSet<>(properties.keySet()))) {
                problems.add(where + " has the properties " + new TreeSet<>(properties.keySet()) + " but "
                        + type.getSimpleName() + " has the components " + new TreeSet<>(components));
            }
            boolean request = type.isAnnotationPresent(VendorRequest.class);
            Set<String> required = new TreeSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                JsonObject property = properties.getJsonObject(component.getName());
                if (property != null) {
                    matches(where + "." + component.getName(), component.getGenericType(), property, problems);
                }
                if (request ? mandatory(component) : component.getType().isPrimitive()) {
                    required.add(component.getName());
                }
            }
            Set<String> documentedRequired = schema.containsKey("required")
                    ? new TreeSet<>(schema.getJsonArray("required").getValuesAs(JsonString::getString)) : Set.of();
            if (!required.equals(documentedRequired)) {
                problems.add(where + " requires " + documentedRequired + " but " + (request
                        ? "the constraints demand " : "JSON-B always writes (primitives; nulls are omitted) ")
                        + required);
            }
        }
        assertTrue(records >= 20, "the view records are documented with x-java-type");
        noProblems(problems);
    }

    /** A request record's component that must be given. */
    static boolean mandatory(RecordComponent component) {
        Method accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotEmpty.class)
                || accessor.isAnnotationPresent(NotBlank.class);
    }

    /** Whether a schema describes what JSON-B (or the vendor API's reader) makes of the Java type. */
    static void matches(String where, Type type, JsonObject schemaOrRef, List<String> problems) {
        JsonObject schema = resolved(schemaOrRef);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        String simple = jsonType(raw);
        if (simple != null) {
            String documented = typeAndFormat(schema, raw != String.class && !raw.isEnum());
            if (!simple.equals(documented)) {
                problems.add(where + " is " + simple + " but documented as " + documented);
            }
        } else if (raw == Object.class) {
            return;
        } else if (List.class.isAssignableFrom(raw) || raw == JsonArray.class) {
            if (!"array".equals(schema.getString("type", null))) {
                problems.add(where + " is a list but documented as " + schema.getString("type", "?"));
            } else if (type instanceof ParameterizedType p) {
                matches(where + "[]", p.getActualTypeArguments()[0], schema.getJsonObject("items"), problems);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            JsonValue values = schema.get("additionalProperties");
            if (!"object".equals(schema.getString("type", null)) || values == null) {
                problems.add(where + " is a map: an object with additionalProperties");
            } else if (values instanceof JsonObject valueSchema && type instanceof ParameterizedType p) {
                matches(where + "{}", p.getActualTypeArguments()[1], valueSchema, problems);
            }
        } else if (raw.isRecord()) {
            String named = schema.getString("x-java-type", null);
            if (!raw.getName().equals(named)) {
                problems.add(where + " is " + raw.getName() + " but refers to a schema of " + named);
            }
        } else {
            problems.add(where + ": its Java type " + type + " has no JSON type in this test; teach it");
        }
    }

    @Test
    void eachOperationIsSecuredAsItsResourceIs() {
        Map<Operation, JsonObject> documented = documented();
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        code.forEach((operation, resource) -> {
            JsonObject description = documented.get(operation);
            if (description == null) {
                return;
            }
            if (!operationIds.add(description.getString("operationId", operation.toString()))) {
                problems.add(operation + ": its operationId is used twice");
            }
            String tag = description.getJsonArray("tags").getString(0);
            if (!tag.equals(TAGS.get(resource.pkg()))) {
                problems.add(operation + " is tagged " + tag + " but its resource lies in " + resource.pkg());
            }
            boolean vendor = resource.method().isAnnotationPresent(VendorApi.class)
                    || resource.type().isAnnotationPresent(VendorApi.class);
            boolean admin = operation.path().startsWith(CONTEXT_ROOT + "/admin/");
            Set<Set<String>> expected = admin ? SAFE_METHODS.contains(operation.method()) ? ADMIN_READ : ADMIN_CHANGE
                    : vendor ? VENDOR : Set.of();
            if (!description.containsKey("security")) {
                problems.add(operation + " states no security (an open one says [])");
            } else {
                Set<Set<String>> documentedSecurity = description.getJsonArray("security").stream()
                        .map(requirement -> requirement.asJsonObject().keySet()).collect(Collectors.toSet());
                if (!documentedSecurity.equals(expected)) {
                    problems.add(operation + " is secured by " + expected + " but documents " + documentedSecurity);
                }
            }
            JsonObject responses = description.getJsonObject("responses");
            if (responses.containsKey("401") == expected.isEmpty()) {
                problems.add(operation + (expected.isEmpty() ? " is open but documents a 401" : " documents no 401"));
            }
            if (expected == ADMIN_CHANGE && !responses.containsKey("403")) {
                problems.add(operation + " changes something: a console session without the CSRF token gets 403");
            }
        });
        noProblems(problems);
    }

    @Test
    void everyReferenceResolvesAndEveryComponentIsUsed() {
        List<String> problems = new ArrayList<>();
        Set<String> referenced = new TreeSet<>();
        collectReferences(document, "#", referenced, problems);
        document.getJsonObject("components").forEach((kind, components) -> {
            if (!kind.equals("securitySchemes")) {
                components.asJsonObject().keySet().stream().map(name -> "#/components/" + kind + "/" + name)
                        .filter(pointer -> !referenced.contains(pointer))
                        .forEach(pointer -> problems.add(pointer + " is never referred to"));
            }
        });
        Set<String> schemes = document.getJsonObject("components").getJsonObject("securitySchemes").keySet();
        documented().forEach((operation, description) -> description.getJsonArray("security").forEach(requirement ->
                requirement.asJsonObject().keySet().stream().filter(name -> !schemes.contains(name)).forEach(name ->
                        problems.add(operation + " names the unknown security scheme " + name))));
        noProblems(problems);
    }

    static void collectReferences(JsonValue value, String at, Set<String> referenced, List<String> problems) {
        if (value instanceof JsonObject object) {
            if (object.get("$ref") instanceof JsonString ref) {
                referenced.add(ref.getString());
                if (!ref.getString().startsWith("#/") || pointer(ref.getString()) == null) {
                    problems.add(at + " refers to " + ref.getString() + ", which does not resolve");
                }
            }
            object.forEach((key, member) -> collectReferences(member, at + "/" + key.replace("~", "~0").replace("/", "~1"), referenced,
                    problems));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectReferences(array.get(i), at + "/" + i, referenced, problems);
            }
        }
    }

    /** The value a local JSON pointer ({@code #/components/schemas/X}) names; null when none. */
    static JsonValue pointer(String ref) {
        JsonValue at = document;
        for (String token : ref.substring(2).split("/")) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!(at instanceof JsonObject object) || !object.containsKey(name)) {
                return null;
            }
            at = object.get(name);
        }
        return at;
    }

    /** The object a {@code $ref} names, followed as far as it goes; the object itself when it is no reference. */
    static JsonObject resolved(JsonObject object) {
        JsonObject at = object;
        while (at != null && at.get("$ref") instanceof JsonString ref) {
            JsonValue target = pointer(ref.getString());
            at = target instanceof JsonObject o ? o : null;
        }
        if (at == null) {
            throw new AssertionError(object + " does not resolve");
        }
        return at;
    }

    @Test
    void theVendorAnswersNameTheValuesOfTheCode() {
        JsonObject answer = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("CodeAnswer")
                .getJsonObject("properties");
        List<String> states = new ArrayList<>(Arrays.stream(CodeState.values()).map(Enum::name).toList());
        states.add("UNKNOWN");
        assertEquals(states, answer.getJsonObject("state").getJsonArray("enum").getValuesAs(JsonString::getString));
        assertEquals(Arrays.stream(Verdict.values()).map(Enum::name).toList(),
                answer.getJsonObject("outcome").getJsonArray("enum").getValuesAs(JsonString::getString));
    }
}
