package org.kgconnector.saas.usage.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Small helpers for the usage tables' JDBC: {@code IN} lists of bounded size. */
final class Sql {

    /** Parameters in one {@code IN} list: well under the limits of H2 and PostgreSQL. */
    static final int IN_CHUNK = 1000;

    private Sql() {
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }
}
