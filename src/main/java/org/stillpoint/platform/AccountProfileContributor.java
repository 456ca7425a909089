package org.stillpoint.platform;

import java.util.Map;

/**
 * Adds a module's own identifiers for an account to {@code GET /api/v1/me} (for example {@code therapistId}), so
 * that the platform does not depend on the modules that know them.
 */
public interface AccountProfileContributor {

    Map<String, Object> profileOf(CurrentUser user);
}
