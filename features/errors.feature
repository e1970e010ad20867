@negative @regression
Feature: Asking for what does not exist
  PokéAPI answers "404 Not Found" for a Pokémon, ability or type it does not know, whether the
  request uses a number out of range or a name nobody uses. A request whose name holds characters
  no name can have (spaces, punctuation) is refused as "400 Bad Request".

  @smoke @pokemon
  Scenario: There is no Pokémon number 99999
    When I look up Pokémon number 99999
    Then the API answers 404 Not Found

  @pokemon
  Scenario Outline: Looking up the Pokémon "<key>" finds nothing (<reason>)
    When I look up the Pokémon "<key>"
    Then the API answers 404 Not Found

    Examples:
      | key        | reason                                  |
      | missingno  | no Pokémon has that name                |
      | -1         | numbers start at 1                      |
      | 0          | numbers start at 1                      |
      | 025        | numbers are written without leading 0   |
      | 25abc      | neither a number nor a name             |

  @pokemon
  Scenario Outline: Looking up the Pokémon "<key>" is a bad request (<reason>)
    When I look up the Pokémon "<key>"
    Then the API answers 400 Bad Request

    Examples:
      | key        | reason                      |
      | pika chu   | names have no spaces        |
      | pikachu!!  | names have no punctuation   |
      | 25.0       | numbers are whole           |

  @ability
  Scenario Outline: Looking up the ability "<key>" finds nothing
    When I look up the ability "<key>"
    Then the API answers 404 Not Found

    Examples:
      | key          |
      | 99999        |
      | unbreakable  |

  @type
  Scenario Outline: Looking up the type "<key>" finds nothing
    When I look up the type "<key>"
    Then the API answers 404 Not Found

    Examples:
      | key      |
      | 99999    |
      | cosmic   |
