@sweep @no-retry
Feature: The whole Pokédex, swept
  Apps ask for any Pokémon, not only the famous ones. A sweep walks the Pokémon, ability and type
  lists through their pages, as an app would, fetches every document they name once per run (a
  Pokémon with its encounters), and holds each one to the contracts of features/contracts, to
  PokéAPI's published JSON Schemas, and to the documents it links to. A broken document is named
  with every rule it breaks, grouped by rule.

  SWEEP chooses what is swept (pokemon, ability, type) and SWEEP_SAMPLE sweeps that many documents of
  each, drawn at random per run. Links and back-references are followed among the documents swept;
  links to other resources (moves, species, versions…) must be URLs of this API naming a resource it
  lists, and are not fetched.

  @contract
  Scenario Outline: Every <resource> in the Pokédex honours the <resource> contract
    When I sweep every <resource>
    Then each of them honours the <resource> contract, and each page of their list the list contract

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |

  @schema
  Scenario Outline: Every <resource> honours PokéAPI's published schema
    When I sweep every <resource>
    Then each of them honours PokéAPI's published schema

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |

  @consistency
  Scenario: Every Pokémon's types and abilities list it back, in the same slot and hidden alike
    When I sweep every Pokémon
    Then each of their types and abilities lists them back, in the same slot and hidden alike

  @consistency
  Scenario: Every ability's holders list it back, in the same slot and hidden alike
    When I sweep every ability
    Then each of their holders lists them back, in the same slot and hidden alike

  @consistency
  Scenario: Every type's Pokémon list it back, in the same slot
    When I sweep every type
    Then each of their Pokémon lists them back, in the same slot

  @links
  Scenario Outline: Every link in every <resource> leads to a resource that answers
    When I sweep every <resource>
    Then every link in them leads to a resource that answers 200, with the name it gives

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |

  @links
  Scenario Outline: Every entry of the <resource> list answers with the document it names
    When I sweep every <resource>
    Then every entry of their list answers 200 with the document it names

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |
