@pagination @regression
Feature: Browsing the lists of Pokémon, abilities and types
  Lists come in pages. A page shows "limit" entries starting after "offset" entries, tells the
  total count, and links to the next and the previous page so that an app can walk the whole list.
  A link asks for no more entries than there are: near either end of the list its limit shrinks.

  @smoke
  Scenario: The Pokémon list shows 20 entries per page by default
    When I open the Pokémon list
    Then the page shows entries 1 to 20 of the total
    And the next page link asks for up to 20 entries from offset 20
    And there is no previous page link

  Scenario Outline: The <resource> list shows 20 entries per page by default
    When I open the <resource> list
    Then the page shows entries 1 to 20 of the total
    And the next page link asks for up to 20 entries from offset 20
    And there is no previous page link

    Examples:
      | resource |
      | ability  |
      | type     |

  Scenario Outline: Limit and offset choose which <resource> entries a page shows
    When I open the <resource> list at offset 5 with limit 10
    Then the page shows entries 6 to 15 of the total
    And they are entries 6 to 15 of the whole list
    And the next page link asks for up to 10 entries from offset 15
    And the previous page link asks for the 5 entries from offset 0

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |

  Scenario Outline: The last page of the <resource> list ends at the total count
    When I open the last page of the <resource> list with limit 10
    Then the page shows the remaining entries up to the total
    And there is no next page link
    And the previous page link goes back 10 entries

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |

  Scenario Outline: A limit beyond the count shows the whole <resource> list on one page
    When I open the <resource> list with a limit beyond its total
    Then the page shows every entry
    And there is no next page link
    And there is no previous page link

    Examples:
      | resource |
      | Pokémon  |
      | type     |

  Scenario: Following the next page links walks the whole type list once
    When I follow the type list's next page links from the start with limit 7
    Then I have seen every type exactly once
