@history @regression
Feature: Remembering PokéAPI between runs
  The suite remembers what PokéAPI answered in earlier runs. When the shape of a response
  changes (a field appears, disappears or changes its type) the run warns about it and lists
  the changes. A changed schema is a warning, not a failure: the contract scenarios decide
  which fields are required.

  @pokemon
  Scenario: Changes to the Pokémon schema since the last run are reported
    When I look up the Pokémon "bulbasaur"
    And I look up the Pokémon "pikachu"
    Then any change to the Pokémon schema since the last run is reported as a warning

  @ability
  Scenario: Changes to the ability schema since the last run are reported
    When I look up the ability "static"
    Then any change to the ability schema since the last run is reported as a warning

  @type
  Scenario: Changes to the type schema since the last run are reported
    When I look up the type "electric"
    Then any change to the type schema since the last run is reported as a warning
