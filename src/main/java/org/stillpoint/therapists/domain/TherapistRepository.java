package org.stillpoint.therapists.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface TherapistRepository extends ListCrudRepository<Therapist, UUID> {

    Optional<Therapist> findByAccountId(UUID accountId);
}
