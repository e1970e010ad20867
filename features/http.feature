@http @regression
Feature: What PokéAPI promises to web apps and caches
  Apps that run in a browser, on any site, may read Pokémon, abilities and types straight from
  PokéAPI, and see which version of the data answered. Browsers and shared caches may keep an
  answer for a day, and the answer that something does not exist for five days. An app that
  already holds the current copy of an answer is told so, without the answer being sent again.
  The addresses of the API's first version lead to the same place in the current one. A list
  page asked for with a negative limit or offset is cut as PokéAPI cuts it: counting back from
  the end of the list.

  Scenario Outline: A browser app on any site may read the <resource> "<key>"
    When a browser app on another site reads the <resource> "<key>"
    Then the browser lets the app read the answer
    And the app may also read which version of the data answered

    @smoke
    Examples:
      | resource | key      |
      | Pokémon  | pikachu  |

    Examples:
      | resource | key      |
      | ability  | static   |
      | type     | electric |

  Scenario: A browser app that checks first is allowed to read a Pokémon
    When a browser app on another site first asks whether it may read the Pokémon "pikachu"
    Then the browser may go on and ask for it

  Scenario: A Pokémon may be kept in a cache for a day
    When I fetch the Pokémon "pikachu"
    Then any cache may keep the answer for 1 day

  Scenario Outline: The <resource> list may be kept in a cache for a day
    When I fetch the <resource> list
    Then any cache may keep the answer for 1 day

    Examples:
      | resource |
      | ability  |
      | type     |

  Scenario: The answer that a Pokémon does not exist may be kept for five days
    When I fetch the Pokémon "99999"
    Then nothing is found there
    And any cache may keep the answer for 5 days

  @smoke
  Scenario: An app that holds the current copy of a Pokémon is told so without the body
    Given I have the current copy of the Pokémon "pikachu"
    When I ask for it again with the copy I have
    Then the API tells me my copy is still current without sending it again

  Scenario: An app whose copy of a type is out of date gets the current one
    Given I have the current copy of the type "electric"
    When I ask for it again with a copy that is out of date
    Then the API sends the current copy

  Scenario: The old v1 address of a Pokémon leads to its v2 address
    When an app asks for the Pokémon "pikachu" at its old v1 address
    Then it is sent on for good to the same address under v2
    And following it finds the Pokémon "pikachu"

  @pagination
  Scenario: A limit of -1 shows every Pokémon but the last
    When I open the Pokémon list at offset 0 with limit -1
    Then the page shows every entry but the last
    And there is no next page link
    And there is no previous page link

  @pagination
  Scenario: A negative offset counts back from the end of the list
    When I open the Pokémon list at offset -3 with limit 2
    Then the page shows the 2 entries that start 3 before the end of the whole list
    And the next page link asks for up to 2 entries from offset -1
    And there is no previous page link

  @pagination
  Scenario: A negative offset whose page would end before it starts shows no entries
    When I open the Pokémon list at offset -5 with limit 10
    Then the page shows no entries
    And the next page link asks for up to 10 entries from offset 5
    And there is no previous page link
