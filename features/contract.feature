@contract @regression
Feature: The response contract of Pokémon, abilities and types
  Apps read PokéAPI's JSON by field. Each response must carry the fields of its contract with their
  JSON types; fields a contract does not list are allowed, and every broken field is reported at once.
  The contracts are tables in features/contracts: the Pokémon, ability, type and list contracts,
  the same ones the sweep holds every document to.

  @pokemon
  Scenario Outline: The Pokémon <pokemon> honours the Pokémon contract
    When I look up the Pokémon "<pokemon>"
    Then the response honours the Pokémon contract

    @smoke
    Examples:
      | pokemon   |
      | pikachu   |

    Examples:
      | pokemon   |
      | bulbasaur |
      | charizard |

  @ability
  Scenario Outline: The ability <ability> honours the ability contract
    When I look up the ability "<ability>"
    Then the response honours the ability contract

    Examples:
      | ability       |
      | static        |
      | lightning-rod |

  @type
  Scenario Outline: The type <type> honours the type contract
    When I look up the type "<type>"
    Then the response honours the type contract

    Examples:
      | type     |
      | electric |
      | fire     |

  @pokemon @ability @type @pagination
  Scenario Outline: A page of the <resource> list honours the list contract
    When I open the <resource> list
    Then the response honours the list contract

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |
