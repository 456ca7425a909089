package org.stillpoint.scheduling.domain;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface WorkingWeekRepository extends ListCrudRepository<WorkingWeek, UUID> {
}
