package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.checks.CachePolicy;
import io.pokeapi.suite.checks.CrossOriginGrant;
import io.pokeapi.suite.checks.EntityTag;
import io.pokeapi.suite.client.HttpAnswer;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.assertj.core.api.SoftAssertions;

/** What PokéAPI promises at the HTTP level: reads from other sites, caching, revalidation, the v1 addresses. */
public final class HttpSteps {

    /** The site a browser app is served from: any site other than PokéAPI's own. */
    static final String OTHER_SITE = "https://pokedex-app.example";
    private static final String OUT_OF_DATE = "W/\"0-a-copy-of-another-day\"";

    private final ScenarioContext scenario;
    private HttpUrl asked;
    private HttpUrl v2Address;
    private HttpAnswer answer;
    private EntityTag heldCopy;

    public HttpSteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    @When("a browser app on another site reads the {resource} {string}")
    public void aBrowserAppReads(ApiResource resource, String key) {
        send("GET", document(resource, key), Headers.of("Origin", OTHER_SITE));
    }

    @When("a browser app on another site first asks whether it may read the {resource} {string}")
    public void aBrowserAppAsksFirst(ApiResource resource, String key) {
        send("OPTIONS", document(resource, key), Headers.of("Origin", OTHER_SITE,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match"));
    }

    @Then("the browser lets the app read the answer")
    public void theBrowserLetsTheAppRead() {
        CrossOriginGrant grant = CrossOriginGrant.of(answer.headers());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(answer.status()).as("status of %s", answer.request()).isEqualTo(200);
            softly.assertThat(grant.letsOriginRead(OTHER_SITE))
                    .as("%s lets a page from %s read it (%s)", answer.request(), OTHER_SITE, grant).isTrue();
        });
    }

    @Then("the app may also read which version of the data answered")
    public void theAppMayReadTheVersion() {
        CrossOriginGrant grant = CrossOriginGrant.of(answer.headers());
        SoftAssertions.assertSoftly(softly -> {
            for (String header : new String[] {"X-PokeAPI-Hash", "X-PokeAPI-Deploy-Date"}) {
                softly.assertThat(answer.header(header)).as("%s of %s", header, answer.request()).isNotBlank();
                softly.assertThat(grant.exposes(header)).as("%s exposed to the page by %s (%s)", header,
                        answer.request(), grant).isTrue();
            }
        });
    }

    @Then("the browser may go on and ask for it")
    public void theBrowserMayGoOn() {
        CrossOriginGrant grant = CrossOriginGrant.of(answer.headers());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(answer.status()).as("status of %s", answer.request()).isBetween(200, 299);
            softly.assertThat(grant.letsOriginRead(OTHER_SITE)).as("%s lets %s read (%s)", answer.request(),
                    OTHER_SITE, grant).isTrue();
            softly.assertThat(grant.allowsMethod("GET")).as("%s allows GET (%s)", answer.request(), grant).isTrue();
        });
    }

    @When("I fetch the {resource} {string}")
    public void iFetch(ApiResource resource, String key) {
        send("GET", document(resource, key), Headers.of());
    }

    @When("I fetch the {resource} list")
    public void iFetchTheList(ApiResource resource) {
        send("GET", scenario.api().resolve(resource.path() + "/"), Headers.of());
    }

    @Then("nothing is found there")
    public void nothingIsFound() {
        assertThat(answer.status()).as("status of %s", answer.request()).isEqualTo(404);
    }

    @Then("any cache may keep the answer for {int} day(s)")
    public void anyCacheMayKeepTheAnswer(int days) {
        assertThat(CachePolicy.of(answer.headers()).letsAnyCacheKeepFor(Duration.ofDays(days)))
                .as("Cache-Control of %s (%s) lets any cache keep it for %d day(s)", answer.request(),
                        answer.headers().values("Cache-Control"), days)
                .isTrue();
    }

    @Given("I have the current copy of the {resource} {string}")
    public void iHaveTheCurrentCopy(ApiResource resource, String key) {
        send("GET", document(resource, key), Headers.of());
        assertThat(answer.status()).as("status of %s", answer.request()).isEqualTo(200);
        Optional<EntityTag> tag = EntityTag.parse(answer.header("ETag"));
        assertThat(tag).as("ETag of %s (%s)", answer.request(), answer.header("ETag")).isPresent();
        heldCopy = tag.get();
    }

    @When("I ask for it again with the copy I have")
    public void iAskAgainWithMyCopy() {
        send("GET", asked, Headers.of("If-None-Match", heldCopy.toString()));
    }

    @When("I ask for it again with a copy that is out of date")
    public void iAskAgainWithAnOldCopy() {
        send("GET", asked, Headers.of("If-None-Match", OUT_OF_DATE));
    }

    @Then("the API tells me my copy is still current without sending it again")
    public void myCopyIsCurrent() {
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(answer.status()).as("status of %s with If-None-Match %s", answer.request(), heldCopy)
                    .isEqualTo(304);
            softly.assertThat(answer.body()).as("body of %s", answer.request()).isEmpty();
            EntityTag.parse(answer.header("ETag")).ifPresent(tag -> softly.assertThat(tag.weaklyMatches(heldCopy))
                    .as("ETag %s of %s names the copy held, %s", tag, answer.request(), heldCopy).isTrue());
        });
    }

    @Then("the API sends the current copy")
    public void theApiSendsTheCurrentCopy() {
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(answer.status()).as("status of %s with If-None-Match %s", answer.request(), OUT_OF_DATE)
                    .isEqualTo(200);
            softly.assertThat(answer.body()).as("body of %s", answer.request()).isNotEmpty();
            softly.assertThat(EntityTag.parse(answer.header("ETag"))).as("ETag of %s", answer.request())
                    .hasValueSatisfying(tag -> assertThat(tag.weaklyMatches(heldCopy)).isTrue());
        });
    }

    @When("an app asks for the {resource} {string} at its old v1 address")
    public void anAppAsksAtTheV1Address(ApiResource resource, String key) {
        asked = scenario.api().resolve("../v1/" + resource.path() + "/" + key + "/");
        v2Address = document(resource, key);
        answer = scenario.api().exchangeWithoutRedirects("GET", asked, Headers.of());
    }

    @Then("it is sent on for good to the same address under v2")
    public void itIsSentOnToV2() {
        String location = answer.header("Location");
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(answer.status()).as("status of %s", answer.request()).isEqualTo(301);
            softly.assertThat(location == null ? null : asked.resolve(location))
                    .as("Location of %s (%s)", answer.request(), location)
                    .isEqualTo(v2Address);
        });
    }

    @Then("following it finds the {resource} {string}")
    public void followingItFinds(ApiResource resource, String key) {
        HttpUrl target = asked.resolve(answer.header("Location"));
        HttpAnswer found = scenario.api().exchange("GET", target, Headers.of());
        assertThat(found.status()).as("status of %s", found.request()).isEqualTo(200);
        assertThat(JsonParser.parseString(found.body()).getAsJsonObject().get("name").getAsString())
                .as("name in %s", found.request()).isEqualTo(key);
    }

    private HttpUrl document(ApiResource resource, String key) {
        return scenario.api().resolve(resource.path() + "/" + key + "/");
    }

    private void send(String method, HttpUrl url, Headers headers) {
        asked = url;
        answer = scenario.api().exchange(method, url, headers);
        scenario.log(answer.request() + " -> " + answer.status() + "\n" + answer.headers());
    }
}
