package org.stillpoint.browser;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a browser test method a fresh {@link Browser} pointed at the test's running Stillpoint, and closes it after
 * the test (saving a {@code FAILED-<test>.png} screenshot first when the test failed). Checks for Chromium before
 * the application context is started, so a machine without it skips (or, with {@code CI=true}, fails) at once.
 */
class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireChromium();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Browser browser = Browser.open(port, (key, args) -> application.getMessage(key, args, Locale.ENGLISH));
        context.getStore(NAMESPACE).put(Browser.class, browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        } finally {
            browser.close();
        }
    }
}
