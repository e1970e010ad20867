@ability
Feature: Looking up abilities
  An ability is a special power a Pokémon has in battle. Every ability describes its effect
  and lists the Pokémon that can have it, some of them only as their rare hidden ability.

  @smoke @regression
  Scenario: Static has an English effect and is one of Pikachu's regular abilities
    When I look up the ability "static"
    Then it is ability number 9, called "static"
    And its effect is described in English
    And Pikachu has it as a regular ability

  @regression
  Scenario: Lightning Rod is Pikachu's hidden ability
    When I look up the ability "lightning-rod"
    Then it is ability number 31, called "lightning-rod"
    And Pikachu has it as a hidden ability
    And Raichu has it as a hidden ability

  @regression
  Scenario: Overgrow belongs to Bulbasaur, and Chlorophyll is its hidden ability
    When I look up the ability "overgrow"
    Then Bulbasaur has it as a regular ability
    When I look up the ability "chlorophyll"
    Then Bulbasaur has it as a hidden ability

  @regression
  Scenario Outline: <name> is the same ability whether looked up by number or by name
    When I look up ability number <number>
    And I look up the ability "<name>"
    Then both lookups give the same ability

    Examples:
      | number | name          |
      | 9      | static        |
      | 31     | lightning-rod |
      | 65     | overgrow      |
      | 66     | blaze         |

  @regression
  Scenario: Ability names are not case-sensitive
    When I look up the ability "lightning-rod"
    And I look up the ability "Lightning-Rod"
    Then both lookups give the same ability
