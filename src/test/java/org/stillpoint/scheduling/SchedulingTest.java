package org.stillpoint.scheduling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.stillpoint.support.DemoClinicTest;

/**
 * The demo clinic at a fixed moment ({@link SchedulingTestSetup#START}, a Monday morning in Los Angeles) with an
 * intake answer that lets everyone be treated unless a test blocks a client. The context is shared by the
 * scheduling test classes; each test books on days of its own ({@link TestDays}) so that they do not meet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoClinicTest
@Import(SchedulingTestSetup.class)
@TestPropertySource(properties = "stillpoint.scheduling.horizon=" + SchedulingTest.HORIZON_DAYS + "d")
public @interface SchedulingTest {

    /** A booking horizon long enough for every test to have weekdays of its own after the demo's booked month. */
    int HORIZON_DAYS = 240;
}
