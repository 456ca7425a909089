/**
 * The platform every other module stands on: accounts and roles, sign-in and its throttling, the append-only audit
 * log, the installation's first run and demo mode, error handling that never leaks exception text, and the
 * migraine-friendly page layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.stillpoint.platform;
