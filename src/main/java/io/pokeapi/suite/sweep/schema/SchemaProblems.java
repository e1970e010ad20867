package io.pokeapi.suite.sweep.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the validator's errors into {@link SchemaViolation}s in the suite's words.
 *
 * <p>The published schemas allow a null through {@code anyOf: [{type: null}, {...}]}. When such an
 * {@code anyOf} fails, the validator reports every alternative's errors. If an alternative accepted
 * the value's type, only its own errors matter (a named resource without its {@code name}); if
 * every alternative refused the type, their refusals make one problem: {@code expected object or
 * null but was integer}.
 */
final class SchemaProblems {

    private static final String ANY_OF = "anyOf";
    private static final String TYPE = "type";
    private static final String REF = "$ref";

    private SchemaProblems() {
    }

    static List<SchemaViolation> of(List<Error> errors) {
        Map<Refused, List<Error>> refusals = new LinkedHashMap<>();
        List<Error> others = new ArrayList<>();
        for (Error error : errors) {
            Refused refused = Refused.by(error);
            if (refused == null) {
                others.add(error);
            } else {
                refusals.computeIfAbsent(refused, key -> new ArrayList<>()).add(error);
            }
        }
        refusals.keySet().removeIf(refused -> others.stream().anyMatch(refused::acceptedBySibling));
        List<SchemaViolation> violations = new ArrayList<>();
        others.forEach(error -> violations.add(violation(error)));
        refusals.forEach((refused, alternatives) -> violations.add(merged(alternatives)));
        return violations;
    }

    private static SchemaViolation violation(Error error) {
        NodePath at = error.getInstanceLocation();
        return switch (error.getKeyword()) {
            case "required" -> new SchemaViolation(DocumentPath.field(at, error.getProperty()), "missing");
            case TYPE -> new SchemaViolation(DocumentPath.of(at), new TypeProblem().expect(expected(error))
                    .was(actual(error)));
            default -> new SchemaViolation(DocumentPath.of(at), error.getKeyword() + ": " + error.getMessage());
        };
    }

    private static SchemaViolation merged(List<Error> alternatives) {
        TypeProblem problem = new TypeProblem();
        alternatives.forEach(error -> problem.expect(expected(error)));
        Error first = alternatives.get(0);
        return new SchemaViolation(DocumentPath.of(first.getInstanceLocation()), problem.was(actual(first)));
    }

    /** The type the value has: the validator's first argument to a type error. */
    private static String actual(Error error) {
        return String.valueOf(error.getArguments()[0]);
    }

    /** The types allowed: the validator's second argument, {@code integer} or {@code [null, string]}. */
    private static List<String> expected(Error error) {
        String expected = String.valueOf(error.getArguments()[1]);
        String list = expected.startsWith("[") ? expected.substring(1, expected.length() - 1) : expected;
        return List.of(list.split(",\\s*"));
    }

    /**
     * An alternative of an {@code anyOf} refusing a value by its type outright: its evaluation path
     * ends in {@code anyOf/<n>/type}, perhaps through {@code $ref}s.
     *
     * @param anyOf    the evaluation path of the anyOf
     * @param location where the value is in the document
     */
    private record Refused(NodePath anyOf, NodePath location) {

        static Refused by(Error error) {
            if (!TYPE.equals(error.getKeyword())) {
                return null;
            }
            NodePath path = error.getEvaluationPath();
            int last = path.getNameCount() - 1;
            int at = last - 1;
            while (at >= 0 && REF.equals(path.getElement(at))) {
                at--;
            }
            boolean alternative = at >= 1 && path.getElement(at) instanceof Integer
                    && ANY_OF.equals(path.getElement(at - 1));
            return alternative ? new Refused(prefix(path, at), error.getInstanceLocation()) : null;
        }

        /** Whether {@code error} comes from another alternative of this anyOf, for the same value. */
        boolean acceptedBySibling(Error error) {
            return error.getEvaluationPath().startsWith(anyOf) && error.getInstanceLocation().startsWith(location);
        }

        private static NodePath prefix(NodePath path, int length) {
            NodePath prefix = new NodePath(path.getPathType());
            for (int i = 0; i < length; i++) {
                Object element = path.getElement(i);
                prefix = element instanceof Integer index ? prefix.append(index) : prefix.append((String) element);
            }
            return prefix;
        }
    }
}
