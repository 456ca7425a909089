package org.stillpoint.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole Stillpoint filled with the demo clinic, on a database of its own, shared by the test classes that use
 * it. Tests that change data use names of their own so that they do not depend on each other's order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "stillpoint.demo=true")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("database")
public @interface DemoClinicTest {
}
