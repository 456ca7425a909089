package org.stillpoint.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Stillpoint through headless Chromium: its methods take a {@link Browser} parameter. Tagged
 * "browser" (and not "database"), so the PostgreSQL pass leaves it out. The class itself says how the application
 * runs ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and the {@code TestDatabase} initializer).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {
}
