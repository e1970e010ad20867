package io.pokeapi.suite.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.pokeapi.suite.api.ApiResource;
import io.pokeapi.suite.checks.PageLink;
import io.pokeapi.suite.client.NamedResource;
import io.pokeapi.suite.client.NamedResourceList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;

/** Paging through the list endpoints. */
public final class ListSteps {

    private final ScenarioContext scenario;
    private ApiResource resource;
    private int requestedOffset;
    private final List<String> walked = new ArrayList<>();

    public ListSteps(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    @When("I open the {resource} list")
    public void openTheList(ApiResource resource) {
        open(resource, OptionalInt.empty(), OptionalInt.empty());
    }

    @When("I open the {resource} list at offset {int} with limit {int}")
    public void openTheListAt(ApiResource resource, int offset, int limit) {
        open(resource, OptionalInt.of(offset), OptionalInt.of(limit));
    }

    @When("I open the last page of the {resource} list with limit {int}")
    public void openTheLastPage(ApiResource resource, int limit) {
        int total = totalOf(resource);
        open(resource, OptionalInt.of(Math.max(0, (total - 1) / limit * limit)), OptionalInt.of(limit));
    }

    @When("I open the {resource} list with a limit beyond its total")
    public void openWithALimitBeyondTheTotal(ApiResource resource) {
        open(resource, OptionalInt.empty(), OptionalInt.of(totalOf(resource) + 10));
    }

    @When("I follow the {resource} list's next page links from the start with limit {int}")
    public void followTheNextLinks(ApiResource resource, int limit) {
        open(resource, OptionalInt.of(0), OptionalInt.of(limit));
        NamedResourceList page = page();
        int maxPages = page.count() / limit + 2; // a link loop must not walk forever
        page.results().forEach(entry -> walked.add(entry.name()));
        for (int pages = 1; page.next() != null; pages++) {
            assertThat(pages).as("pages walked by next links of the %s list (a loop?)", resource).isLessThan(maxPages);
            page = scenario.remember(scenario.api().follow(page.next())).as(NamedResourceList.class);
            page.results().forEach(entry -> walked.add(entry.name()));
        }
    }

    @Then("the page shows entries {int} to {int} of the total")
    public void thePageShowsEntries(int first, int last) {
        NamedResourceList page = page();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(page.results()).as("entries on the page of %s", request()).hasSize(last - first + 1);
            softly.assertThat(page.count()).as("total count of %s", request()).isGreaterThanOrEqualTo(last);
        });
    }

    @Then("they are entries {int} to {int} of the whole list")
    public void theyAreEntriesOfTheWholeList(int first, int last) {
        List<NamedResource> shown = page().results();
        List<NamedResource> whole = wholeList();
        assertThat(shown).as("entries of %s compared with the whole %s list", request(), resource)
                .containsExactlyElementsOf(whole.subList(first - 1, last));
    }

    @Then("the page shows the remaining entries up to the total")
    public void thePageShowsTheRemainingEntries() {
        NamedResourceList page = page();
        assertThat(page.results()).as("entries on the last page of %s", request())
                .isNotEmpty()
                .hasSize(page.count() - requestedOffset);
    }

    @Then("the page shows every entry but the last")
    public void thePageShowsEveryEntryButTheLast() {
        List<NamedResource> whole = wholeList();
        assertThat(page().results()).as("entries of %s compared with the whole %s list", request(), resource)
                .containsExactlyElementsOf(whole.subList(0, whole.size() - 1));
    }

    @Then("the page shows the {int} entries that start {int} before the end of the whole list")
    public void thePageShowsEntriesCountedFromTheEnd(int entries, int fromTheEnd) {
        List<NamedResource> whole = wholeList();
        int first = whole.size() - fromTheEnd;
        assertThat(page().results()).as("entries of %s compared with the whole %s list", request(), resource)
                .containsExactlyElementsOf(whole.subList(first, first + entries));
    }

    @Then("the page shows no entries")
    public void thePageShowsNoEntries() {
        assertThat(page().results()).as("entries of %s", request()).isEmpty();
    }

    @Then("the page shows every entry")
    public void thePageShowsEveryEntry() {
        NamedResourceList page = page();
        assertThat(page.results()).as("entries of %s", request()).hasSize(page.count());
    }

    @Then("the next page link asks for up to {int} entries from offset {int}")
    public void theNextLinkAsksFor(int entries, int offset) {
        NamedResourceList page = page();
        assertLink("next", offset, Math.min(entries, page.count() - offset));
    }

    @Then("the previous page link asks for the {int} entries from offset {int}")
    public void thePreviousLinkAsksFor(int entries, int offset) {
        assertLink("previous", offset, entries);
    }

    @Then("the previous page link goes back {int} entries")
    public void thePreviousLinkGoesBack(int entries) {
        int offset = Math.max(0, requestedOffset - entries);
        assertLink("previous", offset, requestedOffset - offset);
    }

    @Then("there is no {direction} page link")
    public void thereIsNoPageLink(String direction) {
        NamedResourceList page = page();
        String link = "next".equals(direction) ? page.next() : page.previous();
        assertThat(link).as("%s link of %s", direction, request()).isNull();
    }

    @Then("I have seen every {resource} exactly once")
    public void iHaveSeenEveryOneExactlyOnce(ApiResource resource) {
        int total = page().count();
        assertThat(walked).as("%s names seen walking the next links", resource)
                .doesNotHaveDuplicates()
                .hasSize(total);
    }

    private void open(ApiResource resource, OptionalInt offset, OptionalInt limit) {
        this.resource = resource;
        this.requestedOffset = offset.orElse(0);
        scenario.remember(scenario.api().list(resource.path(), offset, limit));
    }

    private int totalOf(ApiResource resource) {
        return scenario.api().list(resource.path(), OptionalInt.empty(), OptionalInt.of(1))
                .as(NamedResourceList.class).count();
    }

    private List<NamedResource> wholeList() {
        return scenario.api().list(resource.path(), OptionalInt.of(0), OptionalInt.of(totalOf(resource)))
                .as(NamedResourceList.class).results();
    }

    private NamedResourceList page() {
        return scenario.latestAs(NamedResourceList.class);
    }

    private String request() {
        return scenario.latest().request();
    }

    private void assertLink(String direction, int offset, int limit) {
        PageLink link = link(direction);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(link.offset()).as("offset of the %s link of %s", direction, request()).isEqualTo(offset);
            softly.assertThat(link.limit()).as("limit of the %s link of %s", direction, request()).hasValue(limit);
        });
    }

    private PageLink link(String direction) {
        NamedResourceList page = page();
        String link = "next".equals(direction) ? page.next() : page.previous();
        assertThat(link).as("%s link of %s", direction, request()).isNotNull();
        return PageLink.parse(link);
    }

}
