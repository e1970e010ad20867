@history @regression
Feature: Remembering PokéAPI between runs
  The suite remembers what PokéAPI answered in earlier runs. When the shape of a response
  changes (a field appears, disappears or changes its type) the run lists the changes as a
  warning. A change that takes away a field of the resource's contract fails the scenario,
  naming the field: the field is gone, or its type is one the contract does not allow. Apps
  reading that field would break. Any other change, such as a new field, stays a warning.

  @pokemon
  Scenario: Changes to the Pokémon schema since the last run are reported
    When I look up the Pokémon "bulbasaur"
    And I look up the Pokémon "pikachu"
    Then every change to the Pokémon schema since the last run is reported
    And no change takes away a field of the Pokémon contract

  @ability
  Scenario: Changes to the ability schema since the last run are reported
    When I look up the ability "static"
    Then every change to the ability schema since the last run is reported
    And no change takes away a field of the ability contract

  @type
  Scenario: Changes to the type schema since the last run are reported
    When I look up the type "electric"
    Then every change to the type schema since the last run is reported
    And no change takes away a field of the type contract
