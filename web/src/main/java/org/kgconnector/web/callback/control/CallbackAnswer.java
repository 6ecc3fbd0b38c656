package org.kgconnector.web.callback.control;

/** The answer sent to a callback: its exact bytes (the ones {@code Body-Sign} covers), result code and message. */
public record CallbackAnswer(byte[] bytes, String resultCode, String resultMsg) {
}
