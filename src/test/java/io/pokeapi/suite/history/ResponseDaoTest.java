package io.pokeapi.suite.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class ResponseDaoTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final TestDatabase db;
    private final ResponseDao responses;

    ResponseDaoTest(TestDatabase db) {
        this.db = db;
        responses = db.dao(ResponseDao.class);
    }

    @Test
    void aBodyIsKeyedByTheSha256OfItsUtf8Text() {
        ResponseBodyRow body = ResponseBodyRow.of("{\"name\":\"flabébé\"}", T0);

        assertThat(ResponseBodyRow.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(body.hash()).isEqualTo(ResponseBodyRow.hashOf("{\"name\":\"flabébé\"}")).hasSize(64);
        assertThat(body.sizeBytes()).isEqualTo(20); // 18 characters, two of them two bytes long
    }

    @Test
    void theSameBodyIsStoredOnceAndKeepsWhenItWasFirstSeen() {
        String json = "{\"id\": 1, \"name\": \"bulbasaur\"}";

        responses.insertBodies(List.of(ResponseBodyRow.of(json, T0), ResponseBodyRow.of(json, T0.plusSeconds(1))));
        responses.insertBodies(List.of(ResponseBodyRow.of(json, T0.plusSeconds(60)),
                ResponseBodyRow.of("{\"id\": 4}", T0.plusSeconds(60))));

        assertThat(responses.bodyCount()).isEqualTo(2);
        Instant firstSeen = db.jdbi().withHandle(handle -> handle
                .createQuery("SELECT first_seen_at FROM response_bodies WHERE hash = :hash")
                .bind("hash", ResponseBodyRow.hashOf(json))
                .mapTo(Instant.class)
                .one());
        assertThat(firstSeen).isEqualTo(T0);
    }

    @Test
    void responsesAreStoredWithOrWithoutABody() {
        UUID run = db.insertRun(T0);
        ResponseBodyRow body = ResponseBodyRow.of("{\"id\": 25, \"name\": \"pikachu\"}", T0);
        List<ApiResponseRow> rows = List.of(
                new ApiResponseRow(run, "/pokemon/{id}", "pokemon", 25, "pikachu",
                        "https://pokeapi.co/api/v2/pokemon/25", 200, 123.456, T0.plusMillis(1), body.hash()),
                new ApiResponseRow(run, "/pokemon/{id}", "pokemon", 99999, null,
                        "https://pokeapi.co/api/v2/pokemon/99999", 404, 12.5, T0.plusMillis(2), null),
                new ApiResponseRow(run, "/pokemon", "", null, null,
                        "https://pokeapi.co/api/v2/pokemon?limit=20", 200, 80, T0.plusMillis(3), body.hash()));

        responses.insert(List.of(body), rows);

        assertThat(responses.ofRun(run)).containsExactlyElementsOf(rows);
        assertThat(responses.ofRun(UUID.randomUUID())).isEmpty();
    }

    @Test
    void responsesAndTheirBodiesAreStoredTogetherOrNotAtAll() {
        UUID run = db.insertRun(T0);
        ResponseBodyRow body = ResponseBodyRow.of("{\"id\": 1}", T0);
        var unknownBody = new ApiResponseRow(run, "/type/{id}", "type", 1, "normal",
                "https://pokeapi.co/api/v2/type/1", 200, 10, T0, ResponseBodyRow.hashOf("{\"id\": 2}"));

        assertThatThrownBy(() -> responses.insert(List.of(body), List.of(unknownBody)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("api_responses_body_hash_fkey");
        assertThat(responses.bodyCount()).isZero();
    }

    @Test
    void aBodyIsKeptAsTheTextItsHashIsOf() {
        String text = "{\"name\": \"bulbasaur\",  \"id\": 1, \"id\": 1}"; // jsonb would reorder, respace and dedupe
        ResponseBodyRow body = ResponseBodyRow.of(text, T0);

        responses.insertBodies(List.of(body));

        assertThat(responses.body(body.hash())).hasValue(text);
        assertThat(ResponseBodyRow.hashOf(responses.body(body.hash()).orElseThrow())).isEqualTo(body.hash());
    }

    @Test
    void thePreviousBodyIsTheLatest200OfAnotherRunAndItsBodyIsStoredUnderItsHash() {
        UUID older = db.insertRun(T0);
        UUID newer = db.insertRun(T0.plusSeconds(3600));
        UUID current = db.insertRun(T0.plusSeconds(7200));
        String bulbasaurThen = "{\"id\": 1, \"name\": \"bulbasaur\", \"weight\": 69}";
        String bulbasaurServerError = "{\"detail\": \"server error\"}";
        String bulbasaurNow = "{\"id\": 1, \"name\": \"bulbasaur\", \"weight\": 70}";
        String ivysaur = "{\"id\": 2, \"name\": \"ivysaur\"}";

        store(older, T0.plusSeconds(1), "pokemon", 1, 200, bulbasaurThen);
        store(older, T0.plusSeconds(2), "pokemon", 2, 200, ivysaur);
        store(newer, T0.plusSeconds(3601), "pokemon", 1, 500, bulbasaurServerError); // not a 200
        store(newer, T0.plusSeconds(3602), "pokemon", 1, 404, null); // no body, not a 200
        store(newer, T0.plusSeconds(3603), "ability", 1, 200, "{\"id\": 1, \"name\": \"stench\"}"); // other resource
        store(current, T0.plusSeconds(7201), "pokemon", 1, 200, bulbasaurNow); // the current run's own

        assertThat(responses.previousBodyHashes(new String[] {"pokemon", "pokemon", "type"}, new Integer[] {1, 3, 1},
                current)).containsExactly(new PreviousBodyRow("pokemon", 1, ResponseBodyRow.hashOf(bulbasaurThen)));
        assertThat(responses.previousBodyHashes(new String[] {"pokemon", "pokemon"}, new Integer[] {1, 2}, older))
                .containsExactly(new PreviousBodyRow("pokemon", 1, ResponseBodyRow.hashOf(bulbasaurNow)));
        assertThat(responses.body(ResponseBodyRow.hashOf(bulbasaurThen))).hasValueSatisfying(
                body -> assertThat(JsonParser.parseString(body)).isEqualTo(JsonParser.parseString(bulbasaurThen)));
        assertThat(responses.body(ResponseBodyRow.hashOf("{}"))).isEmpty();
    }

    @Test
    void storedShapesAreThoseOfTheBodiesTheDatabaseHas() {
        String withShape = "{\"id\": 25}";
        String withoutShape = "{\"id\": 1}";
        responses.insertBodies(List.of(ResponseBodyRow.of(withShape, T0).withShape("{\"id\": [\"integer\"]}"),
                ResponseBodyRow.of(withoutShape, T0)));

        assertThat(responses.storedShapes(new String[] {
            ResponseBodyRow.hashOf(withShape), ResponseBodyRow.hashOf(withoutShape), ResponseBodyRow.hashOf("{}")}))
                .containsExactlyInAnyOrder(
                        new StoredShapeRow(ResponseBodyRow.hashOf(withShape), "{\"id\": [\"integer\"]}"),
                        new StoredShapeRow(ResponseBodyRow.hashOf(withoutShape), null));
    }

    private void store(UUID run, Instant at, String resource, int id, int status, String json) {
        List<ResponseBodyRow> bodies = json == null ? List.of() : List.of(ResponseBodyRow.of(json, at));
        String hash = json == null ? null : ResponseBodyRow.hashOf(json);
        responses.insert(bodies, List.of(new ApiResponseRow(run, "/" + resource + "/{id}", resource, id, null,
                "https://pokeapi.co/api/v2/" + resource + "/" + id, status, 50, at, hash)));
    }
}
