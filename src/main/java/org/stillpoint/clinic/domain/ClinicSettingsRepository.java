package org.stillpoint.clinic.domain;

import org.springframework.data.repository.CrudRepository;

public interface ClinicSettingsRepository extends CrudRepository<ClinicSettings, Integer> {
}
