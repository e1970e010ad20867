package io.pokeapi.suite.history;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one {@link TestDatabase}, created on first use and dropped after the class,
 * with its tables emptied before each test.
 */
final class TestDatabaseExtension implements ParameterResolver, BeforeEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabase.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database(context).truncate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase database = classStore(context).remove(TestDatabase.class, TestDatabase.class);
        if (database != null) {
            database.close();
        }
    }

    private static TestDatabase database(ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent(TestDatabase.class, key -> TestDatabase.create(),
                TestDatabase.class);
    }

    /** The store of the test class, which lives as long as the class's tests. */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }
}
