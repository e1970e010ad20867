@regression
Feature: Pokémon, abilities and types agree with each other
  A Pokémon lists its types and abilities; each of those lists the Pokémon back. Every link
  in a response leads to the resource it names.

  @pokemon @type
  Scenario Outline: Each type of <pokemon> lists <pokemon> back, in the same slot
    When I look up the Pokémon "<pokemon>"
    Then each of its types lists it among its Pokémon, in the same slot

    Examples:
      | pokemon    |
      | bulbasaur  |
      | charizard  |
      | pikachu    |

  @pokemon @ability
  Scenario Outline: Each ability of <pokemon> lists <pokemon> back, in the same slot and hidden alike
    When I look up the Pokémon "<pokemon>"
    Then each of its abilities lists it among its holders, in the same slot and hidden alike

    Examples:
      | pokemon    |
      | bulbasaur  |
      | squirtle   |
      | pikachu    |

  @pokemon @ability @type
  Scenario: The links of a Pokémon lead to the types and abilities they name
    When I look up the Pokémon "bulbasaur"
    Then following the link of each of its types and abilities gives the resource of that name

  @type
  Scenario: The links of a type lead to the types it names in its damage relations
    When I look up the type "electric"
    Then following the link of each type in its damage relations gives the type of that name

  @pokemon @ability @type
  Scenario Outline: An entry of the <resource> list links to the <resource> of that name
    When I open the <resource> list
    Then following the link of the entry "<name>" gives the <resource> called "<name>"

    Examples:
      | resource | name      |
      | Pokémon  | bulbasaur |
      | ability  | static    |
      | type     | electric  |
