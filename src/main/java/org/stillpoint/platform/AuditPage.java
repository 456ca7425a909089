package org.stillpoint.platform;

import java.util.List;

public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {
}
