package io.pokeapi.suite.steps;

import io.cucumber.java.ParameterType;
import io.pokeapi.suite.api.ApiNames;
import io.pokeapi.suite.api.ApiResource;
import java.util.List;

/** The words of the features that steps receive as values. */
public final class ParameterTypes {

    /** A name as features write it, "Lightning Rod", given to steps as the API's "lightning-rod". */
    @ParameterType("[A-Z][\\w'’.-]*(?: [A-Z][\\w'’.-]*)*")
    public String name(String displayName) {
        return ApiNames.of(displayName);
    }

    /** A list of names, "Grass, Ice and Steel", given to steps as the API's names. */
    @ParameterType("[A-Z][\\w'’., -]*")
    public List<String> names(String displayNames) {
        return ApiNames.listOf(displayNames);
    }

    @ParameterType("Pokémon|pokemon|ability|abilities|type|types")
    public ApiResource resource(String word) {
        return ApiResource.fromWord(word);
    }

    /** "regular" or "hidden": whether an ability is a Pokémon's hidden one. */
    @ParameterType("regular|hidden")
    public Boolean visibility(String word) {
        return "hidden".equals(word);
    }

    /** An HTTP reason phrase such as "Not Found" or "Bad Request". */
    @ParameterType("[A-Z][a-z]+(?: [A-Z][a-z]+)*")
    public String reason(String phrase) {
        return phrase;
    }

    @ParameterType("next|previous")
    public String direction(String word) {
        return word;
    }

    @ParameterType("double|half|no")
    public String amount(String word) {
        return word;
    }
}
