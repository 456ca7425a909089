package org.stillpoint.therapists.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TherapistRepository extends ListCrudRepository<Therapist, UUID> {

    @Query("SELECT * FROM therapist ORDER BY active DESC, LOWER(display_name)")
    List<Therapist> findAllOrdered();

    Optional<Therapist> findByAccountId(UUID accountId);
}
