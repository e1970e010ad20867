@contract @regression
Feature: The response contract of Pokémon, abilities and types
  Apps read PokéAPI's JSON by field. Each response must carry the fields below with these JSON
  types. A path such as "types[].type.name" means: in every entry of "types", the field "type.name".
  Fields not listed are allowed; the suite reports every broken field at once.

  @pokemon
  Scenario Outline: The Pokémon <pokemon> honours the Pokémon contract
    When I look up the Pokémon "<pokemon>"
    Then the response is JSON with these fields:
      | field                              | type              |
      | id                                 | integer           |
      | name                               | string            |
      | base_experience                    | integer or null   |
      | height                             | integer           |
      | weight                             | integer           |
      | order                              | integer           |
      | is_default                         | boolean           |
      | location_area_encounters           | string            |
      | abilities[].ability.name           | string            |
      | abilities[].ability.url            | string            |
      | abilities[].is_hidden              | boolean           |
      | abilities[].slot                   | integer           |
      | types[].slot                       | integer           |
      | types[].type.name                  | string            |
      | types[].type.url                   | string            |
      | stats[].base_stat                  | integer           |
      | stats[].effort                     | integer           |
      | stats[].stat.name                  | string            |
      | sprites                            | object            |
      | sprites.front_default              | string or null    |
      | sprites.back_default               | string or null    |
      | species.name                       | string            |
      | species.url                        | string            |
      | moves[].move.name                  | string            |
      | moves[].version_group_details      | array             |
      | forms[].name                       | string            |
      | game_indices                       | array             |
      | held_items                         | array             |
      | cries                              | object            |
      | past_types                         | array             |

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
    Then the response is JSON with these fields:
      | field                              | type              |
      | id                                 | integer           |
      | name                               | string            |
      | is_main_series                     | boolean           |
      | generation.name                    | string            |
      | names[].name                       | string            |
      | names[].language.name              | string            |
      | effect_entries[].effect            | string            |
      | effect_entries[].short_effect      | string            |
      | effect_entries[].language.name     | string            |
      | effect_changes                     | array             |
      | flavor_text_entries[].flavor_text  | string            |
      | pokemon[].is_hidden                | boolean           |
      | pokemon[].slot                     | integer           |
      | pokemon[].pokemon.name             | string            |
      | pokemon[].pokemon.url              | string            |

    Examples:
      | ability       |
      | static        |
      | lightning-rod |

  @type
  Scenario Outline: The type <type> honours the type contract
    When I look up the type "<type>"
    Then the response is JSON with these fields:
      | field                                      | type           |
      | id                                         | integer        |
      | name                                       | string         |
      | damage_relations.double_damage_to[].name   | string         |
      | damage_relations.half_damage_to[].name     | string         |
      | damage_relations.no_damage_to[].name       | string         |
      | damage_relations.double_damage_from[].name | string         |
      | damage_relations.half_damage_from[].name   | string         |
      | damage_relations.no_damage_from[].name     | string         |
      | past_damage_relations                      | array          |
      | game_indices                               | array          |
      | generation.name                            | string         |
      | move_damage_class                          | object or null |
      | names[].name                               | string         |
      | pokemon[].slot                             | integer        |
      | pokemon[].pokemon.name                     | string         |
      | pokemon[].pokemon.url                      | string         |
      | moves[].name                               | string         |

    Examples:
      | type     |
      | electric |
      | fire     |

  @pokemon @ability @type @pagination
  Scenario Outline: A page of the <resource> list honours the list contract
    When I open the <resource> list
    Then the response is JSON with these fields:
      | field          | type           |
      | count          | integer        |
      | next           | string or null |
      | previous       | string or null |
      | results[].name | string         |
      | results[].url  | string         |

    Examples:
      | resource |
      | Pokémon  |
      | ability  |
      | type     |
