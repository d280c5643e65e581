package dev.govern.browser;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For browser test classes: skips each test when Chromium is missing (fails it under
 * {@code GOVERN_REQUIRE_TOOLS}), and hands their methods the {@link Session} shared by the whole
 * run, closed by JUnit when the run ends.
 */
final class BrowserExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    // Here rather than in resolveParameter, where JUnit turns any exception, a skip included, into a
    // failure; and per test rather than per class, so that each skipped test is reported with the reason.
    Chromium.require();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Session.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Session.class, key -> Session.start(Chromium.require()), Session.class);
  }
}
