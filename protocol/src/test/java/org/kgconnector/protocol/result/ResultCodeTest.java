package org.kgconnector.protocol.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResultCodeTest {

    @Test
    void codesAreSixCharacterStrings() {
        for (ResultCode code : ResultCode.values()) {
            assertEquals(6, code.code().length(), code.name());
            assertEquals(code, ResultCode.ofCode(code.code()));
        }
        assertEquals("000004", ResultCode.PROCESSING.code());
        assertThrows(IllegalArgumentException.class, () -> ResultCode.ofCode("999999"));
    }
}
