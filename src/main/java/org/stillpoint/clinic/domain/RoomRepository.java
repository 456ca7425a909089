package org.stillpoint.clinic.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RoomRepository extends ListCrudRepository<Room, UUID> {

    @Query("SELECT * FROM room ORDER BY active DESC, LOWER(name)")
    List<Room> findAllOrdered();

    @Query("SELECT COUNT(*) FROM room WHERE LOWER(name) = LOWER(:name) AND id <> :id")
    long countOtherWithName(String name, UUID id);
}
