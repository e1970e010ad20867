package io.pokeapi.suite.steps;

import com.google.gson.JsonElement;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.client.ApiResponse;
import io.pokeapi.suite.client.UnexpectedStatusException;
import org.assertj.core.api.Assertions;

/** Reads a response as the JSON object of a resource, failing with the request and what was wrong. */
final class Documents {

    private Documents() {
    }

    static com.google.gson.JsonObject object(ApiResponse response, ApiResource resource) {
        if (!response.isSuccessful()) {
            throw new UnexpectedStatusException(response, "a " + resource + " document");
        }
        JsonElement json = response.json();
        if (!json.isJsonObject()) {
            Assertions.fail("%s answered a JSON %s where a %s object was expected", response.request(),
                    json.isJsonArray() ? "array" : "value", resource);
        }
        return json.getAsJsonObject();
    }
}
