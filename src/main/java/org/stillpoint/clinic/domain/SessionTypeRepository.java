package org.stillpoint.clinic.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SessionTypeRepository extends ListCrudRepository<SessionType, UUID> {

    @Query("SELECT * FROM session_type ORDER BY active DESC, sort_order, LOWER(name)")
    List<SessionType> findAllOrdered();

    @Query("SELECT COUNT(*) FROM session_type WHERE LOWER(name) = LOWER(:name) AND id <> :id")
    long countOtherWithName(String name, UUID id);

    @Query("SELECT COALESCE(MAX(sort_order), 0) FROM session_type")
    int maxSortOrder();
}
