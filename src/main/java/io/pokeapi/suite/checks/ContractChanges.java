package io.pokeapi.suite.checks;

import io.pokeapi.suite.contract.Contract;
import io.pokeapi.suite.contract.FieldRule;
import io.pokeapi.suite.contract.JsonKind;
import io.pokeapi.suite.history.SchemaChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which schema changes since the last run take away what a contract requires: a field the contract
 * names, or one holding such a field, that is gone or whose type is now one the contract does not
 * allow. Any other change, such as an added field or one the contract does not name, leaves it whole.
 * Change paths and contract paths share one syntax: {@code types[].type.name}.
 */
public final class ContractChanges {

    private ContractChanges() {
    }

    /** The changes that break {@code contract}, in the order given. */
    public static List<SchemaChange> breaking(Contract contract, List<SchemaChange> changes) {
        return changes.stream().filter(change -> breaks(contract, change)).toList();
    }

    static boolean breaks(Contract contract, SchemaChange change) {
        return switch (change.kind()) {
            case FIELD_ADDED -> false;
            case FIELD_REMOVED -> names(contract, change.path());
            case TYPE_CHANGED -> ruleAt(contract, change.path())
                    .map(rule -> !allows(rule, FieldRule.parse(change.path(), change.newType()).allowed()))
                    // An object or array the contract looks into that turned into something else.
                    .orElseGet(() -> names(contract, change.path()));
        };
    }

    /** Whether the contract has a rule for {@code path} or for a field inside it. */
    private static boolean names(Contract contract, String path) {
        return contract.rules().stream().map(FieldRule::path).anyMatch(rule -> rule.equals(path)
                || rule.startsWith(path + ".") || rule.startsWith(path + "[]"));
    }

    private static Optional<FieldRule> ruleAt(Contract contract, String path) {
        return contract.rules().stream().filter(rule -> rule.path().equals(path)).findFirst();
    }

    private static boolean allows(FieldRule rule, Set<JsonKind> kinds) {
        return kinds.stream().allMatch(kind -> rule.allowed().stream().anyMatch(kind::satisfies));
    }
}
