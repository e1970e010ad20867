package io.pokeapi.suite.replica;

import java.nio.charset.StandardCharsets;

/** What the replica answers a GET with: a JSON body, or one of the live API's plain-text refusals. */
sealed interface Reply {

    record Json(JsonBody body) implements Reply {
    }

    /** Express's {@code res.sendStatus}: the status with its reason phrase as the body. */
    enum Failure implements Reply {
        BAD_REQUEST(400, "Bad Request"),
        NOT_FOUND(404, "Not Found");

        private final int status;
        private final byte[] body;

        Failure(int status, String reason) {
            this.status = status;
            this.body = reason.getBytes(StandardCharsets.UTF_8);
        }

        int status() {
            return status;
        }

        /** The bytes; callers must not modify them. */
        byte[] body() {
            return body;
        }
    }
}
