/**
 * The clinic itself: its profile, time zone, currency and booking settings, its rooms and their sensory features,
 * and the menu of session types with a price per provider type. Also the first-run setup that creates it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinic")
package org.stillpoint.clinic;
