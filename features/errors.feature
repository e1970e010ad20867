@negative @regression
Feature: Asking for what does not exist
  PokéAPI answers "404 Not Found" for a Pokémon, ability or type it does not know, whether
  the request names it by a number out of range, a name nobody uses, or text that is no name at all.

  @smoke @pokemon
  Scenario: There is no Pokémon number 99999
    When I look up Pokémon number 99999
    Then the API answers 404 Not Found

  @pokemon
  Scenario Outline: Looking up the Pokémon "<key>" finds nothing (<reason>)
    When I look up the Pokémon "<key>"
    Then the API answers 404 Not Found

    Examples:
      | key        | reason                                   |
      | missingno  | no Pokémon has that name                 |
      | -1         | numbers start at 1                       |
      | 0          | numbers start at 1                       |
      | Pikachu    | names are lower-case                     |
      | PIKACHU    | names are lower-case                     |
      | 25abc      | neither a number nor a name              |
      | pika chu   | names have no spaces                     |

  @ability
  Scenario Outline: Looking up the ability "<key>" finds nothing
    When I look up the ability "<key>"
    Then the API answers 404 Not Found

    Examples:
      | key          |
      | 99999        |
      | unbreakable  |
      | Static       |

  @type
  Scenario Outline: Looking up the type "<key>" finds nothing
    When I look up the type "<key>"
    Then the API answers 404 Not Found

    Examples:
      | key      |
      | 99999    |
      | cosmic   |
      | Electric |
