@type
Feature: Looking up types
  A type decides how well attacks work: Electric attacks are super effective against Water,
  for instance. Every type lists how it fares against the others and which Pokémon have it.

  @smoke @regression
  Scenario: Electric attacks hit Water and Flying hard and cannot touch Ground
    When I look up the type "electric"
    Then it does double damage to Water and Flying
    And it does no damage to Ground
    And it takes double damage from Ground

  @regression
  Scenario: Fire burns Grass, but Water puts it out
    When I look up the type "fire"
    Then it does double damage to Grass, Ice, Bug and Steel
    And it takes double damage from Water, Ground and Rock

  @regression
  Scenario: Electric Pokémon include Pikachu and Raichu
    When I look up the type "electric"
    Then Pikachu and Raichu are among its Pokémon

  @regression
  Scenario Outline: <name> is the same type whether looked up by number or by name
    When I look up type number <number>
    And I look up the type "<name>"
    Then both lookups give the same type

    Examples:
      | number | name     |
      | 3      | flying   |
      | 10     | fire     |
      | 12     | grass    |
      | 13     | electric |
