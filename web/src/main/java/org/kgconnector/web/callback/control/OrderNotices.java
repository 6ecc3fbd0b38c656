package org.kgconnector.web.callback.control;

import static org.kgconnector.web.callback.control.JsonFields.required;
import static org.kgconnector.web.callback.control.JsonFields.testFlag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.kgconnector.platform.orders.OrderNotice;
import org.kgconnector.platform.orders.OrderNotifications;
import org.kgconnector.protocol.result.ResultCode;

/**
 * {@code orderNotify} at every POST production address (decision 13 of docs/protocol/decisions.md): the body read into an {@link OrderNotice},
 * handed to the platform, answered {@code 000000}.
 */
@ApplicationScoped
public class OrderNotices {

    static final String ACTIVITY = "orderNotify";
    private static final int ID = 64;

    @Inject
    OrderNotifications notifications;

    /** Whether the body is an {@code orderNotify}. */
    public static boolean isOrderNotify(String activity) {
        return ACTIVITY.equals(activity);
    }

    /** Records the notice the body carries and answers it. */
    public Response answer(JsonObject body, String address, CallbackAnswers answers) {
        notifications.record(new OrderNotice(required(body, "orderId", ID), required(body, "orderLineId", ID), address,
                testFlag(body)));
        return answers.result(ResultCode.SUCCESS, null);
    }
}
