@pokemon
Feature: Looking up Pokémon
  Trainers and apps look up a Pokémon by its National Pokédex number or by its name,
  and rely on the facts PokéAPI gives about it: its types, its abilities, its size and its base stats.

  @smoke @regression
  Scenario: Pikachu is an Electric-type Pokémon with the abilities Static and Lightning Rod
    When I look up the Pokémon "pikachu"
    Then it is Pokémon number 25, called "pikachu"
    And its type is Electric
    And its abilities are Static and the hidden ability Lightning Rod

  @regression
  Scenario: Bulbasaur is a Grass- and Poison-type Pokémon
    When I look up Pokémon number 1
    Then it is Pokémon number 1, called "bulbasaur"
    And its types are Grass and Poison, in that order
    And its abilities are Overgrow and the hidden ability Chlorophyll

  @regression
  Scenario: Charizard is a Fire- and Flying-type Pokémon, not a Dragon
    When I look up the Pokémon "charizard"
    Then its types are Fire and Flying, in that order

  @regression
  Scenario: Pikachu's size and base stats
    When I look up the Pokémon "pikachu"
    Then it is 0.4 m tall and weighs 6.0 kg
    And it gives 112 base experience when defeated
    And its base stats are:
      | stat            | value |
      | hp              | 35    |
      | attack          | 55    |
      | defense         | 40    |
      | special-attack  | 50    |
      | special-defense | 50    |
      | speed           | 90    |

  @smoke @regression
  Scenario Outline: <name> is the same Pokémon whether looked up by number or by name
    When I look up Pokémon number <number>
    And I look up the Pokémon "<name>"
    Then both lookups give the same Pokémon

    Examples:
      | number | name       |
      | 1      | bulbasaur  |
      | 25     | pikachu    |

  @regression
  Scenario Outline: <name> is the same Pokémon whether looked up by number or by name
    When I look up Pokémon number <number>
    And I look up the Pokémon "<name>"
    Then both lookups give the same Pokémon

    Examples:
      | number | name       |
      | 4      | charmander |
      | 6      | charizard  |
      | 7      | squirtle   |
      | 26     | raichu     |

  @regression
  Scenario Outline: Names are not case-sensitive: "<spelling>" is Pikachu
    When I look up the Pokémon "pikachu"
    And I look up the Pokémon "<spelling>"
    Then both lookups give the same Pokémon

    Examples:
      | spelling |
      | Pikachu  |
      | PIKACHU  |
