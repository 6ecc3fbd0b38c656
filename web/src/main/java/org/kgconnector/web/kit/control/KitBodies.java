package org.kgconnector.web.kit.control;

import static org.kgconnector.web.callback.control.JsonFields.integer;
import static org.kgconnector.web.callback.control.JsonFields.optional;
import static org.kgconnector.web.callback.control.JsonFields.present;
import static org.kgconnector.web.callback.control.JsonFields.required;
import static org.kgconnector.web.callback.control.JsonFields.testFlag;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kgconnector.kit.sync.boundary.KitCommands;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.web.callback.control.InvalidCallbackException;

/**
 * Validates Kit sync bodies (docs/protocol/kit.md §3) leniently where the versions drift: {@code userList} and
 * {@code orgInfoList}/{@code orgInfo} as arrays or JSON strings, V1 users' {@code extension}, V1 departments'
 * {@code name}, {@code enable} as a string or boolean, numbers as numbers or strings.
 */
public final class KitBodies {

    private static final int ID = 64;

    private KitBodies() {
    }

    public static KitCommands.TenantSync tenant(JsonObject body) {
        return new KitCommands.TenantSync(present(body, "instanceId", ID), present(body, "orderId", ID),
                required(body, "tenantId", ID), required(body, "tenantCode", ID), required(body, "name", 255),
                required(body, "domainName", 255), flag(body), testFlag(body));
    }

    public static KitCommands.ApplicationSync application(JsonObject body) {
        KitCommands.Flag flag = flag(body);
        String secret = flag == KitCommands.Flag.DELETE ? optional(body, "clientSecret", 4096)
                : required(body, "clientSecret", 4096);
        return new KitCommands.ApplicationSync(present(body, "instanceId", ID), required(body, "tenantId", ID),
                required(body, "appId", ID), required(body, "clientId", ID), secret, flag, testFlag(body));
    }

    public static KitCommands.AuthSync auth(JsonObject body) {
        List<KitCommands.AuthorisedUser> users = new ArrayList<>();
        for (JsonValue entry : list(body, "userList")) {
            users.add(user(asObject(entry, "userList")));
        }
        return new KitCommands.AuthSync(present(body, "instanceId", ID), required(body, "tenantId", ID),
                required(body, "appId", ID), users, optional(body, "currentSyncTime", 20), flag(body), testFlag(body));
    }

    public static KitCommands.SingleOrgSync singleOrg(JsonObject body) {
        return new KitCommands.SingleOrgSync(present(body, "instanceId", ID), required(body, "tenantId", ID),
                department(body), flag(body), testFlag(body));
    }

    public static KitCommands.AllOrgSync allOrg(JsonObject body) {
        String field = body.containsKey("orgInfoList") ? "orgInfoList" : "orgInfo";
        List<KitCommands.Department> departments = new ArrayList<>();
        for (JsonValue entry : list(body, field)) {
            departments.add(department(asObject(entry, field)));
        }
        return new KitCommands.AllOrgSync(present(body, "instanceId", ID), required(body, "tenantId", ID), departments,
                testFlag(body));
    }

    private static KitCommands.Flag flag(JsonObject body) {
        return KitCommands.Flag.of(integer(body, "flag"));
    }

    private static KitCommands.Department department(JsonObject o) {
        String name = o.containsKey("orgName") ? required(o, "orgName", 128) : required(o, "name", 128);
        return new KitCommands.Department(required(o, "orgCode", ID), name, optional(o, "parentCode", ID));
    }

    private static KitCommands.AuthorisedUser user(JsonObject u) {
        JsonObject extension = u.containsKey("extension") && u.get("extension").getValueType() == JsonValue.ValueType.OBJECT
                ? u.getJsonObject("extension") : JsonValue.EMPTY_JSON_OBJECT;
        KitCommands.UserProfile profile = new KitCommands.UserProfile(required(u, "name", 64), optional(u, "orgCode", ID),
                optional(u, "position", 64), optional(u, "employeeCode", 64), text(u, extension, "employeeType", 11),
                optional(u, "mobile", 32), optional(u, "email", 128), text(u, extension, "workPlace", 255),
                text(u, extension, "entryDate", 32));
        return new KitCommands.AuthorisedUser(required(u, "userName", ID), required(u, "role", 32), enabled(u), profile);
    }

    /** A field of the user or of its V1 {@code extension}, string or number. */
    private static String text(JsonObject user, JsonObject extension, String name, int max) {
        JsonValue value = user.containsKey(name) ? user.get(name) : extension.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString()
                : value.toString();
        if (text.length() > max) {
            throw new InvalidCallbackException(name + " is longer than " + max + " characters.");
        }
        return text.isEmpty() ? null : text;
    }

    private static boolean enabled(JsonObject u) {
        JsonValue value = u.get("enable");
        if (value == null) {
            throw new InvalidCallbackException("enable is missing.");
        }
        String text = value.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) value).getString()
                : value.toString();
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidCallbackException("enable must be \"true\" or \"false\".");
        };
    }

    /** A list member: a JSON array, or (V1, and some V2 examples) a string holding one. */
    private static JsonArray list(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidCallbackException(name + " is missing.");
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray();
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String text = ((JsonString) value).getString().trim();
            if (text.isEmpty()) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            try {
                return JsonText.provider().createReader(new StringReader(text)).readArray();
            } catch (RuntimeException e) {
                throw new InvalidCallbackException(name + " is not a JSON array.");
            }
        }
        throw new InvalidCallbackException(name + " must be an array.");
    }

    private static JsonObject asObject(JsonValue entry, String list) {
        if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidCallbackException(list + " holds something that is not an object.");
        }
        return entry.asJsonObject();
    }
}
